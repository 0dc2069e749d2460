import type { CmiJson } from './cmi-reading.ts';
import type { ScormVersion } from './launch-info.ts';

/** What the LMS kept of a session: the data model at the last Commit or Terminate that succeeded. */
export interface KeptData {
  cmi: CmiJson;
  /** total_time before the session plus its session_time, as the LMS adds them up (1.2 RTE 3.4.4, 2004 RTE 4.2.25). */
  totalTime: string;
  /** The call that stored it, for the panel: "LMSCommit", "Terminate" … */
  storedBy: string;
  storedAt: Date;
}

const LEARNER_12 = { student_id: 'preview-learner', student_name: 'Voorbeeld, Cursist' };
const LEARNER_2004 = { learner_id: 'preview-learner', learner_name: 'Voorbeeld, Cursist' };

/** A first launch: no data, entry ab-initio (1.2 RTE 3.4.4 cmi.core.entry; 2004 RTE 4.2.9 cmi.entry). */
export function freshSeed(version: ScormVersion, passMark: number | null): CmiJson {
  if (version === '1.2') {
    return {
      core: { ...LEARNER_12, entry: 'ab-initio', lesson_mode: 'normal', credit: 'credit' },
      suspend_data: '',
      ...(passMark === null ? {} : { student_data: { mastery_score: String(passMark) } }),
    };
  }
  return { ...LEARNER_2004, entry: 'ab-initio', mode: 'normal', credit: 'credit', suspend_data: '', ...passingScore(passMark) };
}

/**
 * A relaunch with what the LMS kept: entry "resume" when the course left with exit "suspend",
 * otherwise "" (both versions), and the bookmark, suspend data, status, score and interactions.
 * Values the course never set are left out, as an LMS would not send them (2004 answers 403).
 */
export function resumeSeed(version: ScormVersion, kept: KeptData, passMark: number | null): CmiJson {
  const cmi = kept.cmi;
  if (version === '1.2') {
    const core = record(cmi['core']);
    return {
      core: {
        ...LEARNER_12,
        entry: core['exit'] === 'suspend' ? 'resume' : '',
        lesson_mode: 'normal',
        credit: 'credit',
        ...nonEmpty({ lesson_location: core['lesson_location'], lesson_status: core['lesson_status'], total_time: kept.totalTime }),
        ...scoreOf(core['score']),
      },
      suspend_data: typeof cmi['suspend_data'] === 'string' ? cmi['suspend_data'] : '',
      ...(passMark === null ? {} : { student_data: { mastery_score: String(passMark) } }),
      ...interactionsOf(cmi),
    };
  }
  return {
    ...LEARNER_2004,
    entry: cmi['exit'] === 'suspend' ? 'resume' : '',
    mode: 'normal',
    credit: 'credit',
    suspend_data: typeof cmi['suspend_data'] === 'string' ? cmi['suspend_data'] : '',
    ...nonEmpty({ location: cmi['location'], completion_status: cmi['completion_status'], success_status: cmi['success_status'], progress_measure: cmi['progress_measure'], total_time: kept.totalTime }),
    ...scoreOf(cmi['score']),
    ...passingScore(passMark),
    ...interactionsOf(cmi),
  };
}

function passingScore(passMark: number | null): CmiJson {
  // cmi.scaled_passing_score is a real from -1 to 1: the percentage over 100.
  return passMark === null ? {} : { scaled_passing_score: String(passMark / 100) };
}

function scoreOf(value: unknown): CmiJson {
  const score = record(value);
  const kept = nonEmpty({ scaled: score['scaled'], raw: score['raw'], min: score['min'], max: score['max'] });
  return 'raw' in kept || 'scaled' in kept ? { score: kept } : {};
}

function interactionsOf(cmi: CmiJson): CmiJson {
  const interactions = record(cmi['interactions']);
  return Object.keys(interactions).length ? { interactions } : {};
}

function nonEmpty(values: Record<string, unknown>): Record<string, string> {
  const kept: Record<string, string> = {};
  // "unknown" and "not attempted" are what the LMS reports for a value nobody set.
  for (const [name, value] of Object.entries(values)) if (typeof value === 'string' && value !== '' && value !== 'unknown' && value !== 'not attempted') kept[name] = value;
  return kept;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
