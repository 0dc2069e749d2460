import { expect, type FrameLocator, type Page } from '@playwright/test';

export type ScormVersion = '1.2' | '2004';

export interface LmsLaunch {
  version: ScormVersion;
  /** Zip name without .zip, e.g. m1-drie-manieren-scorm12. */
  packageName: string;
  launchPage: string;
  /** CMI data the LMS starts the session with (scorm-again loadFromJSON). */
  cmi?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  /** The LMS creates its API this long after the course frame starts loading. */
  apiDelayMs?: number;
  /** The LMS never provides an API. */
  noApi?: boolean;
}

/** A fault the test LMS injects into matching API calls (see tests/e2e/lms/host.js). */
export interface LmsFault {
  method: 'Initialize' | 'GetValue' | 'SetValue' | 'Commit' | 'Terminate';
  mode: 'false' | 'throw' | 'null' | 'error';
  /** Only calls whose first argument starts with this, e.g. "cmi.interactions.". */
  element?: string;
  /** How many calls fail before the LMS recovers; omit for every call. */
  times?: number;
}

export interface LmsCall {
  name: string;
  args: string[];
  result: string;
  code: string;
}

/** Opens the test LMS with the package in its iframe and returns the course frame. */
export async function launchCourse(page: Page, launch: LmsLaunch): Promise<FrameLocator> {
  await page.addInitScript((data) => {
    (window as unknown as { __lmsLaunch: unknown }).__lmsLaunch = data;
    document.addEventListener('securitypolicyviolation', (event) => {
      const top = window.top as unknown as { __cspViolations?: string[] };
      (top.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  }, { cmi: launch.cmi ?? {}, settings: launch.settings ?? {}, apiDelayMs: launch.apiDelayMs ?? 0, noApi: launch.noApi ?? false });
  const path = encodeURIComponent(`${launch.packageName}/${launch.launchPage}`).replace(/%2F/g, '/');
  await page.goto(`/lms/host.html?version=${launch.version}&launch=${path}`);
  return page.frameLocator('iframe[title="Cursus"]');
}

/** Makes the test LMS misbehave from now on (replaces earlier faults). */
export async function setLmsFaults(page: Page, faults: LmsFault[]): Promise<void> {
  await page.evaluate((list) => {
    (window as unknown as { __lmsFaults: unknown[] }).__lmsFaults = list;
  }, faults);
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Leaves the course as a learner closing it would: the SCO's page is unloaded. */
export async function closeCourse(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __closeCourse: () => Promise<void> }).__closeCourse());
}

/** The CMI data scorm-again holds, as plain JSON. */
export async function lmsData(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as any).__lms.api.cmi)));
}

export async function lmsCalls(page: Page): Promise<LmsCall[]> {
  return page.evaluate(() => (window as any).__lms.calls);
}

/**
 * LMS errors other than SCORM 2004's 403 on reading elements that were never set, which is how
 * the standard tells content that there is nothing to resume.
 */
export async function lmsErrors(page: Page): Promise<LmsCall[]> {
  const errors: LmsCall[] = await page.evaluate(() => (window as any).__lms.errors);
  return errors.filter((error) => !(error.name === 'GetValue' && error.code === '403'));
}

export async function expectOneSession(page: Page, version: ScormVersion): Promise<void> {
  const names = (await lmsCalls(page)).map((call) => call.name);
  const [init, finish] = version === '1.2' ? ['LMSInitialize', 'LMSFinish'] : ['Initialize', 'Terminate'];
  expect(names.filter((name) => name === init)).toHaveLength(1);
  expect(names.filter((name) => name === finish)).toHaveLength(1);
}

/** One cmi.interactions.n entry as the LMS holds it, the same shape for both versions. */
export interface RecordedInteraction {
  id: string;
  type: string;
  /** 2004 learner_response, 1.2 student_response. */
  response: string;
  /** correct_responses.0.pattern, if one was set. */
  pattern: string | undefined;
  result: string;
}

export async function lmsInteractions(page: Page): Promise<RecordedInteraction[]> {
  const data = await lmsData(page);
  const entries: any[] = Object.values(data['interactions']?.childArray ?? data['interactions'] ?? {});
  return entries.map((entry) => ({
    id: entry.id,
    type: entry.type,
    response: entry.learner_response ?? entry.student_response,
    pattern: (entry.correct_responses?.childArray ?? entry.correct_responses ?? [])[0]?.pattern,
    result: entry.result,
  }));
}

/** An item of a package's table of contents, as the test LMS read it from imsmanifest.xml. */
export interface TocItem {
  id: string;
  title: string;
  href: string;
  /** Percentage from the manifest (1.2 masteryscore, 2004 minNormalizedMeasure), or null. */
  passMark: number | null;
}

export interface PackageLaunch {
  version: ScormVersion;
  /** Unpacked package folder, e.g. oov-leermodule-cursus-scorm2004. */
  packageName: string;
  /** Item to launch first; the first item of the manifest when left out. */
  sco?: string;
  /** CMI data the LMS kept per item id from earlier sessions (scorm-again loadFromJSON). */
  scos?: Record<string, Record<string, unknown>>;
  settings?: Record<string, unknown>;
}

/** Opens a package with several SCOs in the test LMS (tests/e2e/lms/course-host.js), launching one SCO. */
export async function launchPackage(page: Page, launch: PackageLaunch): Promise<FrameLocator> {
  await page.addInitScript((data) => {
    (window as unknown as { __lmsLaunch: unknown }).__lmsLaunch = data;
  }, { scos: launch.scos ?? {}, settings: launch.settings ?? {} });
  const query = new URLSearchParams({ version: launch.version, package: launch.packageName, ...(launch.sco ? { sco: launch.sco } : {}) });
  await page.goto(`/lms/host.html?${query}`);
  await page.waitForFunction(() => (window as any).__lms?.isReady === true);
  return page.frameLocator('iframe[title="Cursus"]');
}

export async function lmsToc(page: Page): Promise<TocItem[]> {
  return page.evaluate(() => (window as any).__lms.toc);
}

/** Leaves the SCO that runs (it terminates) and launches another, seeded from what the LMS kept for it. */
export async function launchSco(page: Page, id: string): Promise<void> {
  await page.evaluate((item) => (window as any).__lms.launchSco(item), id);
}

/** What the LMS keeps for one SCO: its data model at the last Commit or Terminate that succeeded, or null. */
export async function scoRecord(page: Page, id: string): Promise<Record<string, any> | null> {
  return page.evaluate((item) => (window as any).__lms.scos[item].kept, id);
}

/** How often the LMS launched a SCO in this page. */
export async function scoSessions(page: Page, id: string): Promise<number> {
  return page.evaluate((item) => (window as any).__lms.scos[item].sessions, id);
}

export interface TrackingStatus {
  completionStatus: string;
  successStatus: string;
  score: number | null;
}

/** SCORM 2004: the status scorm-again's sequencing engine rolled up, for the course and each SCO activity. */
export async function courseRollup(page: Page): Promise<{ course: TrackingStatus; scos: Record<string, TrackingStatus> }> {
  return page.evaluate(() => (window as any).__lms.rollup());
}

/** The API calls one SCO made, in order. */
export async function scoCalls(page: Page, id: string): Promise<LmsCall[]> {
  const calls: Array<LmsCall & { sco?: string }> = await page.evaluate(() => (window as any).__lms.calls);
  return calls.filter((call) => call.sco === id);
}
