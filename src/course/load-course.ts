import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import type { Quiz } from '../schemas/quiz.ts';
import { checkInfoOf } from '../learning/check-attempt.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { CourseModule } from '../schemas/module.ts';
import type { ModuleInfo } from '../learning/types.ts';
import { findCourseProblems, quizIdsInLesson, scenarioIdsInLesson } from './course-checks.ts';
import { SUSPEND_DATA_LIMITS, worstCaseSuspendDataLength } from '../learning/saved-state-budget.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { COMMIT_BUDGET_BYTES, worstCaseCommitBytes as worstCaseCommitBytesOf } from './lms-payload-budget.ts';
import type { Source } from '../schemas/sources.ts';
import type { FacilitatorGuide } from '../schemas/facilitator-guide.ts';

export interface LessonPage {
  id: string;
  /** File name of the page at the package root, e.g. `m1-drie-manieren--01-bureaucratie.html`. */
  href: string;
  entry: CollectionEntry<'lessons'>;
  data: CollectionEntry<'lessons'>['data'];
  /** The page that holds the module's scored knowledge check. */
  isKnowledgeCheck: boolean;
}

/** Pages of a module besides its overview and lessons; each is part of the module's package. */
export const MODULE_EXTRA_PAGES = ['begrippen', 'bronnen', 'verslag'] as const;
export type ModuleExtraPage = (typeof MODULE_EXTRA_PAGES)[number];

export interface ModuleWithLessons {
  id: string;
  data: CourseModule;
  href: string;
  /** File names of the glossary, sources and hand-in pages at the package root. */
  extraHrefs: Record<ModuleExtraPage, string>;
  lessons: LessonPage[];
  quizzes: Quiz[];
  knowledgeCheck: Quiz;
  /** Scenarios placed in the module's lessons, in lesson order. */
  scenarios: Scenario[];
  info: ModuleInfo;
  /** module.yaml, for messages. */
  file: string;
  /** Characters of cmi.suspend_data in the worst case; the build fails above SCORM 1.2's 4096. */
  worstCaseSuspendData: number;
  /** Bytes of Moodle's 2004 commit for the worst-case learner; the build fails above COMMIT_BUDGET_BYTES. */
  worstCaseCommitBytes: number;
  /** Terms this module introduces (begrippen.yaml). */
  glossary: GlossaryTerm[];
  /** References this module relies on (bronnen.yaml). */
  sources: Source[];
  /** Instructors' notes (docent.yaml), if written. */
  guide: FacilitatorGuide | undefined;
}

export interface Course {
  modules: ModuleWithLessons[];
  quizById: Map<string, Quiz>;
  scenarioById: Map<string, Scenario>;
  termById: Map<string, GlossaryTerm & { moduleId: string }>;
  /** Quiz and scenario files by id, for the authors' examples page. */
  fileOf: Map<string, string>;
}

let cached: Promise<Course> | undefined;

/** Loads and cross-checks the whole course once per build; content errors fail the build. */
export function loadCourseData(): Promise<Course> {
  cached ??= assembleCourse();
  return cached;
}

/** The modules in id order. */
export async function loadCourse(): Promise<ModuleWithLessons[]> {
  return (await loadCourseData()).modules;
}

