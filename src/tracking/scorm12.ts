import type { AnswerEvent } from '../learning/types.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import type { Delivery } from './outbox.ts';
import { createScormCalls, nextInteractionIndex, SCORM12_METHODS } from './scorm-calls.ts';
import { committed, refusedWrite, toLaunchMode } from './scorm-delivery.ts';
import { formatScorm12Duration, formatScorm12TimeOfDay } from './scorm-time.ts';
import { formatScorm12Interaction } from './interaction-format.ts';
import type { LaunchData, ProgressReport, SuccessStatus } from './types.ts';

/**
 * SCORM 1.2 adapter: writes cmi.core.* and cmi.interactions.n.* (SCORM 1.2 RTE chapter 3).
 * Interactions are write-only in 1.2, so every answer is a new entry (a journal, as LMS reports
 * of 1.2 expect); Moodle's 1.2 player sends only what changed, which keeps each commit small.
 */
export function createScorm12Adapter(api: unknown, now: () => number = Date.now): LmsAdapter {
  const calls = createScormCalls(api, SCORM12_METHODS);
  const startedAt = now();
  let interactionCount = 0;

  const writeInteraction = (answer: AnswerEvent): Delivery => {
    const n = nextInteractionIndex(calls, 'cmi.interactions._count', interactionCount);
    const prefix = `cmi.interactions.${n}`;
    const entry = formatScorm12Interaction(answer);
    if (!(calls.set(`${prefix}.id`, entry.id) && calls.set(`${prefix}.type`, entry.type))) return refusedWrite(calls);
    interactionCount = n + 1;
    if (entry.correctPattern !== null) calls.set(`${prefix}.correct_responses.0.pattern`, entry.correctPattern);
    calls.set(`${prefix}.student_response`, entry.response);
    calls.set(`${prefix}.result`, entry.result);
    calls.set(`${prefix}.time`, formatScorm12TimeOfDay(new Date(now())));
    if (answer.latencyMs !== undefined) calls.set(`${prefix}.latency`, formatScorm12Duration(answer.latencyMs));
    return { status: 'accepted' };
  };

  const writeProgress = (report: ProgressReport): void => {
    // An empty CMIString255 is valid in 1.2, but it would erase a bookmark: never write one.
    if (report.location) calls.set('cmi.core.lesson_location', report.location);
    calls.set('cmi.suspend_data', report.suspendData);
    if (report.score) {
      calls.set('cmi.core.score.min', String(report.score.min));
      calls.set('cmi.core.score.max', String(report.score.max));
      calls.set('cmi.core.score.raw', String(report.score.raw));
    }
    calls.set('cmi.core.lesson_status', toLessonStatus(report));
    // cmi.core.exit is only read at LMSFinish, but LMSs that lose the final call keep the last value.
    calls.set('cmi.core.exit', report.isFinished ? '' : 'suspend');
  };

  return {
    kind: 'scorm12',
    async start(): Promise<LaunchData> {
      calls.initialize();
      const mastery = Number.parseFloat(calls.get('cmi.student_data.mastery_score'));
      return {
        suspendData: calls.get('cmi.suspend_data'),
        location: calls.get('cmi.core.lesson_location'),
        entry: calls.get('cmi.core.entry'),
        priorSuccess: toSuccess(calls.get('cmi.core.lesson_status')),
        lmsPassMark: Number.isFinite(mastery) ? mastery : null,
        mode: toLaunchMode(calls.get('cmi.core.lesson_mode')),
        learnerId: calls.get('cmi.core.student_id'),
        learnerName: calls.get('cmi.core.student_name'),
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
        calls.set('cmi.core.session_time', formatScorm12Duration(now() - startedAt));
      }
      // LMSFinish commits (RTE 3.3.2.2); a Commit right before it only doubles the final request.
      calls.terminate();
    },
  };
}

/** 1.2 has one status for completion and success; "passed" and "failed" imply completion. */
function toLessonStatus(report: ProgressReport): string {
  if (report.success !== 'unknown') return report.success;
  return report.completion;
}

function toSuccess(lessonStatus: string): SuccessStatus {
  return lessonStatus === 'passed' || lessonStatus === 'failed' ? lessonStatus : 'unknown';
}
