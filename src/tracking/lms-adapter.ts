import type { Delivery, Report } from './outbox.ts';
import type { LaunchData, ProgressReport } from './types.ts';

/**
 * One LMS connection per launch, whatever the standard. The tracker hands every report to
 * `send` in order, through its outbox (outbox.ts), and acts on the answer: accepted, rejected
 * (dropped and logged) or retry (sent again later). SCORM answers synchronously; an HTTP adapter
 * (cmi5) answers with a promise.
 */
export interface LmsAdapter {
  readonly kind: 'scorm12' | 'scorm2004' | 'cmi5' | 'no-lms';
  /** Opens the session (Initialize) and reads what the LMS kept from earlier sessions. */
  start(): Promise<LaunchData>;
  send(report: Report): Delivery | Promise<Delivery>;
  /**
   * Ends the session at page exit, inside `pagehide`: delivers the reports not yet delivered and
   * the final progress (null in review mode: nothing is written), then closes the session. Must
   * do its writing before its first `await` (SCORM), or hand it to a transport that outlives the
   * page (fetch with keepalive). No separate commit before Terminate: Terminate commits, and a
   * second full-size request at close is what Moodle's sendBeacon cap refuses.
   */
  end(pending: readonly Report[], final: ProgressReport | null): Promise<void>;
}