async function assembleCourse(): Promise<Course> {
  const [modules, lessons, quizzes, scenarios, glossaries, sources, courseSources, guides] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons'),
    getCollection('quizzes'),
    getCollection('scenarios'),
    getCollection('glossaries'),
    getCollection('sources'),
    getCollection('courseSources'),
    getCollection('guides'),
  ]);
  const problems = findCourseProblems(
    modules.map((m) => ({ id: m.id, data: m.data, file: m.filePath ?? `content/modules/${m.id}/module.yaml` })),
    lessons.map((l) => ({ id: l.id, data: l.data, body: l.body ?? '', file: l.filePath ?? `content/modules/${l.id}.mdx` })),
    quizzes.map((q) => ({ data: q.data, file: q.filePath ?? `quiz ${q.id}` })),
    scenarios.map((s) => ({ data: s.data, file: s.filePath ?? `scenario ${s.id}` })),
    glossaries.map((g) => ({ moduleId: g.id, items: g.data.terms, file: g.filePath ?? g.id })),
    sources.map((s) => ({ moduleId: s.id, items: s.data.sources, file: s.filePath ?? s.id })),
    courseSources[0]?.data.sources ?? [],
  );
  const referenceById = new Map((courseSources[0]?.data.sources ?? []).map((source) => [source.id, source]));
  if (problems.length) {
    throw new AstroError(`The course content has ${problems.length} problem(s):\n\n${problems.join('\n\n')}`, 'Fix the files named above; ids must match exactly.');
  }
  const quizById = new Map(quizzes.map((q) => [q.data.id, q.data]));
  const scenarioById = new Map(scenarios.map((s) => [s.data.id, s.data]));
  const course = modules
    .map((module) => {
      const moduleLessons = lessons
        .filter((lesson) => lesson.id.startsWith(`${module.id}/`))
        .sort((a, b) => a.data.order - b.data.order)
        .map((entry) => {
          const id = entry.id.slice(module.id.length + 1);
          const isKnowledgeCheck = quizIdsInLesson(entry.body ?? '').includes(module.data.knowledgeCheck);
          return { id, href: `${module.id}--${id}.html`, entry, data: entry.data, isKnowledgeCheck };
        });
      const moduleQuizzes = moduleLessons.flatMap((lesson) => quizIdsInLesson(lesson.entry.body ?? '').map((id) => quizById.get(id)!));
      const knowledgeCheck = quizById.get(module.data.knowledgeCheck)!;
      const moduleScenarios = [...new Set(moduleLessons.flatMap((lesson) => scenarioIdsInLesson(lesson.entry.body ?? '')))].map((id) => scenarioById.get(id)!);
      const checkLesson = moduleLessons.find((lesson) => lesson.isKnowledgeCheck);
      const info: ModuleInfo = {
        id: module.id,
        title: module.data.title,
        passMark: module.data.passMark,
        lessonIds: moduleLessons.map((lesson) => lesson.id),
        check: checkInfoOf(knowledgeCheck, checkLesson?.id ?? ''),
        objectiveTitles: Object.fromEntries(module.data.objectives.map((objective) => [objective.id, objective.text])),
        objectiveLessons: Object.fromEntries(module.data.objectives.map((objective) => [objective.id, moduleLessons.filter((lesson) => lesson.data.objectives.includes(objective.id)).map((lesson) => lesson.id)])),
        questionIds: moduleQuizzes.flatMap((quiz) => quiz.questions.map((q) => q.id)),
        scenarioIds: moduleScenarios.map((scenario) => scenario.id),
        pageHrefs: { overview: `./${module.id}.html`, begrippen: `./${module.id}--begrippen.html`, bronnen: `./${module.id}--bronnen.html`, verslag: `./${module.id}--verslag.html` },
        lessonHrefs: Object.fromEntries(moduleLessons.map((lesson) => [lesson.id, `./${lesson.href}`])),
        lessonTitles: Object.fromEntries(moduleLessons.map((lesson) => [lesson.id, lesson.data.title])),
        ...(module.data.renamed ? { renamed: module.data.renamed } : {}),
        next: null,
      };
      const worstCaseSuspendData = worstCaseSuspendDataLength(info.lessonIds, moduleQuizzes, moduleScenarios, module.data.objectives.map((objective) => objective.id));
      const worstCaseCommitBytes = worstCaseCommitBytesOf(info.lessonIds, moduleQuizzes, moduleScenarios, module.data.objectives.map((objective) => objective.id));
      const glossary = glossaries.find((g) => g.id === module.id)?.data.terms ?? [];
      const moduleSources = (sources.find((s) => s.id === module.id)?.data.sources ?? []).map((source) => ({ ...referenceById.get(source.id), ...source }) as Source);
      const guide = guides.find((g) => g.id === module.id)?.data;
      const extraHrefs = Object.fromEntries(MODULE_EXTRA_PAGES.map((page) => [page, `${module.id}--${page}.html`])) as Record<ModuleExtraPage, string>;
      return { id: module.id, data: module.data, file: module.filePath ?? module.id, href: `${module.id}.html`, extraHrefs, lessons: moduleLessons, quizzes: moduleQuizzes, knowledgeCheck, scenarios: moduleScenarios, info, worstCaseSuspendData, worstCaseCommitBytes, glossary, sources: moduleSources, guide };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  const tooLarge = course.flatMap((module) => [
    ...(module.worstCaseSuspendData > SUSPEND_DATA_LIMITS['1.2']
      ? [`Module "${module.id}" in ${module.file}\n  saved progress: can reach ${module.worstCaseSuspendData} characters, more than the ${SUSPEND_DATA_LIMITS['1.2']} of SCORM 1.2's cmi.suspend_data`]
      : []),
    ...(module.worstCaseCommitBytes > COMMIT_BUDGET_BYTES
      ? [`Module "${module.id}" in ${module.file}\n  LMS data: Moodle's SCORM 2004 commit can reach ${module.worstCaseCommitBytes} bytes, more than the ${COMMIT_BUDGET_BYTES} this course allows under the browser's 64 KiB sendBeacon limit`]
      : []),
  ]);
  if (tooLarge.length) {
    throw new AstroError(tooLarge.join('\n\n'), 'Lower the `maxLength` of reflections, shorten long question texts, or move questions to another module: the worst case counts every question answered with its longest response.');
  }
  // Modules follow their id order (m1 … m6); each names the next for "wat nu".
  course.forEach((module, index) => {
    const next = course[index + 1];
    module.info.next = next ? { id: next.id, title: next.data.title } : null;
  });
  const termById = new Map(course.flatMap((module) => module.glossary.map((term) => [term.id, { ...term, moduleId: module.id }] as const)));
  const fileOf = new Map([...quizzes, ...scenarios].map((entry) => [entry.data.id, entry.filePath ?? entry.id]));
  return { modules: course, quizById, scenarioById, termById, fileOf };
}
