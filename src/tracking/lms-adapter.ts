import type { AnswerEvent } from '../learning/types.ts';
import type { LaunchData, ProgressReport } from './types.ts';

/**
 * One LMS connection per launch. Every method is asynchronous so that an HTTP-based adapter
 * (cmi5/xAPI) fits the same shape as the synchronous SCORM runtimes.
 */
export interface LmsAdapter {
  readonly kind: 'scorm12' | 'scorm2004' | 'no-lms';
  /** Opens the session (Initialize) and reads what the LMS kept from earlier sessions. */
  start(): Promise<LaunchData>;
  /** Writes one answered question as a new cmi.interactions entry; false if the LMS refused it. */
  recordInteraction(answer: AnswerEvent): Promise<boolean>;
  /** Writes learner-level values and commits; false when the LMS did not confirm the commit. */
  save(report: ProgressReport): Promise<boolean>;
  /**
   * Final write: session time, exit, then Terminate. Runs inside `pagehide`, so it must do its
   * work synchronously before the first await.
   */
  end(report: ProgressReport): Promise<void>;
}
