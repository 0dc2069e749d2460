import type { CourseModule } from '../schemas/module.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { findScenarioProblems } from '../components/scenario-graph.ts';

export interface ModuleSource {
  id: string;
  data: CourseModule;
  file: string;
}
export interface LessonSource {
  /** `<module-id>/<file name>` */
  id: string;
  data: Lesson;
  body: string;
  file: string;
}
export interface QuizSource {
  data: Quiz;
  file: string;
}
export interface ScenarioSource {
  data: Scenario;
  file: string;
}

/** `<Quiz id="…" />` usages in an MDX body, in order. */
export function quizIdsInLesson(body: string): string[] {
  return [...body.matchAll(/<Quiz\s[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}

/** `<Scenario id="…" />` usages in an MDX body, in order. */
export function scenarioIdsInLesson(body: string): string[] {
  return [...body.matchAll(/<Scenario\s[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}

/**
 * Checks that span files (the zod schemas check each file alone). Returns every problem as an
 * author-facing message naming the file, the item and the field, so one build shows them all.
 */
export function findCourseProblems(modules: ModuleSource[], lessons: LessonSource[], quizzes: QuizSource[], scenarios: ScenarioSource[] = []): string[] {
  const problems: string[] = [];
  const report = (kind: string, id: string, file: string, field: string, message: string) =>
    problems.push(`${kind} "${id}" in ${file}\n  ${field}: ${message}`);
  const quizById = new Map(quizzes.map((quiz) => [quiz.data.id, quiz]));
  const scenarioIds = new Set(scenarios.map((scenario) => scenario.data.id));
  const moduleIds = new Set(modules.map((m) => m.id));

  for (const lesson of lessons) {
    const [moduleId, lessonId] = lesson.id.split('/') as [string, string];
    const module = modules.find((m) => m.id === moduleId);
    if (!module) {
      report('Lesson', lessonId, lesson.file, 'module', `the folder "${moduleId}" has no module.yaml; add one or move the lesson into a module folder`);
      continue;
    }
    const objectiveIds = module.data.objectives.map((o) => o.id);
    for (const objective of lesson.data.objectives) {
      if (!objectiveIds.includes(objective)) {
        report('Lesson', lessonId, lesson.file, 'objectives', `names "${objective}", but module "${moduleId}" has the objectives ${quoteList(objectiveIds)}`);
      }
    }
    for (const quizId of quizIdsInLesson(lesson.body)) {
      if (!quizById.has(quizId)) report('Lesson', lessonId, lesson.file, '<Quiz id>', `names quiz "${quizId}", but no quiz file has that id`);
    }
    for (const scenarioId of scenarioIdsInLesson(lesson.body)) {
      if (!scenarioIds.has(scenarioId)) report('Lesson', lessonId, lesson.file, '<Scenario id>', `names scenario "${scenarioId}", but no scenario file has that id`);
    }
  }

  for (const module of modules) {
    const own = lessons.filter((lesson) => lesson.id.startsWith(`${module.id}/`));
    if (own.length === 0) report('Module', module.id, module.file, 'lessons', 'the module has no lessons; add .mdx files next to module.yaml');
    const byOrder = new Map<number, string[]>();
    for (const lesson of own) byOrder.set(lesson.data.order, [...(byOrder.get(lesson.data.order) ?? []), lesson.file]);
    for (const [order, files] of byOrder) {
      if (files.length > 1) report('Module', module.id, module.file, 'order', `lessons share order ${order}: ${files.join(', ')}`);
    }
    const ownIds = new Set([
      ...own.map((lesson) => lesson.id.split('/')[1]!),
      ...own.flatMap((lesson) => quizIdsInLesson(lesson.body)).flatMap((id) => quizById.get(id)?.data.questions.map((q) => q.id) ?? []),
      ...own.flatMap((lesson) => scenarioIdsInLesson(lesson.body)),
    ]);
    for (const [oldId, newId] of Object.entries(module.data.renamed ?? {})) {
      if (!ownIds.has(newId)) report('Module', module.id, module.file, `renamed.${oldId}`, `names "${newId}", which is no lesson, question or scenario of this module`);
      if (ownIds.has(oldId)) report('Module', module.id, module.file, `renamed.${oldId}`, `"${oldId}" still exists in this module; a renamed id must be gone`);
    }
    const check = quizById.get(module.data.knowledgeCheck);
    if (!check) {
      report('Module', module.id, module.file, 'knowledgeCheck', `names quiz "${module.data.knowledgeCheck}", but no quiz file has that id`);
    } else {
      if (!check.data.scored) report('Module', module.id, module.file, 'knowledgeCheck', `quiz "${check.data.id}" must have \`scored: true\``);
      if (!own.some((lesson) => quizIdsInLesson(lesson.body).includes(check.data.id))) {
        report('Module', module.id, module.file, 'knowledgeCheck', `quiz "${check.data.id}" is not used in any lesson of this module; add <Quiz id="${check.data.id}" /> to a lesson`);
      }
    }
  }

  const questionFiles = new Map<string, string>();
  for (const quiz of quizzes) {
    const moduleId = quiz.file.split('/').at(-3) ?? '';
    const module = modules.find((m) => m.id === moduleId);
    quiz.data.questions.forEach((question, index) => {
      const earlier = questionFiles.get(question.id);
      if (earlier) report('Question', question.id, quiz.file, `questions.${index}.id`, `the id is already used in ${earlier}; question ids must be unique in the course`);
      questionFiles.set(question.id, quiz.file);
      if (module && question.objective && !module.data.objectives.some((o) => o.id === question.objective)) {
        report('Question', question.id, quiz.file, `questions.${index}.objective`, `names "${question.objective}", but module "${moduleId}" has the objectives ${quoteList(module.data.objectives.map((o) => o.id))}`);
      }
    });
    if (moduleIds.size && !module) report('Quiz', quiz.data.id, quiz.file, 'file', `the quiz is not inside a module folder (content/modules/<module-id>/quizzes/)`);
  }

  for (const scenario of scenarios) {
    problems.push(...findScenarioProblems(scenario.data, scenario.file));
    const moduleId = scenario.file.split('/').at(-3) ?? '';
    if (moduleIds.size && !moduleIds.has(moduleId)) report('Scenario', scenario.data.id, scenario.file, 'file', `the scenario is not inside a module folder (content/modules/<module-id>/scenarios/)`);
  }
  return problems;
}

function quoteList(ids: string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
