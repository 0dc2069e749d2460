import { test, expect } from './support/fixtures.ts';
import { firstModule, knowledgeCheckOf, lessonIdsOf } from './support/course-data.ts';
import { closeCourse, expectOneSession, launchCourse, lmsData, lmsErrors, type ScormVersion } from './support/lms.ts';
import { moodleCommitBytes, readCmi, relaunchSeed, seedCmi } from './support/cmi.ts';
import { COMMIT_BUDGET_BYTES } from '../../src/course/lms-payload-budget.ts';
import { answerQuiz, followLink, gradedOf, readLessons } from './support/learner.ts';

// The deep journey runs on module 1 for each SCORM version; other packages get a quick launch elsewhere.
const module = firstModule();
const check = knowledgeCheckOf(module.id);
const lessonTitles = module.lessonTitles;
const sessionTimeFormat: Record<ScormVersion, RegExp> = {
  '1.2': /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  '2004': /^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/,
};

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const packageName = `${module.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;

  test.describe(`SCORM ${version}: ${module.id}`, () => {
    test('a learner reads every lesson, fails the check, resumes at the bookmark with answers restored, and passes a fresh draw', async ({ browser }) => {
      // First session: read everything by keyboard, fail the knowledge check, leave.
      const first = await browser.newPage();
      let course = await launchCourse(first, { version, packageName, launchPage: module.launchPage, cmi: seedCmi(version, { passMark: module.passMark }) });
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await followLink(course, 'Begin met de module');
      await readLessons(course, lessonTitles);
      const firstAttempt = gradedOf(check, await answerQuiz(course, check, () => false));
      await expect(course.getByRole('status').filter({ hasText: 'Nog niet gehaald' })).toBeVisible();

      const failed = readCmi(version, await lmsData(first));
      expect(failed.success).toBe('failed');
      expect(failed.raw).toBe('0');
      expect(failed.interactions).toHaveLength(firstAttempt.length);
      const [firstId] = firstAttempt;
      const firstInteraction = failed.interactions.find((entry) => entry.id === firstId);
      expect(firstInteraction.result).toBe(version === '1.2' ? 'wrong' : 'incorrect');

      await closeCourse(first);
      const suspended = readCmi(version, await lmsData(first));
      expect(suspended.exit).toBe('suspend');
      expect(suspended.sessionTime).toMatch(sessionTimeFormat[version]);
      expect(suspended.location.split('#')[0]).toBe(lessonIdsOf(module).at(-1));
      await expectOneSession(first, version);
      expect(await lmsErrors(first)).toEqual([]);
      const saved = await lmsData(first);
      await first.close();

      // Second session: the LMS relaunches with the saved data; the course opens at the bookmark,
      // shows which answers were wrong without giving the right ones away, and offers a retake.
      const second = await browser.newPage();
      course = await launchCourse(second, { version, packageName, launchPage: module.launchPage, cmi: seedCmi(version, relaunchSeed(version, saved, module.passMark)) });
      await expect(course.getByRole('heading', { level: 1, name: lessonTitles.at(-1)! })).toBeVisible();
      await expect(course.getByText(/Welkom terug/)).toBeVisible();
      const restored = course.locator(`[data-question-id="${firstId}"]`);
      await expect(restored.locator('.verdict')).toHaveText('✗ Niet goed');
      await expect(restored.getByText('Lees nog eens:')).toBeVisible();
      await expect(course.getByRole('status').filter({ hasText: 'Nog niet gehaald' })).toBeVisible();

      const retake = course.getByRole('button', { name: 'Maak de kennischeck opnieuw' });
      await retake.focus();
      await retake.press('Enter');
      const secondAttempt = gradedOf(check, await answerQuiz(course, check, () => true));
      await expect(course.getByRole('status').filter({ hasText: 'Je hebt deze module afgerond' })).toBeVisible();
      await followLink(course, 'Terug naar het overzicht');
      await expect(course.getByText('Module afgerond')).toBeVisible();
      await expect(course.getByText(`Gehaald (${secondAttempt.length} van ${secondAttempt.length} goed)`).first()).toBeVisible();

      await closeCourse(second);
      const passed = readCmi(version, await lmsData(second));
      expect(passed.success).toBe('passed');
      expect(passed.status).toBe(version === '1.2' ? 'passed' : 'completed');
      expect(passed.exit).toBe(version === '1.2' ? '' : 'normal');
      expect(passed.raw).toBe('100');
      expect(passed.sessionTime).toMatch(sessionTimeFormat[version]);
      // SCORM 1.2 keeps a journal of every answer; SCORM 2004 one entry per question with its latest answer.
      const expectedCount = version === '1.2' ? firstAttempt.length + secondAttempt.length : new Set([...firstAttempt, ...secondAttempt]).size;
      expect(passed.interactions).toHaveLength(expectedCount);
      // Moodle's 2004 player re-sends all of this at page close in one beacon (64 KiB at most).
      if (version === '2004') {
        const finalCommit = moodleCommitBytes(await lmsData(second));
        test.info().annotations.push({ type: 'Moodle final commit', description: `${finalCommit} B after a failed and a passed attempt` });
        expect(finalCommit).toBeLessThan(COMMIT_BUDGET_BYTES);
      }
      await expectOneSession(second, version);
      expect(await lmsErrors(second)).toEqual([]);
      await second.close();
    });

    test('a learner who opens the overview and leaves makes no LMS call that fails', async ({ page }) => {
      const course = await launchCourse(page, { version, packageName, launchPage: module.launchPage, cmi: seedCmi(version, { passMark: module.passMark }) });
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await expect(course.getByText('Je bent nog niet begonnen.')).toBeVisible();
      await closeCourse(page);
      expect(await lmsErrors(page)).toEqual([]);
      await expectOneSession(page, version);
      const held = readCmi(version, await lmsData(page));
      expect(held.exit).toBe('suspend');
      expect(held.location).toBe('');
    });
  });
}
