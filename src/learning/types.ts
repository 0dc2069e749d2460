/** The learner and the module as the course logic sees them; no LMS terms here. */

/** What the page tells the tracker about the module it belongs to (rendered into the page as JSON). */
export interface ModuleInfo {
  id: string;
  title: string;
  /** Percentage of knowledge-check questions to answer correctly, 0–100. */
  passMark: number;
  /** Every lesson id in order, the knowledge check's page included. */
  lessonIds: string[];
  /** The scored knowledge check: which questions it may ask, per objective, and how it draws them. */
  check: CheckInfo;
  /** Objective texts by id, for the result per objective. */
  objectiveTitles: Record<string, string>;
  /** For each objective, the lessons that teach it (ids), for "lees nog eens" links. */
  objectiveLessons: Record<string, string[]>;
  /** Every question id in the module, practice questions included; saved answers for others are dropped. */
  questionIds: string[];
  /** Every scenario id in the module; saved paths for others are dropped. */
  scenarioIds: string[];
  /** Addresses of the overview and the glossary, sources and hand-in pages, relative to the module's pages. */
  pageHrefs: { overview: string; begrippen: string; bronnen: string; verslag: string };
  /** Page address of each lesson, relative to the module's pages. */
  lessonHrefs: Record<string, string>;
  /** Lesson titles for messages such as the resume notice. */
  lessonTitles?: Record<string, string>;
  /** Ids renamed since learners started (module.yaml `renamed`): old id → new id. */
  renamed?: Record<string, string>;
  /** The module that comes next in the course, for "wat nu" after passing. */
  next: { id: string; title: string } | null;
}

/** What the tracker needs to know of the knowledge check to score it. */
export interface CheckInfo {
  quizId: string;
  /** Lesson id of the page that holds the check. */
  lessonId: string;
  /** Graded questions in authored order, with the objective each tests. Reflections never count. */
  questions: Array<{ id: string; objective: string }>;
  /** Reflections in the check: asked in every attempt, after the graded questions, never scored. */
  openQuestions: string[];
  /** Questions drawn per objective for each attempt; null asks every question. */
  draw: number | null;
  /** Attempts a learner has; null is unlimited. */
  attempts: number | null;
}

/** A checked answer as the learner gave it, keyed by question id in LearnerState. */
export interface StoredAnswer {
  /** The response in the form AnswerEvent.response describes for its kind. */
  response: string[];
  /** null for answers that are not graded (open reflection). */
  isCorrect: boolean | null;
}

/** Everything needed to put a returning learner back where they were. */
export interface LearnerState {
  visitedLessonIds: string[];
  /** The lesson open when the learner last moved; the bookmark. */
  location: string;
  /** Within that lesson, the quiz or scenario the learner last worked in ('' for the top). */
  place: string;
  answers: Record<string, StoredAnswer>;
  /** Result of the best complete knowledge-check attempt. */
  check: CheckResult | null;
  /** Choice ids taken so far in each scenario, in order; replaying the path restores the position. */
  scenarioPaths: Record<string, string[]>;
  /** Retries used per practice question, so a limited retry policy holds across visits. */
  retriesUsed: Record<string, number>;
  /** The knowledge-check attempt in progress, from 1. */
  attempt: number;
  /** A learner's own seed for drawing check questions: learners and attempts differ, a resume does not. */
  seed: string;
}

export interface CheckResult {
  raw: number;
  max: number;
  /** Pass mark met overall and at least one right answer per objective. */
  isPassed: boolean;
  /** Objectives of that attempt with no right answer: what to reread. */
  weakObjectives: string[];
  /** The day it was passed (YYYY-MM-DD, the learner's clock), for "Module afgerond op …". */
  passedOn: string | null;
}

/** SCORM interaction types (1.2 RTE 3.4.2.7, 2004 RTE 4.2.9) the course uses. */
export type InteractionKind = 'choice' | 'true-false' | 'matching' | 'sequencing' | 'fill-in' | 'numeric' | 'long-fill-in';

/**
 * One answered question or scenario decision, as islands report it. The tracker and adapters
 * turn it into cmi.interactions.n in each version's own format.
 *
 * `response` and `correctResponse` by kind:
 * - choice: chosen option ids; true-false: ["true"] or ["false"];
 * - matching: "sourceId.targetId" pairs; sequencing: item ids in the learner's order;
 * - fill-in, long-fill-in: [text]; numeric: [number as text].
 */
export interface AnswerEvent {
  /** Stable id: question id, or `<scenario id>.<step id>` for a scenario decision. */
  questionId: string;
  kind: InteractionKind;
  /** The question text, sent as the SCORM 2004 description. */
  description: string;
  /**
   * Ids in authored order. SCORM 1.2 only accepts single characters in choice, matching and
   * sequencing responses; ids are mapped to letters by their position in these lists.
   */
  optionIds: string[];
  /** Matching only: target ids in authored order (optionIds then holds the sources). */
  targetIds?: string[];
  /** What the learner read for each option and target id (cmi5 sends them as interaction components; SCORM has no place for them). */
  optionTexts?: Record<string, string>;
  response: string[];
  /** null when there is no right answer (reflection). */
  correctResponse: string[] | null;
  /** null for ungraded answers; reported as "neutral". */
  isCorrect: boolean | null;
  /** Milliseconds between showing the question and checking the answer. */
  latencyMs?: number;
}
