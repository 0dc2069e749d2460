import { randomUUID } from 'node:crypto';
import { test, expect } from './support/fixtures.ts';
import { firstModule, knowledgeCheckOf } from './support/course-data.ts';
import { answerQuestion, followLink, shownQuestionIds } from './support/learner.ts';
import { closeCmi5Course, expectCmi5Rules, launchCmi5, reloadCoursePage, setLrsFaults, statementsOf, verbOf, waitForSessions, type Cmi5LaunchParameters } from './support/cmi5.ts';
import { mulberry32 } from '../../src/learning/seeded-shuffle.ts';
import { nl } from '../../src/i18n/nl.ts';

// cmi5 under faults, against the real LRS behind the test LMS: an LRS that is down for a while,
// a fetch URL that gives no token, and learners who close the course at random moments.
const module = firstModule();
const check = knowledgeCheckOf(module.id);
const packageName = `${module.id}-cmi5`;
const checkTitle = module.lessonTitles.at(-1)!;
const graded = check.questions.filter((question) => question.type !== 'reflection');
const interactionOf = (id: string) => (statement: { object: { id: string } }) => statement.object.id.endsWith(`/interactions/${id}`);

test.beforeEach(({ network }) => {
  network.allowFailures('stateId=oov-leermodule.progress');
});

test('while the LRS is down the learner keeps working; the statements arrive later, in the order given', async ({ page, network }) => {
  test.setTimeout(120_000);
  network.allowFailures('/cmi5/xapi/statements');
  const registration = randomUUID();
  const { course, launched } = await launchCmi5(page, { packageName, registration });
  await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  await expect.poll(async () => (await statementsOf(registration)).map(verbOf)).toEqual(['initialized']);

  await setLrsFaults(registration, { lrsDown: true });
  await followLink(course, checkTitle);
  const shown = await shownQuestionIds(course, check.id);
  const given = shown.filter((id) => graded.some((q) => q.id === id)).slice(0, 3);
  expect(given, 'the check shows three graded questions to answer').toHaveLength(3);
  for (const id of given) await answerQuestion(course, check.questions.find((q) => q.id === id)!, true);
  // The first answer waits for the island to hydrate, then fails against the LRS: allow a slow machine.
  await expect(course.getByText(nl.saveDelayed)).toBeVisible({ timeout: 20_000 });
  expect((await statementsOf(registration)).map(verbOf)).toEqual(['initialized']);

  await setLrsFaults(registration, { lrsDown: false });
  await expect(course.getByText(nl.saveRecovered)).toBeVisible({ timeout: 40_000 });
  // "Recovered" shows at the first delivery that succeeds; the rest of the queue follows in order.
  const arrived = async () => (await statementsOf(registration)).filter((s) => verbOf(s) === 'answered').map((s) => s.object.id.split('/interactions/')[1]);
  await expect.poll(arrived, { timeout: 20_000 }).toEqual(given);
  await closeCmi5Course(page);
  expectCmi5Rules(await waitForSessions(registration, 1), [{ ...launched, mode: 'Normal' }]);
});

test('a fetch URL that gives no token: a calm Dutch notice, and the course stays readable', async ({ page }) => {
  const registration = randomUUID();
  const { course } = await launchCmi5(page, { packageName, registration, fetchFails: true });
  await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  await expect(course.getByRole('status').filter({ hasText: nl.lmsNoAccess })).toBeVisible();
  await followLink(course, 'Begin met de module');
  await expect(course.getByRole('heading', { level: 1, name: module.lessonTitles[0]!, exact: true })).toBeVisible();
  await closeCmi5Course(page);
  expect(await statementsOf(registration), 'without a token nothing reaches the LRS').toEqual([]);
});

