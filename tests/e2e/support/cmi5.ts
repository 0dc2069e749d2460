import { createRequire } from 'node:module';
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';
import { LRS_AUTH, lrsUrl } from '../../support/lrs.ts';

/** The cmi5 specification's requirements by id (npm @cmi5/requirements), quoted in failure messages. */
const REQUIREMENTS = createRequire(import.meta.url)('@cmi5/requirements') as Record<string, { txt: string }>;

export function requirement(id: string): string {
  const found = REQUIREMENTS[id];
  if (!found) throw new Error(`@cmi5/requirements has no requirement ${id}`);
  return `cmi5 ${id}: ${found.txt}`;
}

export interface Cmi5Launch {
  /** Unpacked package folder, e.g. m1-drie-manieren-cmi5. */
  packageName: string;
  /** Module id of the AU to launch (whole-course package); the first AU when left out. */
  au?: string;
  registration?: string;
  mode?: 'Normal' | 'Browse' | 'Review';
  /** Overrides the masteryScore of cmi5.xml; 'none' launches without one. */
  mastery?: number | 'none';
  fetchFails?: boolean;
}

export interface Cmi5LaunchParameters {
  endpoint: string;
  fetch: string;
  registration: string;
  activityId: string;
  sessionId: string;
}

/** Opens the cmi5 test LMS (tests/e2e/lms/cmi5-host.js), which launches the AU in its iframe. */
export async function launchCmi5(page: Page, launch: Cmi5Launch): Promise<{ course: FrameLocator; launched: Cmi5LaunchParameters }> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const top = window.top as unknown as { __cspViolations?: string[] };
      (top.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const query = new URLSearchParams({ package: launch.packageName });
  if (launch.au) query.set('au', launch.au);
  if (launch.registration) query.set('registration', launch.registration);
  if (launch.mode) query.set('mode', launch.mode);
  if (launch.mastery !== undefined) query.set('mastery', String(launch.mastery));
  if (launch.fetchFails) query.set('fetchFails', '1');
  await page.goto(`/lms/cmi5-host.html?${query}`);
  await page.waitForFunction(() => Boolean((window as unknown as { __cmi5?: unknown }).__cmi5));
  const launched = await page.evaluate(() => (window as unknown as { __cmi5: { launch: Cmi5LaunchParameters } }).__cmi5.launch);
  return { course: page.frameLocator('iframe[title="Cursus"]'), launched };
}

/** Leaves the AU as a learner closing it would: its page is unloaded (pagehide). */
export async function closeCmi5Course(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __cmi5: { closeCourse: () => Promise<void> } }).__cmi5.closeCourse());
}

function testLmsUrl(path: string): string {
  return `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 4391)}${path}`;
}

/** The test LMS's faults for one registration's statements: `lrsDown` answers them 503 until it is false again; `holdMs` answers them that much later (0: at once). A fault left out stays as it is. */
export async function setLrsFaults(registration: string, faults: { lrsDown?: boolean; holdMs?: number }): Promise<void> {
  const answer = await fetch(testLmsUrl('/cmi5/faults'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ registration, ...faults }) });
  expect(answer.ok).toBe(true);
}

/** The frame the AU runs in (the package is served below /lms/cursus 1/pakket-é/). */
export function courseFrame(page: Page): Frame {
  return page.frames().find((each) => each.url().includes('pakket'))!;
}

/** Reloads the AU's page in its frame, as a learner pressing F5 would. */
export async function reloadCoursePage(page: Page): Promise<void> {
  await courseFrame(page).evaluate(() => location.reload());
}

/** How often each fetch URL of a registration was used, in launch order. */
export async function fetchUses(registration: string): Promise<number[]> {
  return (await fetch(testLmsUrl(`/cmi5/fetches/${encodeURIComponent(registration)}`))).json() as Promise<number[]>;
}

export interface Statement {
  id: string;
  timestamp: string;
  stored: string;
  verb: { id: string };
  object: { id: string; definition?: Record<string, any> };
  result?: Record<string, any>;
  context: { registration: string; contextActivities?: Record<string, Array<{ id: string }>>; extensions?: Record<string, unknown> };
}

/** What the real LRS holds for a registration, in the order it stored them. */
export async function statementsOf(registration: string): Promise<Statement[]> {
  const statements: Statement[] = [];
  let next: string | null = lrsUrl(`statements?${new URLSearchParams({ registration, ascending: 'true', limit: '500' })}`);
  while (next) {
    const answer = await fetch(next, { headers: { authorization: LRS_AUTH, 'x-experience-api-version': '1.0.3' } });
    expect(answer.ok, `the LRS answered ${answer.status}`).toBe(true);
    const page = (await answer.json()) as { statements: Statement[]; more: string };
    statements.push(...page.statements);
    next = page.more ? new URL(page.more, lrsUrl()).href : null;
  }
  return statements;
}

/** Waits until the LRS holds `count` terminated statements for the registration (one per finished session). */
export async function waitForSessions(registration: string, count: number): Promise<Statement[]> {
  await expect.poll(async () => (await statementsOf(registration)).filter((s) => verbOf(s) === 'terminated').length, { timeout: 15_000 }).toBe(count);
  return statementsOf(registration);
}

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const DEFINED = ['initialized', 'completed', 'passed', 'failed', 'terminated'];

