import type { ConsoleMessage } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { firstModule, knowledgeCheckOf, lessonIdsOf } from './support/course-data.ts';
import { closeCourse, launchCourse, lmsCalls, lmsData, lmsErrors, setLmsFaults, type ScormVersion } from './support/lms.ts';
import { readCmi, relaunchSeed, seedCmi } from './support/cmi.ts';
import { answerQuestion, answerQuiz, followLink, openQuiz, shownQuestionIds } from './support/learner.ts';

// Faults real LMSs produce, injected into scorm-again's runtime by the test LMS (tests/e2e/lms/host.js).
const module = firstModule();
const check = knowledgeCheckOf(module.id);
const lessonIds = lessonIdsOf(module);
const questionById = new Map(check.questions.map((question) => [question.id, question]));
const checkTitle = module.lessonTitles.at(-1)!;
const notice = (course: ReturnType<Parameters<typeof launchCourse>[0]['frameLocator']>) => course.locator('#opslagmelding');

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const packageName = `${module.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;
  const launch = (page: Parameters<typeof launchCourse>[0], seed: Parameters<typeof seedCmi>[1] = {}, extra: { apiDelayMs?: number; noApi?: boolean } = {}) =>
    launchCourse(page, { version, packageName, launchPage: module.launchPage, cmi: seedCmi(version, { passMark: module.passMark, ...seed }), ...extra });

  test.describe(`SCORM ${version}: LMS faults`, () => {
    test('a commit that fails for a while shows a calm notice, lets the learner go on, and saves everything once the LMS recovers', async ({ page }) => {
      const course = await launch(page);
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await setLmsFaults(page, [{ method: 'Commit', mode: 'false', times: 2 }]);
      await followLink(course, 'Begin met de module');
      await expect(notice(course)).toContainText('niet opgeslagen');
      await followLink(course, /^Volgende/);
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(notice(course)).toContainText('weer opgeslagen', { timeout: 20_000 });
      const held = readCmi(version, await lmsData(page));
      expect(held.location).toBe(lessonIds[1]);
      expect(JSON.parse(held.suspendData).s).toEqual(lessonIds.slice(0, 2));
      expect((await lmsCalls(page)).filter((call) => /Commit$/.test(call.name)).at(-1)?.result).toBe('true');
    });

    test('an LMS API that throws does not break the course', async ({ page }) => {
      const course = await launch(page);
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await setLmsFaults(page, [{ method: 'SetValue', mode: 'throw', times: 4 }, { method: 'Commit', mode: 'throw', times: 1 }]);
      await followLink(course, 'Begin met de module');
      await expect(notice(course)).toContainText('niet opgeslagen');
      await followLink(course, /^Volgende/);
      await expect(notice(course)).toContainText('weer opgeslagen', { timeout: 20_000 });
      expect(readCmi(version, await lmsData(page)).location).toBe(lessonIds[1]);
    });

    test('an API the LMS creates late is still found, and one session is opened', async ({ page }) => {
      const course = await launch(page, {}, { apiDelayMs: 1_000 });
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
      await expect.poll(async () => readCmi(version, await lmsData(page)).location).toBe(lessonIds[0]);
      const initializes = (await lmsCalls(page)).filter((call) => /Initialize$/.test(call.name));
      expect(initializes).toHaveLength(1);
      await expect(notice(course)).not.toContainText('leeromgeving reageert niet');
    });

    test('without any LMS API the course runs on its own and says so', async ({ page }) => {
      const course = await launch(page, {}, { noApi: true });
      await expect(notice(course)).toContainText('De leeromgeving reageert niet', { timeout: 10_000 });
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1, name: /bureaucratie/i })).toBeVisible();
      await followLink(course, 'Terug naar het overzicht');
      await expect(course.getByText('Bekeken').first()).toBeVisible();
    });

    test('an API that disappears mid-session leaves the learner working, with a notice', async ({ page }) => {
      const course = await launch(page);
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => (window as unknown as { __removeApi: () => void }).__removeApi());
      await followLink(course, /^Volgende/);
      await expect(notice(course)).toContainText('niet opgeslagen');
      await followLink(course, /^Volgende/);
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });

  test.describe(`SCORM ${version}: what LMSs hand over at launch`, () => {
    test('entry "" with saved data in the first release\'s format still restores the answers', async ({ page }) => {
      // Saved by v1 of the course: the migration carries it into today's format.
      const answered = (id: string) => JSON.stringify({ v: 1, s: lessonIds, a: { [id]: [0, 'x'] } });
      let course = await launch(page, { entry: '', location: lessonIds.at(-1)! });
      await openQuiz(course, check.id);
      const [shown] = await shownQuestionIds(course, check.id);
      course = await launch(page, { entry: '', location: lessonIds.at(-1)!, suspendData: answered(shown!) });
      await expect(course.getByRole('heading', { level: 1, name: checkTitle })).toBeVisible();
      await openQuiz(course, check.id);
      await expect(course.locator(`[data-question-id="${shown}"] .verdict`)).toHaveText('✗ Niet goed');
    });

    test('"resume" with empty data starts cleanly at the overview', async ({ page }) => {
      const course = await launch(page, { entry: 'resume' });
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await expect(course.getByText('Nog niet bekeken').first()).toBeVisible();
    });

    test('a pass from an earlier attempt is never downgraded', async ({ page }) => {
      const course = await launch(page, { entry: 'resume', status: 'passed', score: 80 });
      await followLink(course, checkTitle);
      await answerQuiz(course, check, () => false);
      await expect(course.getByRole('status').filter({ hasText: 'Gehaald' })).toBeVisible();
      await closeCourse(page);
      const held = readCmi(version, await lmsData(page));
      expect(held.success).toBe('passed');
      expect(held.raw).toBe('80');
    });

    test('a relaunch that starts a new attempt with empty data starts cleanly', async ({ page }) => {
      const course = await launch(page, { entry: 'ab-initio', status: 'failed' });
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await followLink(course, checkTitle);
      await expect(course.getByRole('button', { name: 'Controleer antwoord' }).first()).toBeVisible();
    });

    test('garbage saved data and a bookmark to a removed lesson start cleanly and log what was dropped', async ({ page }) => {
      const warnings: string[] = [];
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      const course = await launch(page, { entry: 'resume', location: '07-verwijderde-les', suspendData: 'viewed=1,2,3|%%%' });
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await expect(course.getByText('Nog niet bekeken').first()).toBeVisible();
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1 })).toBeVisible();
      expect(warnings.join('\n')).toContain('saved progress is not JSON');
    });
  });

  test.describe(`SCORM ${version}: known LMS deviations`, () => {
    test('no cmi.interactions._count: every answer still gets its own interaction', async ({ page }) => {
      const course = await launch(page);
      await setLmsFaults(page, [{ method: 'GetValue', element: 'cmi.interactions._count', mode: 'error' }]);
      await followLink(course, checkTitle);
      await openQuiz(course, check.id);
      const [a, b] = await shownQuestionIds(course, check.id);
      await answerQuestion(course, questionById.get(a!)!, true);
      await answerQuestion(course, questionById.get(b!)!, true);
      const ids = readCmi(version, await lmsData(page)).interactions.map((interaction) => interaction.id);
      expect(ids).toEqual([a, b]);
    });

    test('interactions rejected with an error: progress and score are still saved, without alarming the learner', async ({ page }) => {
      const course = await launch(page);
      await setLmsFaults(page, [{ method: 'SetValue', element: 'cmi.interactions.', mode: 'false' }]);
      await followLink(course, checkTitle);
      await answerQuiz(course, check, () => true);
      const held = readCmi(version, await lmsData(page));
      expect(held.success).toBe('passed');
      expect(held.raw).toBe('100');
      await expect(notice(course)).not.toContainText('niet opgeslagen');
    });

    test('no lesson_mode or mode: the course runs normally', async ({ page }) => {
      const course = await launch(page, { omitMode: true });
      await followLink(course, 'Begin met de module');
      await expect.poll(async () => readCmi(version, await lmsData(page)).location).toBe(lessonIds[0]);
    });

    test('Commit answering null during page hide: the final Terminate carries the data', async ({ page }) => {
      const course = await launch(page);
      await followLink(course, 'Begin met de module');
      await followLink(course, /^Volgende/);
      await expect.poll(async () => readCmi(version, await lmsData(page)).location).toBe(lessonIds[1]);
      await setLmsFaults(page, [{ method: 'Commit', mode: 'null' }]);
      await closeCourse(page);
      const held = readCmi(version, await lmsData(page));
      expect(held.location).toBe(lessonIds[1]);
      expect(held.exit).toBe('suspend');
      expect(held.sessionTime).not.toBe('');
      const names = (await lmsCalls(page)).map((call) => call.name);
      expect(names.at(-1)).toMatch(/Finish|Terminate/);
    });

    test('a relaunch restores exactly what the previous session committed', async ({ browser }) => {
      const first = await browser.newPage();
      let course = await launch(first);
      await followLink(course, checkTitle);
      await openQuiz(course, check.id);
      const [shown] = await shownQuestionIds(course, check.id);
      await answerQuestion(course, questionById.get(shown!)!, true);
      await closeCourse(first);
      const saved = await lmsData(first);
      await first.close();
      const second = await browser.newPage();
      course = await launchCourse(second, { version, packageName, launchPage: module.launchPage, cmi: seedCmi(version, relaunchSeed(version, saved, module.passMark)) });
      await expect(course.locator(`[data-question-id="${shown}"] .verdict`)).toHaveText('✓ Goed');
      await second.close();
    });

    test('at page close the course does not commit before Terminate: Terminate commits, and Moodle sends one request, not two', async ({ page }) => {
      const course = await launch(page);
      await followLink(course, 'Begin met de module');
      await expect.poll(async () => readCmi(version, await lmsData(page)).location).toBe(lessonIds[0]);
      const before = (await lmsCalls(page)).length;
      await closeCourse(page);
      const atClose = (await lmsCalls(page)).slice(before).map((call) => call.name);
      expect(atClose.filter((name) => /Commit$/.test(name))).toEqual([]);
      expect(atClose.at(-1)).toMatch(/Finish|Terminate/);
      expect(readCmi(version, await lmsData(page)).sessionTime).not.toBe('');
    });
  });

  test.describe(`SCORM ${version}: a finished attempt opened in review`, () => {
    for (const mode of ['review', 'browse'] as const) {
      test(`${mode} mode shows the learner's answers and writes nothing`, async ({ page }) => {
        // A finished attempt as an LMS holds it: passed, with saved progress.
        const saved = JSON.stringify({ v: 2, s: lessonIds, a: {}, k: [10, 12, 1, [], '2026-11-30'], x: 'abc123' });
        const course = await launch(page, { entry: '', mode, status: 'passed', score: 83.33, location: lessonIds.at(-1)!, suspendData: saved });
        await expect(course.locator('#opslagmelding')).toContainText('niet opgeslagen en verandert niets');
        await followLink(course, 'Terug naar het overzicht');
        await expect(course.getByText('Module afgerond')).toBeVisible();
        await followLink(course, 'Bekijk de module opnieuw');
        await closeCourse(page);
        const writes = (await lmsCalls(page)).filter((call) => /SetValue|Commit$/.test(call.name));
        expect(writes).toEqual([]);
        expect(await lmsErrors(page)).toEqual([]);
        const held = readCmi(version, await lmsData(page));
        expect(held.suspendData).toBe(saved);
        expect(held.success).toBe('passed');
      });
    }
  });
}
