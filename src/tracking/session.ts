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
  const storage = safeLocalStorage();
  const start = (adapter: LmsAdapter) => startTracker(module, adapter, { storeFor: (learnerId) => localOutboxStore(`oov-outbox:${adapter.kind}:${module.id}:${learnerId}`, storage) });
  const adapter = await chooseAdapter(module);
  let tracker: Tracker;
  try {
    tracker = await start(adapter);
  } catch (error) {
    if (adapter.kind !== 'cmi5') throw error;
    // No token or no launch data: the course stays readable, progress stays in this browser,
    // and the page says so calmly (page-tracking.ts reads the mark).
    console.warn(`[oov-tracking] cmi5 launch failed: ${error instanceof Error ? error.message : String(error)}`);
    document.documentElement.dataset['lmsUnreachable'] = 'true';
    tracker = await start((await import('./no-lms.ts')).createNoLmsAdapter(module.id));
  }
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
 * A cmi5 launch (its URL parameters, or those this tab kept) comes first, before any SCORM API
 * is looked for. The packager stamps the SCORM version on <html>, or cmi5; the plain site has
 * none and tries both SCORM APIs. Only the adapter in use is loaded, which keeps pages without
 * islands within their JS budget.
 */
async function chooseAdapter(module: ModuleInfo): Promise<LmsAdapter> {
  const moduleId = module.id;
  const { scormVersion: version, lmsStandard, cmi5PublisherId } = document.documentElement.dataset;
  const isCmi5Package = lmsStandard === 'cmi5';
  // A SCORM package carries no cmi5 adapter (package-contents.ts); the plain site has both.
  if (isCmi5Package || (!version && new URLSearchParams(location.search).has('endpoint'))) {
    const { readCmi5Launch } = await import('./cmi5-launch.ts');
    const launch = readCmi5Launch(location.search, safeSessionStorage());
    if (launch) return (await import('./cmi5.ts')).createCmi5Adapter(launch, module, { storage: safeSessionStorage(), ...(cmi5PublisherId ? { publisherId: cmi5PublisherId } : {}) });
    if (isCmi5Package) return (await import('./no-lms.ts')).createNoLmsAdapter(moduleId);
  }
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

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
