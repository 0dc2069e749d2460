/** What the page tells the tracker about the module it belongs to (rendered into the page as JSON). */
export interface ModuleInfo {
  id: string;
  title: string;
  /** Percentage of knowledge-check questions to answer correctly, 0–100. */
  passMark: number;
  /** Every lesson id in order, the knowledge check's page included. */
  lessonIds: string[];
  /** Question ids of the scored knowledge check. */
  checkQuestionIds: string[];
  /** Every question id in the module, practice questions included; saved answers for others are dropped. */
  questionIds: string[];
  /** Page address of each lesson, relative to the module's pages. */
  lessonHrefs: Record<string, string>;
  /** Lesson titles for messages such as the resume notice. */
  lessonTitles?: Record<string, string>;
}

export type SuccessStatus = 'passed' | 'failed' | 'unknown';
export type CompletionStatus = 'completed' | 'incomplete';

/** A checked answer as the learner gave it, keyed by question id in LearnerState. */
export interface StoredAnswer {
  /** Ids of the options the learner chose, or typed text for fill-in questions. */
  response: string[];
  isCorrect: boolean;
}

/** Everything needed to put a returning learner back where they were. */
export interface LearnerState {
  visitedLessonIds: string[];
  /** The lesson open when the learner last moved; the bookmark. */
  location: string;
  answers: Record<string, StoredAnswer>;
  /** Result of the latest complete knowledge-check attempt. */
  check: CheckResult | null;
}

export interface CheckResult {
  raw: number;
  max: number;
  isPassed: boolean;
}

export type InteractionKind = 'choice';

/** One answered question, as islands report it. The tracker and adapters turn it into cmi.interactions.n. */
export interface AnswerEvent {
  questionId: string;
  kind: InteractionKind;
  /** The question text, sent as the SCORM 2004 description. */
  description: string;
  /** Option ids in authored order; SCORM 1.2 needs single-character choice tokens derived from them. */
  optionIds: string[];
  response: string[];
  correctResponse: string[];
  isCorrect: boolean;
  /** Milliseconds between showing the question and checking the answer. */
  latencyMs?: number;
}

/** The learner-level values every LMS adapter reports, in version-neutral form. */
export interface ProgressReport {
  location: string;
  suspendData: string;
  completion: CompletionStatus;
  success: SuccessStatus;
  /** Share of lessons visited, 0–1. */
  progress: number;
  score: { raw: number; min: number; max: number } | null;
  /** Finished modules end normally; unfinished ones are suspended for resume. */
  isFinished: boolean;
}

/** What the LMS hands over at launch, version-neutral. */
export interface LaunchData {
  suspendData: string;
  location: string;
  /** 'resume' when the LMS continues a suspended attempt, 'ab-initio' or '' otherwise. */
  entry: string;
  /** Status left by an earlier session, so a pass is never downgraded. */
  priorSuccess: SuccessStatus;
  /** Pass mark the LMS imposes (1.2 mastery_score, 2004 scaled_passing_score), as a percentage. */
  lmsPassMark: number | null;
}

export type SaveState = 'saved' | 'saving' | 'delayed';
