import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { builtModules, firstModule, knowledgeCheckOf, lessonIdsOf } from './support/course-data.ts';
import { closeCourse, courseRollup, launchPackage, lmsErrors, lmsToc, scoCalls, scoRecord, scoSessions, type ScormVersion } from './support/lms.ts';
import { seedCmi } from './support/cmi.ts';
import { answerQuiz, followLink, readLessons } from './support/learner.ts';
import { emptyState, encodeSavedState } from '../../src/learning/saved-state.ts';
import type { PackagedModule } from '../../src/integration/packaged-course.ts';

// The whole-course package as an organisation runs it: one SCO per module in one LMS activity.
// The test LMS reads the table of contents from the manifest, keeps a record per SCO and, in
// SCORM 2004, lets scorm-again's sequencing engine roll the course up by the manifest's rules.
// One module is walked in depth; the others launch quickly, or resume a finished state the LMS
// kept from earlier sessions, so the file stays fast.
const modules = builtModules();
const deep = firstModule();
const check = knowledgeCheckOf(deep.id);
const itemId = (module: PackagedModule) => `oov-leermodule.cursus.${module.id}.item`;
const others = modules.filter((module) => module.id !== deep.id);

/** What the LMS kept of a module finished in an earlier session: every lesson read, the check passed. */
function finishedRecord(version: ScormVersion, module: PackagedModule): Record<string, unknown> {
  const state = { ...emptyState('seed'), visitedLessonIds: lessonIdsOf(module), check: { raw: 10, max: 10, isPassed: true, weakObjectives: [], passedOn: '2026-11-30' } };
  return seedCmi(version, { entry: '', status: 'passed', score: 100, passMark: module.passMark, suspendData: encodeSavedState(state) });
}

/** Waits until the SCO has opened its session: a learner who leaves earlier leaves no record. */
async function expectSessionOpen(page: Page, module: PackagedModule, sessions = 1): Promise<void> {
  await expect.poll(async () => (await scoCalls(page, itemId(module))).filter((call) => /Initialize/.test(call.name) && call.result === 'true').length).toBe(sessions);
}

