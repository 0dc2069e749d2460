import { discoverApi, type ApiName } from './api-discovery.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import { localOutboxStore } from './outbox.ts';
import { startTracker, type Tracker } from './tracker.ts';
import type { ModuleInfo } from '../learning/types.ts';

/**
 * One tracker per page load. Lessons are swapped in by Astro's client-side router, so this
 * module runs once per launch: Initialize once, Terminate once, on `pagehide` (never `unload`,
 * which breaks the back-forward cache and is skipped by mobile browsers).
 */
let session: Promise<Tracker> | null = null;

export function getTracker(): Promise<Tracker> {
  session ??= openSession();
  return session;
}

async function openSession(): Promise<Tracker> {
  const module = readModuleInfo();
  const adapter = await chooseAdapter(module.id);
  const storage = safeLocalStorage();
  const tracker = await startTracker(module, adapter, { storeFor: (learnerId) => localOutboxStore(`oov-outbox:${adapter.kind}:${module.id}:${learnerId}`, storage) });
  addEventListener('pagehide', () => void tracker.end());
  // A page the browser restores from its back-forward cache has already ended its LMS session:
  // load it afresh so that a new session starts instead of answers going nowhere.
  addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void tracker.flush();
  });
  return tracker;
}

/**
 * The packager stamps the SCORM version on <html>; the plain site has none and tries both.
 * Only the adapter in use is loaded, which keeps pages without islands within their JS budget.
 */
async function chooseAdapter(moduleId: string): Promise<LmsAdapter> {
  const version = document.documentElement.dataset['scormVersion'];
  const preferred: ApiName[] = version === '1.2' ? ['API'] : version === '2004' ? ['API_1484_11'] : ['API_1484_11', 'API'];
  const found = await discoverApi(preferred);
  if (found?.name === 'API') return (await import('./scorm12.ts')).createScorm12Adapter(found.api);
  if (found?.name === 'API_1484_11') return (await import('./scorm2004.ts')).createScorm2004Adapter(found.api);
  return (await import('./no-lms.ts')).createNoLmsAdapter(moduleId);
}

export function readModuleInfo(doc: Document = document): ModuleInfo {
  const element = doc.getElementById('oov-module');
  return JSON.parse(element?.textContent ?? '{}') as ModuleInfo;
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
