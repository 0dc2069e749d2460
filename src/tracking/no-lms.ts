import type { LmsAdapter } from './lms-adapter.ts';
import type { LaunchData, ProgressReport } from './types.ts';

/** The localStorage key of a module's progress on the open web; the course home reads it too. */
export function noLmsStorageKey(moduleId: string): string {
  return `oov-leermodule:${moduleId}`;
}

/** What the course home shows per module: read from the same record. */
export interface StoredProgress {
  location: string;
  suspendData: string;
  success: ProgressReport['success'];
  completion: ProgressReport['completion'];
  /** Score in percent, when the check has been done. */
  score: number | null;
}

export function readStoredProgress(moduleId: string, storage: Storage | null = safeLocalStorage()): StoredProgress | null {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(noLmsStorageKey(moduleId)) ?? 'null');
    if (!saved || typeof saved !== 'object') return null;
    const { l, d, s, c, r } = saved as Record<string, unknown>;
    return {
      location: typeof l === 'string' ? l : '',
      suspendData: typeof d === 'string' ? d : '',
      success: s === 'passed' || s === 'failed' ? s : 'unknown',
      completion: c === 'completed' ? 'completed' : 'incomplete',
      score: typeof r === 'number' ? r : null,
    };
  } catch {
    return null;
  }
}

/**
 * Used when no LMS API is found (the course on the open web): progress stays in this browser's
 * localStorage under one key per module. Storage can be unavailable (private browsing, blocked
 * cookies); then the course still works for the visit, it just cannot remember.
 */
export function createNoLmsAdapter(moduleId: string, storage: Storage | null = safeLocalStorage()): LmsAdapter {
  const key = noLmsStorageKey(moduleId);
  const write = (report: ProgressReport): void => {
    storage?.setItem(key, JSON.stringify({ l: report.location, d: report.suspendData, s: report.success, c: report.completion, r: report.score?.raw ?? null }));
  };
  return {
    kind: 'no-lms',
    async start(): Promise<LaunchData> {
      const saved = readStoredProgress(moduleId, storage);
      return {
        suspendData: saved?.suspendData ?? '',
        location: saved?.location ?? '',
        entry: saved ? 'resume' : 'ab-initio',
        priorSuccess: saved?.success ?? 'unknown',
        lmsPassMark: null,
        mode: 'normal',
        learnerId: '',
        learnerName: '',
      };
    },
    send(report) {
      if (report.kind === 'answer') return { status: 'accepted' };
      try {
        write(report.progress);
        return { status: 'accepted' };
      } catch (error) {
        return { status: 'rejected', reason: `localStorage refused the progress: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    async end(_pending, final) {
      try {
        if (final) write(final);
      } catch {
        // A full or blocked store: this visit's progress is not remembered; nothing else to do.
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