/** 1.2 reports one lesson_status; 2004 completion and success apart. */
function statusOf(version: ScormVersion, record: Record<string, any> | null): string {
  if (!record) return 'no record';
  return version === '1.2' ? record['core'].lesson_status : `${record['completion_status']}/${record['success_status']}`;
}

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const packageName = `oov-leermodule-cursus-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;
  const passed = version === '1.2' ? 'passed' : 'completed/passed';
  const unfinished = version === '1.2' ? 'incomplete' : 'incomplete/unknown';

  test.describe(`SCORM ${version}: the whole-course package`, () => {
    test('every module SCO launches from the table of contents and reports to its own record, from which it resumes', async ({ page }) => {
      const course = await launchPackage(page, { version, packageName });
      const toc = await lmsToc(page);
      expect(toc.map(({ id, title, href, passMark }) => ({ id, title, href, passMark }))).toEqual(modules.map((module) => ({ id: itemId(module), title: module.title, href: module.launchPage, passMark: module.passMark })));

      // The first SCO: the learner opens the first lesson, so this SCO has a bookmark of its own.
      await expect(course.getByRole('heading', { level: 1, name: deep.title })).toBeVisible();
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1, name: deep.lessonTitles[0]!, exact: true })).toBeVisible();
      for (const module of others) {
        await page.getByRole('navigation', { name: 'Inhoud van de cursus' }).getByRole('button', { name: module.title }).click();
        await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
        await expect(course.getByText('Je bent nog niet begonnen.')).toBeVisible();
        await expectSessionOpen(page, module);
      }
      // Back to the first module: it resumes from its own record, not from the SCO before it.
      await page.getByRole('button', { name: deep.title }).click();
      await expect(course.getByText(/Welkom terug/)).toBeVisible();
      await expect(course.getByRole('heading', { level: 1, name: deep.lessonTitles[0]!, exact: true })).toBeVisible();
      await closeCourse(page);

      const [firstLesson] = lessonIdsOf(deep);
      for (const module of modules) {
        const record = (await scoRecord(page, itemId(module)))!;
        const calls = (await scoCalls(page, itemId(module))).map((call) => call.name);
        const sessions = module.id === deep.id ? 2 : 1;
        expect(await scoSessions(page, itemId(module))).toBe(sessions);
        expect(calls.filter((name) => /Initialize/.test(name)), module.id).toHaveLength(sessions);
        expect(calls.filter((name) => /Finish|Terminate/.test(name)), module.id).toHaveLength(sessions);
        expect(statusOf(version, record), module.id).toBe(unfinished);
        const saved = JSON.parse(record['suspend_data']) as { s: string[] };
        if (version === '1.2') {
          expect(record['core'].lesson_location, module.id).toBe(module.id === deep.id ? firstLesson : '');
          expect(record['student_data'].mastery_score, module.id).toBe(String(module.passMark));
        } else {
          expect(record['location'], module.id).toBe(module.id === deep.id ? firstLesson : '');
          expect(record['scaled_passing_score'], module.id).toBe(String(module.passMark / 100));
        }
        expect(saved.s, module.id).toEqual(module.id === deep.id ? [firstLesson] : []);
      }
      expect(await lmsErrors(page)).toEqual([]);
      if (version === '2004') {
        const rollup = await courseRollup(page);
        expect(rollup.course.completionStatus).not.toBe('completed');
        expect(rollup.course.successStatus).not.toBe('passed');
      }
    });

    test('the course counts as complete only once every module is: the others finished earlier, the last one walked and passed', async ({ page }) => {
      test.slow();
      const scos = Object.fromEntries(others.map((module) => [itemId(module), finishedRecord(version, module)]));
      const course = await launchPackage(page, { version, packageName, sco: itemId(others[0]!), scos });
      for (const [index, module] of others.entries()) {
        if (index > 0) await page.getByRole('button', { name: module.title }).click();
        await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
        await expect(course.getByText('Module afgerond')).toBeVisible();
        await expectSessionOpen(page, module);
      }

      // The learner takes the last module from the start: reads every lesson and passes the check.
      await page.getByRole('button', { name: deep.title }).click();
      await expect(course.getByRole('heading', { level: 1, name: deep.title })).toBeVisible();
      for (const module of others) expect(statusOf(version, await scoRecord(page, itemId(module))), module.id).toBe(passed);
      if (version === '2004') {
        // Five of six modules done: the course is neither completed nor satisfied (rollup rules "all").
        const { course: rolledUp, scos: activities } = await courseRollup(page);
        expect(rolledUp.completionStatus).not.toBe('completed');
        expect(rolledUp.successStatus).not.toBe('passed');
        for (const module of others) expect(activities[itemId(module)], module.id).toMatchObject({ completionStatus: 'completed', successStatus: 'passed' });
        await expect(page.locator('#course-status')).not.toContainText('completed, passed');
      }
      await followLink(course, 'Begin met de module');
      await readLessons(course, deep.lessonTitles);
      await answerQuiz(course, check, () => true);
      await expect(course.getByRole('status').filter({ hasText: 'Je hebt deze module afgerond' })).toBeVisible();
      await closeCourse(page);

      const record = (await scoRecord(page, itemId(deep)))!;
      expect(statusOf(version, record)).toBe(passed);
      expect(version === '1.2' ? record['core'].score.raw : record['score'].raw).toBe('100');
      expect(await lmsErrors(page)).toEqual([]);
      if (version === '2004') {
        const { course: rolledUp } = await courseRollup(page);
        expect(rolledUp).toMatchObject({ completionStatus: 'completed', successStatus: 'passed' });
        await expect(page.locator('#course-status')).toHaveText('Cursus: completed, passed');
      }
    });
  });
}
