import { test, expect } from './support/fixtures.ts';
import { firstModule, knowledgeCheckOf, lessonIdsOf } from './support/course-data.ts';
import { closeCourse, launchCourse, lmsData, lmsErrors, type ScormVersion } from './support/lms.ts';
import { readCmi, relaunchSeed, seedCmi } from './support/cmi.ts';
import { answerQuestion, followLink, shownQuestionIds } from './support/learner.ts';
import { mulberry32 } from '../../src/learning/seeded-shuffle.ts';

// The learner closes the tab at random moments. Each run relaunches from what the LMS held after
// the previous close, does a few random things, and closes again after a random pause. The
// generator is seeded, so a failing run can be replayed.
const RUNS_PER_VERSION = 16;
const module = firstModule();
const lessonIds = lessonIdsOf(module);
const check = knowledgeCheckOf(module.id);
const checkTitle = module.lessonTitles.at(-1)!;

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const packageName = `${module.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;

  test(`SCORM ${version}: ${RUNS_PER_VERSION} sessions closed at random moments each resume exactly what was committed`, async ({ browser }) => {
    test.setTimeout(480_000);
    const seed = version === '1.2' ? 1204 : 2004;
    const next = mulberry32(seed);
    let saved: Record<string, any> | null = null;
    const outcomes: string[] = [];

    for (let run = 1; run <= RUNS_PER_VERSION; run += 1) {
      const page = await browser.newPage();
      const cmi = seedCmi(version, saved ? relaunchSeed(version, saved, module.passMark) : { passMark: module.passMark });
      const course = await launchCourse(page, { version, packageName, launchPage: module.launchPage, cmi });
      const committedBefore: Record<string, unknown[]> = saved ? JSON.parse(readCmi(version, saved).suspendData || '{"a":{}}').a : {};

      // The relaunch opens where the learner was (the bookmark), then shows exactly the answers the LMS held.
      const bookmark = saved ? readCmi(version, saved).location.split('#')[0]! : '';
      const landing = bookmark ? module.lessonTitles[lessonIds.indexOf(bookmark)]! : module.title;
      await expect(course.getByRole('heading', { level: 1, name: landing, exact: true })).toBeVisible();
      if (landing !== checkTitle) {
        if (bookmark) await followLink(course, 'Terug naar het overzicht');
        await followLink(course, checkTitle);
      }
      const quiz = course.locator(`[data-quiz-id="${check.id}"]`);
      await expect(quiz).toHaveAttribute('data-ready', 'true');
      const shown = (await shownQuestionIds(course, check.id)).map((id) => check.questions.find((question) => question.id === id)!);
      for (const question of shown) {
        const expected = committedBefore[question.id] ? (committedBefore[question.id]![0] === 1 ? 'correct' : 'incorrect') : 'open';
        await expect(course.locator(`[data-question-id="${question.id}"]`), `run ${run}, ${question.id}`).toHaveAttribute('data-state', expected);
      }

      // A few random answers, then a close after a random pause (sometimes none at all).
      const open = shown.filter((q) => !committedBefore[q.id]);
      const given: string[] = [];
      const count = Math.floor(next() * Math.min(3, open.length + 1));
      for (const question of open.sort(() => next() - 0.5).slice(0, count)) {
        await answerQuestion(course, question, next() < 0.5);
        given.push(question.id);
      }
      if (open.length === 0) {
        const retry = course.getByRole('button', { name: 'Maak de kennischeck opnieuw' });
        if (await retry.count()) await retry.press('Enter');
      }
      await page.waitForTimeout(Math.floor(next() * 300));
      await closeCourse(page);

      saved = await lmsData(page);
      const committed = JSON.parse(readCmi(version, saved).suspendData).a as Record<string, unknown>;
      for (const id of given) expect(committed[id], `run ${run}: answer to ${id} was committed`).toBeDefined();
      expect(await lmsErrors(page)).toEqual([]);
      outcomes.push(`run ${run}: ${given.length} answered, ${Object.keys(committed).length} held`);
      await page.close();
    }
    test.info().annotations.push({ type: 'runs', description: outcomes.join('; ') });
  });
}