test('a reload while initialized is still on its way ends that session too: initialized, then terminated, for each', async ({ page }) => {
  const registration = randomUUID();
  await setLrsFaults(registration, { holdMs: 1_500 });
  const initializedSent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/cmi5/xapi/statements'));
  const { course } = await launchCmi5(page, { packageName, registration });
  await initializedSent;
  await reloadCoursePage(page);
  await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  await setLrsFaults(registration, { holdMs: 0 });
  await expect.poll(async () => (await statementsOf(registration)).filter((s) => verbOf(s) === 'initialized').length, { timeout: 15_000 }).toBe(2);
  await closeCmi5Course(page);
  const statements = await waitForSessions(registration, 2);
  const byClock = [...statements].sort((a, b) => a.timestamp.localeCompare(b.timestamp)).map(verbOf);
  expect(byClock, 'each session opens with initialized and ends with terminated, each stored once').toEqual(['initialized', 'terminated', 'initialized', 'terminated']);
});

test('a learner who follows a link before the page\u2019s scripts have run still gets a cmi5 session on the next page', async ({ page, network }) => {
  // The scripts of the first page arrive late; the click is a plain navigation that drops the
  // launch parameters from the URL, and the first page's requests still on their way are cut off.
  network.allowFailures('/_astro/');
  const registration = randomUUID();
  const release: Array<() => void> = [];
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise<void>((resolve) => release.push(resolve));
    await route.continue().catch(() => undefined);
  });
  const { course } = await launchCmi5(page, { packageName, registration });
  await followLink(course, 'Begin met de module');
  await expect(course.getByRole('heading', { level: 1, name: module.lessonTitles[0]!, exact: true })).toBeVisible();
  await page.unroute('**/_astro/*.js');
  for (const resolve of release) resolve();
  await expect.poll(async () => (await statementsOf(registration)).map(verbOf), { timeout: 15_000 }).toEqual(['initialized']);
  await expect(course.getByText(nl.lmsNoAccess)).toHaveCount(0);
  await closeCmi5Course(page);
  await waitForSessions(registration, 1);
});

const RUNS = 16;

test(`${RUNS} sessions closed at random moments lose no answer: each is in the LRS and in the State API`, async ({ browser }) => {
  test.setTimeout(480_000);
  const next = mulberry32(5005);
  const registration = randomUUID();
  const launches: Array<Cmi5LaunchParameters & { mode: 'Normal' }> = [];
  const answeredSoFar = new Set<string>();
  const outcomes: string[] = [];

  for (let run = 1; run <= RUNS; run += 1) {
    const page = await browser.newPage();
    const { course, launched } = await launchCmi5(page, { packageName, registration });
    launches.push({ ...launched, mode: 'Normal' });
    const landing = run === 1 ? module.title : checkTitle;
    await expect(course.getByRole('heading', { level: 1, name: landing, exact: true })).toBeVisible();
    if (run === 1) await followLink(course, checkTitle);
    const quiz = course.locator(`[data-quiz-id="${check.id}"]`);
    await expect(quiz).toHaveAttribute('data-ready', 'true');
    const shown = (await shownQuestionIds(course, check.id)).map((id) => check.questions.find((question) => question.id === id)!);
    // What the State API held is what the learner sees again.
    for (const question of shown) {
      if (answeredSoFar.has(question.id)) await expect(course.locator(`[data-question-id="${question.id}"]`), `run ${run}, ${question.id}`).not.toHaveAttribute('data-state', 'open');
    }
    const open = shown.filter((question) => !answeredSoFar.has(question.id));
    const given: string[] = [];
    const count = Math.floor(next() * Math.min(3, open.length + 1));
    for (const question of open.sort(() => next() - 0.5).slice(0, count)) {
      await answerQuestion(course, question, next() < 0.5);
      given.push(question.id);
    }
    if (open.length === 0) {
      const retry = course.getByRole('button', { name: 'Maak de kennischeck opnieuw' });
      if (await retry.count()) {
        await retry.press('Enter');
        answeredSoFar.clear();
      }
    }
    await page.waitForTimeout(Math.floor(next() * 300));
    await closeCmi5Course(page);
    const statements = await waitForSessions(registration, run);
    for (const id of given) {
      expect(statements.filter(interactionOf(id)).length, `run ${run}: the answer to ${id} reached the LRS`).toBeGreaterThan(0);
      answeredSoFar.add(id);
    }
    outcomes.push(`run ${run}: ${given.length} answered`);
    await page.close();
  }
  expectCmi5Rules(await statementsOf(registration), launches);
  test.info().annotations.push({ type: 'runs', description: outcomes.join('; ') });
});
