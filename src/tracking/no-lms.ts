import type { LmsAdapter } from './lms-adapter.ts';
import type { LaunchData, ProgressReport } from './types.ts';

/**
 * Used when no LMS API is found (the course on the open web): progress stays in this browser's
 * localStorage under one key per module. Storage can be unavailable (private browsing, blocked
 * cookies); then the course still works for the visit, it just cannot remember.
 */
export function createNoLmsAdapter(moduleId: string, storage: Storage | null = safeLocalStorage()): LmsAdapter {
  const key = `oov-leermodule:${moduleId}`;
  const write = (report: ProgressReport): boolean => {
    try {
      storage?.setItem(key, JSON.stringify({ l: report.location, d: report.suspendData, s: report.success }));
      return storage !== null;
    } catch {
      return false;
    }
  };
  return {
    kind: 'no-lms',
    async start(): Promise<LaunchData> {
      const launch: LaunchData = { suspendData: '', location: '', entry: 'ab-initio', priorSuccess: 'unknown', lmsPassMark: null };
      try {
        const saved: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
        if (saved && typeof saved === 'object') {
          const { l, d, s } = saved as Record<string, unknown>;
          if (typeof l === 'string') launch.location = l;
          if (typeof d === 'string') launch.suspendData = d;
          if (s === 'passed' || s === 'failed') launch.priorSuccess = s;
          launch.entry = 'resume';
        }
      } catch {
        // Unreadable storage is treated as a first visit.
      }
      return launch;
    },
    recordInteraction: async () => true,
    save: async (report) => write(report),
    end: async (report) => {
      write(report);
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
