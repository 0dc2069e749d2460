import type { LmsAdapter } from './lms-adapter.ts';
import { createScormCalls, nextInteractionIndex, SCORM12_METHODS } from './scorm-calls.ts';
import { formatScorm12Duration, formatScorm12TimeOfDay } from './scorm-time.ts';
import { formatScorm12Interaction } from './interaction-format.ts';
import type { AnswerEvent } from '../learning/types.ts';
import type { LaunchData, ProgressReport, SuccessStatus } from './types.ts';

/** SCORM 1.2 adapter: writes cmi.core.* and cmi.interactions.n.* (SCORM 1.2 RTE chapter 3). */
export function createScorm12Adapter(api: unknown, now: () => number = Date.now): LmsAdapter {
  const calls = createScormCalls(api, SCORM12_METHODS);
  const startedAt = now();
  let interactionCount = 0;

  /** False when the LMS refused the values a resume depends on (bookmark, saved state, status). */
  const writeReport = (report: ProgressReport): boolean => {
    const isLocationSet = calls.set('cmi.core.lesson_location', report.location);
    const isStateSet = calls.set('cmi.suspend_data', report.suspendData);
    if (report.score) {
      calls.set('cmi.core.score.min', String(report.score.min));
      calls.set('cmi.core.score.max', String(report.score.max));
      calls.set('cmi.core.score.raw', String(report.score.raw));
    }
    const isStatusSet = calls.set('cmi.core.lesson_status', toLessonStatus(report));
    // cmi.core.exit is only read at LMSFinish, but LMSs that lose the final call keep the last value.
    calls.set('cmi.core.exit', report.isFinished ? '' : 'suspend');
    return isLocationSet && isStateSet && isStatusSet;
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
      };
    },
    async recordInteraction(answer: AnswerEvent): Promise<boolean> {
      const n = nextInteractionIndex(calls, 'cmi.interactions._count', interactionCount);
      const prefix = `cmi.interactions.${n}`;
      const entry = formatScorm12Interaction(answer);
      const isRecorded = calls.set(`${prefix}.id`, entry.id) && calls.set(`${prefix}.type`, entry.type);
      if (!isRecorded) return false;
      interactionCount = n + 1;
      if (entry.correctPattern !== null) calls.set(`${prefix}.correct_responses.0.pattern`, entry.correctPattern);
      calls.set(`${prefix}.student_response`, entry.response);
      calls.set(`${prefix}.result`, entry.result);
      calls.set(`${prefix}.time`, formatScorm12TimeOfDay(new Date(now())));
      if (answer.latencyMs !== undefined) calls.set(`${prefix}.latency`, formatScorm12Duration(answer.latencyMs));
      return true;
    },
    async save(report: ProgressReport): Promise<boolean> {
      const isWritten = writeReport(report);
      return calls.commit() && isWritten;
    },
    async end(report: ProgressReport): Promise<void> {
      writeReport(report);
      calls.set('cmi.core.session_time', formatScorm12Duration(now() - startedAt));
      calls.commit();
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
