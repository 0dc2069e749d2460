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
  }, { cmi: launch.cmi ?? {}, settings: launch.settings ?? {} });
  const path = encodeURIComponent(`${launch.packageName}/${launch.launchPage}`).replace(/%2F/g, '/');
  await page.goto(`/lms/host.html?version=${launch.version}&launch=${path}`);
  return page.frameLocator('iframe[title="Cursus"]');
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