export function verbOf(statement: Statement): string {
  return statement.verb.id.split('/').pop()!;
}

export function sessionOf(statement: Statement): string {
  return String(statement.context.extensions?.[SESSION_ID] ?? '');
}

/** "verb object" with the object shortened to what follows the AU or publisher id. */
export function describeStatement(statement: Statement, activityId: string): string {
  const object = statement.object.id === activityId ? 'AU' : statement.object.id.replace(/^.*\/interactions\//, 'interaction ');
  const result = statement.result ?? {};
  const details = [result['success'] === undefined ? '' : `success ${result['success']}`, result['score'] ? `scaled ${result['score'].scaled}` : '', result['response'] === undefined ? '' : `response "${result['response']}"`].filter(Boolean).join(', ');
  return `${verbOf(statement)} ${object}${details ? ` (${details})` : ''}`;
}

/**
 * The statement stream of one registration against the cmi5 rules the AU answers for, each failure
 * naming its requirement. `sessions` are the LMS's session ids in launch order; `normalSessions`
 * those launched in Normal mode.
 */
export function expectCmi5Rules(statements: Statement[], launches: Array<{ sessionId: string; activityId: string; mode: 'Normal' | 'Browse' | 'Review' }>): void {
  const sessions = launches.map((launch) => launch.sessionId);
  for (const statement of statements) {
    expect(sessions, `${requirement('9.6.3.1-4')} (${describeStatement(statement, launches[0]!.activityId)})`).toContain(sessionOf(statement));
    expect(statement.id, requirement('9.1.0.0-1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  for (const launch of launches) {
    const own = statements.filter((statement) => sessionOf(statement) === launch.sessionId).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const verbs = own.map(verbOf);
    expect(verbs[0], requirement('9.3.2.0-2')).toBe('initialized');
    expect(verbs.filter((verb) => verb === 'initialized'), requirement('9.3.2.0-3')).toHaveLength(1);
    expect(verbs.at(-1), requirement('9.3.8.0-2')).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'terminated'), requirement('9.3.0.0-5')).toHaveLength(1);
    // Nothing after terminated: by the AU's clock and in the order the LRS stored them.
    const storedLast = [...own].sort((a, b) => a.stored.localeCompare(b.stored)).at(-1);
    expect(storedLast && verbOf(storedLast), `${requirement('9.3.0.0-5')} (the last one the LRS stored)`).toBe('terminated');
    expect(verbs.filter((verb) => verb === 'passed' || verb === 'failed').length, requirement('9.3.0.0-3')).toBeLessThanOrEqual(1);
    if (launch.mode !== 'Normal') expect(verbs.filter((verb) => ['passed', 'failed', 'completed'].includes(verb)), requirement(launch.mode === 'Browse' ? '10.2.2.0-9' : '10.2.2.0-11')).toEqual([]);
    for (const statement of own) {
      const isDefined = DEFINED.includes(verbOf(statement));
      const categories = (statement.context.contextActivities?.['category'] ?? []).map((activity) => activity.id);
      const grouping = (statement.context.contextActivities?.['grouping'] ?? []).map((activity) => activity.id);
      expect(grouping.length, requirement('9.6.2.0-1')).toBeGreaterThan(0);
      if (isDefined) {
        expect(statement.object.id, requirement('8.1.5.0-6')).toBe(launch.activityId);
        expect(categories, requirement('9.6.2.1-1')).toContain(CMI5_CATEGORY);
        const judges = statement.result?.['success'] !== undefined || statement.result?.['completion'] !== undefined;
        if (judges) expect(categories, requirement('9.6.2.2-1')).toContain(MOVEON_CATEGORY);
        else expect(categories, requirement('9.6.2.2-2')).not.toContain(MOVEON_CATEGORY);
        if (verbOf(statement) !== 'initialized') expect(statement.result?.['duration'], requirement('9.5.4.1-1')).toMatch(/^PT/);
      } else {
        expect(categories, 'cmi5 allowed statements carry no cmi5 category (9.6.2.1)').not.toContain(CMI5_CATEGORY);
      }
    }
  }
  const verbs = statements.map(verbOf);
  expect(verbs.filter((verb) => verb === 'completed').length, requirement('9.3.0.0-6')).toBeLessThanOrEqual(1);
  expect(verbs.filter((verb) => verb === 'passed').length, requirement('9.3.0.0-7')).toBeLessThanOrEqual(1);
  const passedAt = verbs.indexOf('passed');
  if (passedAt >= 0) expect(verbs.slice(passedAt).filter((verb) => verb === 'failed'), requirement('9.3.0.0-8')).toEqual([]);
  for (const statement of statements.filter((s) => verbOf(s) === 'passed')) expect(statement.result?.['success'], requirement('9.5.2.0-1')).toBe(true);
  for (const statement of statements.filter((s) => verbOf(s) === 'failed')) expect(statement.result?.['success'], requirement('9.5.2.0-2')).toBe(false);
}
