import type { ScormVersion } from './lms.ts';

/** Launch data in neutral terms, turned into each version's CMI as an LMS would seed it. */
export interface Seed {
  entry?: 'ab-initio' | 'resume' | '';
  location?: string;
  suspendData?: string;
  /** 1.2 lesson_status; in 2004 split into completion and success. */
  status?: 'passed' | 'failed' | 'completed' | 'incomplete';
  passMark?: number;
  /** Leave out lesson_mode / mode, as some LMSs do. */
  omitMode?: boolean;
  /** Score of an earlier attempt, as a percentage. */
  score?: number;
  /** 1.2 lesson_mode / 2004 mode; normal unless said. */
  mode?: 'normal' | 'review' | 'browse';
  /** The interactions the LMS kept, as scorm-again exported them (2004 content reads them back). */
  interactions?: unknown;
}

export function seedCmi(version: ScormVersion, seed: Seed): Record<string, unknown> {
  if (version === '1.2') {
    const core: Record<string, unknown> = { student_id: 'cursist-1', student_name: 'Jansen, Eva', entry: seed.entry ?? 'ab-initio' };
    if (!seed.omitMode) core['lesson_mode'] = seed.mode ?? 'normal';
    if (seed.location) core['lesson_location'] = seed.location;
    if (seed.status) core['lesson_status'] = seed.status;
    if (seed.score !== undefined) core['score'] = { raw: String(seed.score), min: '0', max: '100' };
    return { core, suspend_data: seed.suspendData ?? '', ...(seed.passMark ? { student_data: { mastery_score: String(seed.passMark) } } : {}), ...(seed.interactions ? { interactions: seed.interactions } : {}) };
  }
  const cmi: Record<string, unknown> = { learner_id: 'cursist-1', learner_name: 'Jansen, Eva', entry: seed.entry ?? 'ab-initio', suspend_data: seed.suspendData ?? '' };
  if (!seed.omitMode) cmi['mode'] = seed.mode ?? 'normal';
  if (seed.interactions) cmi['interactions'] = seed.interactions;
  if (seed.location) cmi['location'] = seed.location;
  if (seed.status === 'passed' || seed.status === 'failed') {
    cmi['success_status'] = seed.status;
    cmi['completion_status'] = 'completed';
  } else if (seed.status) cmi['completion_status'] = seed.status;
  if (seed.passMark) cmi['scaled_passing_score'] = String(seed.passMark / 100);
  if (seed.score !== undefined) cmi['score'] = { scaled: String(seed.score / 100), raw: String(seed.score), min: '0', max: '100' };
  return cmi;
}

/** The learner-level values the LMS holds, in neutral terms. */
export function readCmi(version: ScormVersion, data: Record<string, any>) {
  const interactions: any[] = Object.values(data['interactions']?.childArray ?? data['interactions'] ?? {});
  if (version === '1.2') {
    const core = data['core'];
    return { location: core.lesson_location as string, suspendData: data['suspend_data'] as string, success: ['passed', 'failed'].includes(core.lesson_status) ? core.lesson_status : 'unknown', status: core.lesson_status as string, raw: core.score.raw as string, exit: core.exit as string, sessionTime: core.session_time as string, interactions };
  }
  return { location: data['location'] as string, suspendData: data['suspend_data'] as string, success: data['success_status'] as string, status: data['completion_status'] as string, raw: data['score'].raw as string, exit: data['exit'] as string, sessionTime: data['session_time'] as string, interactions };
}

/** Relaunch data after a suspended session, as an LMS hands it to the next launch. */
export function relaunchSeed(version: ScormVersion, saved: Record<string, any>, passMark: number): Seed {
  const before = readCmi(version, saved);
  const score = Number.parseFloat(before.raw);
  return {
    entry: before.exit === 'suspend' ? 'resume' : '',
    location: before.location,
    suspendData: before.suspendData,
    passMark,
    ...(before.success === 'passed' || before.success === 'failed' ? { status: before.success as 'passed' | 'failed' } : {}),
    ...(Number.isFinite(score) ? { score } : {}),
    // An LMS keeps the interactions of the attempt and reports their _count at the next launch.
    interactions: saved['interactions'],
  };
}

/**
 * The bytes Moodle's SCORM 2004 player would send for this data model at page close: it
 * re-sends every element, form-encoded as `&cmi__interactions__0__id=<encoded value>`, by
 * sendBeacon (64 KiB for everything queued).
 */
export function moodleCommitBytes(data: Record<string, any>): number {
  let bytes = 0;
  const walk = (value: unknown, path: string): void => {
    if (value === null || value === undefined || value === '') return;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      bytes += `&${path}=${encodeURIComponent(String(value))}`.length;
      return;
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value as Record<string, unknown>);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && (key.startsWith('_') || key === 'jsonString')) continue;
      if (key === 'childArray') walk(child, path);
      else walk(child, `${path}__${key}`);
    }
  };
  walk(data, 'cmi');
  return bytes;
}
