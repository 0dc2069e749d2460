import type { AnswerEvent } from '../learning/types.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import type { Delivery } from './outbox.ts';
import { createScormCalls, nextInteractionIndex, SCORM2004_METHODS } from './scorm-calls.ts';
import { committed, refusedWrite, toLaunchMode } from './scorm-delivery.ts';
import { formatScorm2004Duration, formatScorm2004Timestamp } from './scorm-time.ts';
import { formatScorm2004Interaction, toInteractionDescription } from './interaction-format.ts';
import type { LaunchData, ProgressReport, SuccessStatus } from './types.ts';

/**
 * SCORM 2004 4th Edition adapter: writes cmi.* of the RTE data model (RTE chapter 4).
 * One interaction per question or decision, holding its latest answer: an answer to a question
 * already in cmi.interactions updates that entry (RTE 4.2.9 allows it). Moodle's 2004 player
 * re-sends the whole data model with every commit, by sendBeacon at page close (64 KiB for all
 * queued); a journal of every retake would grow past that, so the build proves the worst case
 * of this layout fits (course/lms-payload-budget.ts).
 */
export function createScorm2004Adapter(api: unknown, now: () => number = Date.now): LmsAdapter {
  const calls = createScormCalls(api, SCORM2004_METHODS);
  const startedAt = now();
  const indexOf = new Map<string, number>();
  let interactionCount = 0;

  const writeInteraction = (answer: AnswerEvent): Delivery => {
    const entry = formatScorm2004Interaction(answer);
    const known = indexOf.get(entry.id);
    const n = known ?? nextInteractionIndex(calls, 'cmi.interactions._count', interactionCount);
    const prefix = `cmi.interactions.${n}`;
    // RTE 4.2.9: id first, then type, before any response can be set.
    if (known === undefined && !(calls.set(`${prefix}.id`, entry.id) && calls.set(`${prefix}.type`, entry.type))) return refusedWrite(calls);
    indexOf.set(entry.id, n);
    interactionCount = Math.max(interactionCount, n + 1);
    calls.set(`${prefix}.description`, toInteractionDescription(answer.description));
    calls.set(`${prefix}.timestamp`, formatScorm2004Timestamp(new Date(now())));
    if (entry.correctPattern !== null) calls.set(`${prefix}.correct_responses.0.pattern`, entry.correctPattern);
    calls.set(`${prefix}.learner_response`, entry.response);
    calls.set(`${prefix}.result`, entry.result);
    if (answer.latencyMs !== undefined) calls.set(`${prefix}.latency`, formatScorm2004Duration(answer.latencyMs));
    return { status: 'accepted' };
  };

  const writeProgress = (report: ProgressReport): void => {
    // cmi.location is characterstring (SPM 1000) without an empty value: scorm-again answers 406 to "".
    if (report.location) calls.set('cmi.location', report.location);
    calls.set('cmi.suspend_data', report.suspendData);
    calls.set('cmi.progress_measure', report.progress.toFixed(2));
    if (report.score) {
      calls.set('cmi.score.min', String(report.score.min));
      calls.set('cmi.score.max', String(report.score.max));
      calls.set('cmi.score.raw', String(report.score.raw));
      const scaled = report.score.max > report.score.min ? (report.score.raw - report.score.min) / (report.score.max - report.score.min) : 0;
      calls.set('cmi.score.scaled', String(Number(scaled.toFixed(4))));
    }
    calls.set('cmi.completion_status', report.completion);
    calls.set('cmi.success_status', report.success);
    calls.set('cmi.exit', report.isFinished ? 'normal' : 'suspend');
  };

  return {
    kind: 'scorm2004',
    async start(): Promise<LaunchData> {
      calls.initialize();
      const count = Number.parseInt(calls.get('cmi.interactions._count'), 10);
      for (let n = 0; Number.isFinite(count) && n < count; n += 1) {
        const id = calls.get(`cmi.interactions.${n}.id`);
        if (id) indexOf.set(id, n);
      }
      interactionCount = Number.isFinite(count) ? count : 0;
      const scaledPassing = Number.parseFloat(calls.get('cmi.scaled_passing_score'));
      return {
        suspendData: calls.get('cmi.suspend_data'),
        location: calls.get('cmi.location'),
        entry: calls.get('cmi.entry'),
        priorSuccess: toSuccess(calls.get('cmi.success_status')),
        lmsPassMark: Number.isFinite(scaledPassing) ? Math.round(scaledPassing * 100) : null,
        mode: toLaunchMode(calls.get('cmi.mode')),
        learnerId: calls.get('cmi.learner_id'),
        learnerName: calls.get('cmi.learner_name'),
      };
    },
    send(report) {
      if (report.kind === 'answer') return writeInteraction(report.answer);
      writeProgress(report.progress);
      return committed(calls, calls.commit());
    },
    async end(pending, final) {
      for (const report of pending) if (report.kind === 'answer') writeInteraction(report.answer);
      if (final) {
        writeProgress(final);
        calls.set('cmi.session_time', formatScorm2004Duration(now() - startedAt));
      }
      // Terminate commits (RTE 3.1.3.2); no Commit before it, so Moodle sends one beacon, not two.
      calls.terminate();
    },
  };
}

function toSuccess(status: string): SuccessStatus {
  return status === 'passed' || status === 'failed' ? status : 'unknown';
}
