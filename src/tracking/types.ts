export type SuccessStatus = 'passed' | 'failed' | 'unknown';
export type CompletionStatus = 'completed' | 'incomplete';

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
  /**
   * 'review' and 'browse' (1.2 lesson_mode, 2004 mode, cmi5 launchMode) open an attempt to look
   * at: the course shows what the LMS gave and writes nothing. Moodle reopens a finished attempt
   * in review and still stores what content writes, so writing there would overwrite a pass.
   */
  mode: LaunchMode;
  /** The LMS's id of the learner, to keep one learner's pending reports apart from another's on a shared computer. */
  learnerId: string;
  /** The LMS's name of the learner ("Jansen, Eva"), for the hand-in; '' when not known. */
  learnerName: string;
  /** Where the learner goes back to the LMS after the session ends (cmi5 returnURL); '' when the LMS gives none. */
  returnUrl?: string;
}

export type LaunchMode = 'normal' | 'review' | 'browse';

export type SaveState = 'saved' | 'saving' | 'delayed';
