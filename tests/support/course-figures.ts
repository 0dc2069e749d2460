import type { CourseFiles } from './read-course.ts';
import type { LessonSource } from '../../src/course/course-checks.ts';
import { quizIdsInLesson, scenarioIdsInLesson } from '../../src/course/course-checks.ts';
import type { CourseModule } from '../../src/schemas/module.ts';
import type { Quiz } from '../../src/schemas/quiz.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { isGraded } from '../../src/learning/grading.ts';
import { worstCaseSuspendDataLength } from '../../src/learning/saved-state-budget.ts';
import { worstCaseCommitBytes } from '../../src/course/lms-payload-budget.ts';
import { textOfContent, textOfMdx, wordsOf } from './spelling.ts';

/** A module as src/course/load-course.ts assembles it: lessons in order, the quizzes and scenarios they place. */
export interface ModuleView {
  id: string;
  data: CourseModule;
  file: string;
  lessons: LessonSource[];
  quizzes: Quiz[];
  knowledgeCheck: Quiz;
  scenarios: Scenario[];
}

export function viewModules(course: CourseFiles): ModuleView[] {
  const quizById = new Map(course.quizzes.map((quiz) => [quiz.data.id, quiz.data]));
  const scenarioById = new Map(course.scenarios.map((scenario) => [scenario.data.id, scenario.data]));
  return course.modules.map((module) => {
    const lessons = course.lessons.filter((lesson) => lesson.id.startsWith(`${module.id}/`)).sort((a, b) => a.data.order - b.data.order);
    return {
      ...module,
      lessons,
      quizzes: lessons.flatMap((lesson) => quizIdsInLesson(lesson.body).map((id) => quizById.get(id)!)),
      knowledgeCheck: quizById.get(module.data.knowledgeCheck)!,
      scenarios: [...new Set(lessons.flatMap((lesson) => scenarioIdsInLesson(lesson.body)))].map((id) => scenarioById.get(id)!),
    };
  });
}

/** Graded questions of the knowledge check per objective: in the pool, and asked per attempt (`draw`). */
export function checkQuestionsPerObjective(module: ModuleView): Array<{ objective: string; pool: number; perAttempt: number }> {
  const check = module.knowledgeCheck;
  return module.data.objectives.map(({ id }) => {
    const pool = check.questions.filter((question) => isGraded(question) && question.objective === id).length;
    return { objective: id, pool, perAttempt: Math.min(pool, check.draw ?? pool) };
  });
}

/** Decisions from the start to an ending: the fewest and the most on any path without a loop. */
export function decisionsPerPath(scenario: Scenario): { fewest: number; most: number } {
  const stepById = new Map(scenario.steps.map((step) => [step.id, step]));
  const lengths: number[] = [];
  const walk = (id: string, depth: number, seen: Set<string>): void => {
    const step = stepById.get(id);
    if (!step) {
      lengths.push(depth);
      return;
    }
    for (const choice of step.choices) if (!seen.has(choice.next)) walk(choice.next, depth + 1, new Set(seen).add(choice.next));
  };
  walk(scenario.start, 0, new Set([scenario.start]));
  return { fewest: Math.min(...lengths), most: Math.max(...lengths) };
}

export interface ModuleFigures {
  id: string;
  words: { lessons: number; questions: number; scenarios: number; total: number };
  /** Per objective: graded check questions asked per attempt and in the pool. */
  questionsPerObjective: Array<{ objective: string; pool: number; perAttempt: number }>;
  checkQuestions: { pool: number; perAttempt: number; types: number };
  scenarios: Array<{ id: string; decisions: { fewest: number; most: number }; endings: number }>;
  /** Characters of cmi.suspend_data in the worst case (limit 4096 in SCORM 1.2), and bytes of Moodle's 2004 commit. */
  worstCaseSuspendData: number;
  worstCaseCommitBytes: number;
}

/** What the closing note reports per module; word counts follow tests/support/spelling.ts's idea of text. */
export function figuresOf(module: ModuleView): ModuleFigures {
  const count = (texts: string[]) => texts.reduce((sum, text) => sum + wordsOf(text).length, 0);
  const lessons = count(module.lessons.map((lesson) => `${textOfContent(lesson.data)}\n${textOfMdx(lesson.body)}`));
  const questions = count([...new Set(module.quizzes)].map(textOfContent));
  const scenarios = count(module.scenarios.map(textOfContent));
  const perObjective = checkQuestionsPerObjective(module);
  const lessonIds = module.lessons.map((lesson) => lesson.id.split('/')[1]!);
  const objectiveIds = module.data.objectives.map((objective) => objective.id);
  return {
    id: module.id,
    words: { lessons, questions, scenarios, total: lessons + questions + scenarios },
    questionsPerObjective: perObjective,
    checkQuestions: {
      pool: perObjective.reduce((sum, each) => sum + each.pool, 0),
      perAttempt: perObjective.reduce((sum, each) => sum + each.perAttempt, 0),
      types: new Set(module.knowledgeCheck.questions.filter(isGraded).map((question) => question.type)).size,
    },
    scenarios: module.scenarios.map((scenario) => ({ id: scenario.id, decisions: decisionsPerPath(scenario), endings: scenario.endings.length })),
    worstCaseSuspendData: worstCaseSuspendDataLength(lessonIds, module.quizzes, module.scenarios, objectiveIds),
    worstCaseCommitBytes: worstCaseCommitBytes(lessonIds, module.quizzes, module.scenarios, objectiveIds),
  };
}

/** The figures as a Markdown table, for the test log and the closing note. */
export function figuresTable(all: ModuleFigures[]): string {
  const rows = all.map((figures) => [
    figures.id,
    `${figures.words.total} (${figures.words.lessons} / ${figures.words.questions} / ${figures.words.scenarios})`,
    `${figures.questionsPerObjective.map((each) => each.perAttempt).join('·')} per attempt; pool ${figures.questionsPerObjective.map((each) => each.pool).join('·')}`,
    `${figures.checkQuestions.perAttempt} of ${figures.checkQuestions.pool}, ${figures.checkQuestions.types} types`,
    figures.scenarios.map((scenario) => `${scenario.id}: ${scenario.endings} endings, ${scenario.decisions.fewest === scenario.decisions.most ? scenario.decisions.fewest : `${scenario.decisions.fewest}–${scenario.decisions.most}`} decisions`).join('; '),
    `${figures.worstCaseSuspendData} / 4096 chars; ${(figures.worstCaseCommitBytes / 1024).toFixed(1)} KiB`,
  ]);
  const header = ['module', 'words (lessons / questions / scenarios)', 'check questions per objective', 'check: asked of pool, types', 'scenarios', 'worst-case saved state (1.2 suspend_data; 2004 commit)'];
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
