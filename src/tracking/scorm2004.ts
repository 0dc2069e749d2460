import type { LmsAdapter } from './lms-adapter.ts';
import { createScormCalls, nextInteractionIndex, SCORM2004_METHODS } from './scorm-calls.ts';
import { formatScorm2004Duration, formatScorm2004Timestamp } from './scorm-time.ts';
import { formatScorm2004Interaction, toInteractionDescription } from './interaction-format.ts';
import type { AnswerEvent } from '../learning/types.ts';
import type { LaunchData, ProgressReport, SuccessStatus } from './types.ts';

/** SCORM 2004 4th Edition adapter: writes cmi.* of the RTE data model (RTE chapter 4). */
export function createScorm2004Adapter(api: unknown, now: () => number = Date.now): LmsAdapter {
  const calls = createScormCalls(api, SCORM2004_METHODS);
  const startedAt = now();
  let interactionCount = 0;

  /** False when the LMS refused the values a resume depends on (bookmark, saved state, status). */
  const writeReport = (report: ProgressReport): boolean => {
    const isLocationSet = calls.set('cmi.location', report.location);
    const isStateSet = calls.set('cmi.suspend_data', report.suspendData);
    calls.set('cmi.progress_measure', report.progress.toFixed(2));
    if (report.score) {
      calls.set('cmi.score.min', String(report.score.min));
      calls.set('cmi.score.max', String(report.score.max));
      calls.set('cmi.score.raw', String(report.score.raw));
      const scaled = report.score.max > report.score.min ? (report.score.raw - report.score.min) / (report.score.max - report.score.min) : 0;
      calls.set('cmi.score.scaled', String(Number(scaled.toFixed(4))));
    }
    const isCompletionSet = calls.set('cmi.completion_status', report.completion);
    const isSuccessSet = calls.set('cmi.success_status', report.success);
    calls.set('cmi.exit', report.isFinished ? 'normal' : 'suspend');
    return isLocationSet && isStateSet && isCompletionSet && isSuccessSet;
  };

  return {
    kind: 'scorm2004',
    async start(): Promise<LaunchData> {
      calls.initialize();
      const scaledPassing = Number.parseFloat(calls.get('cmi.scaled_passing_score'));
      return {
        suspendData: calls.get('cmi.suspend_data'),
        location: calls.get('cmi.location'),
        entry: calls.get('cmi.entry'),
        priorSuccess: toSuccess(calls.get('cmi.success_status')),
        lmsPassMark: Number.isFinite(scaledPassing) ? Math.round(scaledPassing * 100) : null,
      };
    },
    async recordInteraction(answer: AnswerEvent): Promise<boolean> {
      const n = nextInteractionIndex(calls, 'cmi.interactions._count', interactionCount);
      const prefix = `cmi.interactions.${n}`;
      const entry = formatScorm2004Interaction(answer);
      // RTE 4.2.9: id first, then type, before any response can be set.
      const isRecorded = calls.set(`${prefix}.id`, entry.id) && calls.set(`${prefix}.type`, entry.type);
      if (!isRecorded) return false;
      interactionCount = n + 1;
      calls.set(`${prefix}.description`, toInteractionDescription(answer.description));
      calls.set(`${prefix}.timestamp`, formatScorm2004Timestamp(new Date(now())));
      if (entry.correctPattern !== null) calls.set(`${prefix}.correct_responses.0.pattern`, entry.correctPattern);
      calls.set(`${prefix}.learner_response`, entry.response);
      calls.set(`${prefix}.result`, entry.result);
      if (answer.latencyMs !== undefined) calls.set(`${prefix}.latency`, formatScorm2004Duration(answer.latencyMs));
      return true;
    },
    async save(report: ProgressReport): Promise<boolean> {
      const isWritten = writeReport(report);
      return calls.commit() && isWritten;
    },
    async end(report: ProgressReport): Promise<void> {
      writeReport(report);
      calls.set('cmi.session_time', formatScorm2004Duration(now() - startedAt));
      calls.commit();
      calls.terminate();
    },
  };
}

function toSuccess(status: string): SuccessStatus {
  return status === 'passed' || status === 'failed' ? status : 'unknown';
}
