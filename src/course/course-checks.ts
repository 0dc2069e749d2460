import type { CourseModule } from '../schemas/module.ts';
import type { Lesson } from '../schemas/lesson.ts';
import type { Quiz } from '../schemas/quiz.ts';
import { ScenarioLogicSchema, type Scenario } from '../schemas/scenario.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { ModuleSource as ModuleReference, Source } from '../schemas/sources.ts';
import { findScenarioProblems } from '../learning/scenario-graph.ts';
import { findAssessmentBias } from '../learning/assessment-bias.ts';
import { isGraded } from '../learning/grading.ts';

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
/** A module's begrippen.yaml or bronnen.yaml. */
export interface ListSource<T> {
  moduleId: string;
  items: T[];
  file: string;
}

/** Knowledge checks ask at least this many questions per objective in each attempt. */
export const MIN_QUESTIONS_PER_OBJECTIVE = 3;

/** `<Quiz id="…" />` usages in an MDX body, in order. */
export function quizIdsInLesson(body: string): string[] {
  return [...body.matchAll(/<Quiz\s[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}

/** `<Scenario id="…" />` usages in an MDX body, in order. */
export function scenarioIdsInLesson(body: string): string[] {
  return [...body.matchAll(/<Scenario\s[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}

/** Markdown images in an MDX body, in order: `![alt](src)`. */
export function imagesInLesson(body: string): Array<{ alt: string; src: string }> {
  return [...body.matchAll(/!\[([^\]]*)\]\(\s*([^)\s]+)[^)]*\)/g)].map((match) => ({ alt: match[1]!.trim(), src: match[2]! }));
}

/** `<Term id="…">` usages in an MDX body, in order. */
export function termIdsInLesson(body: string): string[] {
  return [...body.matchAll(/<Term\s[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1]!);
}

/**
 * Checks that span files (the zod schemas check each file alone). Returns every problem as an
 * author-facing message naming the file, the item and the field, so one build shows them all.
 */
export function findCourseProblems(
  modules: ModuleSource[],
  lessons: LessonSource[],
  quizzes: QuizSource[],
  scenarios: ScenarioSource[] = [],
  glossaries: ListSource<GlossaryTerm>[] = [],
  sources: ListSource<ModuleReference>[] = [],
  courseSources: Source[] = [],
): string[] {
  const problems: string[] = [];
  const report = (kind: string, id: string, file: string, field: string, message: string) =>
    problems.push(`${kind} "${id}" in ${file}\n  ${field}: ${message}`);
  reportDuplicateFiles('Quiz', quizzes, report);
  reportDuplicateFiles('Scenario', scenarios, report);
  const termIds = new Set(glossaries.flatMap((glossary) => glossary.items.map((term) => term.id)));
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
    for (const termId of termIdsInLesson(lesson.body)) {
      if (!termIds.has(termId)) report('Lesson', lessonId, lesson.file, '<Term id>', `names term "${termId}", but no begrippen.yaml defines it`);
    }
    // WCAG 2.2 SC 1.1.1: a figure that teaches needs a text alternative saying what it shows.
    for (const image of imagesInLesson(lesson.body)) {
      if (!image.alt) report('Lesson', lessonId, lesson.file, `image ${image.src}`, `has no text alternative; say what the figure shows between the brackets: ![…](${image.src})`);
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
    const lessonMinutes = own.reduce((sum, lesson) => sum + lesson.data.estimatedMinutes, 0);
    if (own.length && lessonMinutes !== module.data.estimatedMinutes) {
      report('Module', module.id, module.file, 'estimatedMinutes', `is ${module.data.estimatedMinutes}, but the lessons add up to ${lessonMinutes} minutes (${own.map((l) => `${l.id.split('/')[1]}: ${l.data.estimatedMinutes}`).join(', ')}); make them agree`);
    }
    for (const objective of module.data.objectives) {
      if (own.length && !own.some((lesson) => lesson.data.objectives.includes(objective.id))) {
        report('Module', module.id, module.file, `objectives.${objective.id}`, 'no lesson serves this objective; list it in the `objectives` of the lessons that teach it');
      }
    }
    for (const required of module.data.requires) {
      if (!moduleIds.has(required)) report('Module', module.id, module.file, 'requires', `names "${required}", but the modules are ${quoteList([...moduleIds])}`);
    }
    const check = quizById.get(module.data.knowledgeCheck);
    if (!check) {
      report('Module', module.id, module.file, 'knowledgeCheck', `names quiz "${module.data.knowledgeCheck}", but no quiz file has that id`);
    } else {
      if (!check.data.scored) report('Module', module.id, module.file, 'knowledgeCheck', `quiz "${check.data.id}" must have \`scored: true\``);
      if (!own.some((lesson) => quizIdsInLesson(lesson.body).includes(check.data.id))) {
        report('Module', module.id, module.file, 'knowledgeCheck', `quiz "${check.data.id}" is not used in any lesson of this module; add <Quiz id="${check.data.id}" /> to a lesson`);
      }
      for (const objective of module.data.objectives) {
        const count = check.data.questions.filter((question) => isGraded(question) && question.objective === objective.id).length;
        const asked = Math.min(count, check.data.draw ?? count);
        if (asked < MIN_QUESTIONS_PER_OBJECTIVE) {
          report('Quiz', check.data.id, check.file, 'questions', `objective "${objective.id}" is tested by ${asked} question(s) per attempt; a knowledge check asks at least ${MIN_QUESTIONS_PER_OBJECTIVE} per objective, so one lucky guess cannot pass it`);
        }
      }
    }
  }

  for (const quiz of quizzes) {
    for (const bias of findAssessmentBias(quiz.data)) report('Quiz', quiz.data.id, quiz.file, 'questions', bias.message);
  }
  problems.push(...findGlossaryProblems(glossaries), ...findSourceProblems(sources, courseSources));

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

  problems.push(...findLogicRankingProblems(scenarios));
  for (const scenario of scenarios) {
    problems.push(...findScenarioProblems(scenario.data, scenario.file));
    const moduleId = scenario.file.split('/').at(-3) ?? '';
    if (moduleIds.size && !moduleIds.has(moduleId)) report('Scenario', scenario.data.id, scenario.file, 'file', `the scenario is not inside a module folder (content/modules/<module-id>/scenarios/)`);
  }
  return problems;
}

/**
 * The paradigms are lenses, not a ranking: once a course marks its strongest choices (`best`),
 * each logic must be the strongest at some decision, or the scenarios teach that one always loses.
 */
function findLogicRankingProblems(scenarios: ScenarioSource[]): string[] {
  const marked = scenarios.filter((scenario) => scenario.data.steps.some((step) => step.choices.some((choice) => choice.best)));
  if (marked.length === 0) return [];
  const bestLogics = new Set(marked.flatMap((scenario) => scenario.data.steps.flatMap((step) => step.choices.filter((choice) => choice.best).map((choice) => choice.logic))));
  return ScenarioLogicSchema.options
    .filter((logic) => !bestLogics.has(logic))
    .map((logic) => `Scenarios ${marked.map((scenario) => scenario.file).join(', ')}\n  best: no choice with logic ${logic} is marked \`best: true\` at any decision; each of PA, NPM and NPG must be the strongest choice somewhere in the course, so trainees see the logics as lenses, not a ranking`);
}

/** Two files that claim the same quiz or scenario id would silently replace each other. */
function reportDuplicateFiles(kind: string, files: Array<{ data: { id: string }; file: string }>, report: (kind: string, id: string, file: string, field: string, message: string) => void): void {
  const byId = new Map<string, string[]>();
  for (const { data, file } of files) byId.set(data.id, [...(byId.get(data.id) ?? []), file]);
  for (const [id, paths] of byId) {
    if (paths.length > 1) report(kind, id, paths[0]!, 'id', `the same id is used in ${paths.slice(1).join(', ')}; give each ${kind.toLowerCase()} its own id`);
  }
}

/** Every term is defined once in the course: the module that introduces it owns it. */
function findGlossaryProblems(glossaries: ListSource<GlossaryTerm>[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const glossary of glossaries) {
    for (const term of glossary.items) {
      for (const key of [`id:${term.id}`, `term:${term.term.toLocaleLowerCase('nl')}`]) {
        const earlier = seen.get(key);
        if (earlier) problems.push(`Term "${term.id}" in ${glossary.file}\n  ${key.split(':')[0]}: "${term.term}" is already defined in ${earlier}; define each term once and use <Term id="${term.id}"> elsewhere`);
        else seen.set(key, glossary.file);
      }
    }
  }
  return problems;
}

/** A source key means one reference across the course: a module names a key of content/bronnen.yaml or adds its own. */
function findSourceProblems(sources: ListSource<ModuleReference>[], courseSources: Source[]): string[] {
  const problems: string[] = [];
  const course = new Map(courseSources.map((source) => [source.id, source]));
  const added = new Map<string, string>();
  for (const list of sources) {
    const own = new Set<string>();
    for (const source of list.items) {
      const report = (field: string, message: string) => problems.push(`Source "${source.id}" in ${list.file}\n  ${field}: ${message}`);
      if (own.has(source.id)) report('id', 'listed twice in this file');
      own.add(source.id);
      const citation = 'citation' in source ? source.citation : undefined;
      if (citation === undefined && !course.has(source.id)) report('citation', 'the key is not in content/bronnen.yaml; add `citation` (and `url` if public) to give the reference');
      if (citation !== undefined && course.has(source.id)) report('citation', 'the key is already in content/bronnen.yaml; leave out `citation`, or use another key for another reference');
      if (citation !== undefined) {
        const earlier = added.get(source.id);
        if (earlier) report('id', `another module already adds this key (${earlier}); one key is one reference, so add it once in content/bronnen.yaml`);
        added.set(source.id, list.file);
      }
    }
  }
  return problems;
}

function quoteList(ids: string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}
