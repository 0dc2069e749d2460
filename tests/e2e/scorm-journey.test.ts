import { expect, test } from '@playwright/test';
import { builtModules, knowledgeCheckOf } from './support/course-data.ts';
import { closeCourse, expectOneSession, launchCourse, lmsData, lmsErrors, type ScormVersion } from './support/lms.ts';
import { answerQuiz, followLink, readLessons } from './support/learner.ts';

// The deep journey runs on the first module for each SCORM version; other packages get a quick launch elsewhere.
const module = builtModules()[0]!;
const check = knowledgeCheckOf(module.id);
const lessonTitles = await lessonTitlesOf(module.id);

async function lessonTitlesOf(moduleId: string): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const data = JSON.parse(readFileSync(new URL(`../../dist/course.json`, import.meta.url), 'utf8'));
  return data.modules.find((m: { id: string }) => m.id === moduleId).lessonTitles;
}

interface VersionCase {
  version: ScormVersion;
  packageName: string;
  firstLaunch: Record<string, unknown>;
  /** What an LMS hands the next launch after the learner suspended. */
  relaunch(saved: Record<string, any>): Record<string, unknown>;
  read(data: Record<string, any>): { status: string; success?: string; raw: string; max: string; exit: string; sessionTime: string; location: string; suspendData: string; interactions: any[] };
  sessionTimeFormat: RegExp;
  wrongResult: string;
  choicePattern: (ids: string[]) => string;
}

const versions: VersionCase[] = [
  {
    version: '1.2',
    packageName: `${module.id}-scorm12`,
    firstLaunch: { core: { student_id: 'cursist-1', student_name: 'Jansen, Eva', entry: 'ab-initio', lesson_mode: 'normal' }, student_data: { mastery_score: String(module.passMark) } },
    relaunch: (saved) => ({
      core: { student_id: 'cursist-1', student_name: 'Jansen, Eva', entry: 'resume', lesson_mode: 'normal', lesson_location: saved.core.lesson_location, lesson_status: saved.core.lesson_status, score: saved.core.score },
      suspend_data: saved.suspend_data,
      student_data: { mastery_score: String(module.passMark) },
    }),
    read: (data) => ({
      status: data.core.lesson_status,
      raw: data.core.score.raw,
      max: data.core.score.max,
      exit: data.core.exit,
      sessionTime: data.core.session_time,
      location: data.core.lesson_location,
      suspendData: data.suspend_data,
      interactions: Object.values(data.interactions?.childArray ?? data.interactions ?? {}),
    }),
    sessionTimeFormat: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
    wrongResult: 'wrong',
    choicePattern: (ids) => ids.join(','),
  },
  {
    version: '2004',
    packageName: `${module.id}-scorm2004`,
    firstLaunch: { learner_id: 'cursist-1', learner_name: 'Jansen, Eva', entry: 'ab-initio', mode: 'normal', scaled_passing_score: String(module.passMark / 100) },
    relaunch: (saved) => ({
      learner_id: 'cursist-1',
      learner_name: 'Jansen, Eva',
      entry: 'resume',
      mode: 'normal',
      scaled_passing_score: String(module.passMark / 100),
      location: saved.location,
      suspend_data: saved.suspend_data,
      completion_status: saved.completion_status,
      success_status: saved.success_status,
    }),
    read: (data) => ({
      status: data.completion_status,
      success: data.success_status,
      raw: data.score.raw,
      max: data.score.max,
      exit: data.exit,
      sessionTime: data.session_time,
      location: data.location,
      suspendData: data.suspend_data,
      interactions: Object.values(data.interactions?.childArray ?? data.interactions ?? {}),
    }),
    sessionTimeFormat: /^P(?:\d+D)?T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?$/,
    wrongResult: 'incorrect',
    choicePattern: (ids) => ids.join('[,]'),
  },
];

for (const v of versions) {
  test.describe(`SCORM ${v.version}: ${module.id}`, () => {
    test('a learner reads every lesson, fails the check, resumes at the bookmark with answers restored, and passes', async ({ browser }) => {
      // First session: read everything by keyboard, fail the knowledge check, leave.
      const first = await browser.newPage();
      let course = await launchCourse(first, { version: v.version, packageName: v.packageName, launchPage: module.launchPage, cmi: v.firstLaunch });
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await followLink(course, 'Begin met de module');
      await readLessons(course, lessonTitles);
      const wrongCount = Math.ceil(check.questions.length / 2);
      await answerQuiz(course, check, wrongCount);
      await expect(course.getByRole('status').filter({ hasText: 'nog niet gehaald' })).toBeVisible();

      const failed = v.read(await lmsData(first));
      expect(v.version === '1.2' ? failed.status : failed.success).toBe('failed');
      const failedPercent = Math.floor(((check.questions.length - wrongCount) / check.questions.length) * 10000) / 100;
      expect(Number(failed.raw)).toBe(failedPercent);
      expect(failed.max).toBe('100');
      expect(failed.interactions).toHaveLength(check.questions.length);
      const firstQuestion = check.questions[0]!;
      const firstInteraction = failed.interactions[0];
      expect(firstInteraction.id).toBe(firstQuestion.id);
      expect(firstInteraction.type).toBe('choice');
      expect(firstInteraction.result).toBe(v.wrongResult);
      expect(firstInteraction.correct_responses.childArray?.[0]?.pattern ?? firstInteraction.correct_responses[0]?.pattern).toBe(v.choicePattern(firstQuestion.correct));
      if (v.version === '2004') expect(firstInteraction.description).toBe(firstQuestion.prompt);

      await closeCourse(first);
      const suspended = v.read(await lmsData(first));
      expect(suspended.exit).toBe('suspend');
      expect(suspended.sessionTime).toMatch(v.sessionTimeFormat);
      expect(suspended.location).toBe(lessonTitles.length ? suspended.location : '');
      expect(suspended.suspendData.length).toBeLessThan(4096);
      await expectOneSession(first, v.version);
      expect(await lmsErrors(first)).toEqual([]);
      const saved = await lmsData(first);
      await first.close();

      // Second session: the LMS relaunches with the saved data; the course opens at the bookmark.
      const second = await browser.newPage();
      course = await launchCourse(second, { version: v.version, packageName: v.packageName, launchPage: module.launchPage, cmi: v.relaunch(saved) });
      await expect(course.getByRole('heading', { level: 1, name: lessonTitles.at(-1)! })).toBeVisible();
      await expect(course.getByText(/Welkom terug/)).toBeVisible();
      const restoredGroup = course.getByRole('group', { name: new RegExp(firstQuestion.prompt.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
      await expect(restoredGroup.getByText('Niet goed.')).toBeVisible();
      await expect(course.getByRole('status').filter({ hasText: 'nog niet gehaald' })).toBeVisible();

      const retry = course.getByRole('button', { name: 'Maak de kennischeck opnieuw' });
      await retry.focus();
      await retry.press('Enter');
      await answerQuiz(course, check, 0);
      await expect(course.getByRole('status').filter({ hasText: 'gehaald' }).filter({ hasNotText: 'nog niet' })).toBeVisible();
      await followLink(course, 'Terug naar het overzicht');
      await expect(course.getByText(`Gehaald (${check.questions.length} van ${check.questions.length} goed)`)).toBeVisible();

      await closeCourse(second);
      const passed = v.read(await lmsData(second));
      if (v.version === '1.2') {
        expect(passed.status).toBe('passed');
        expect(passed.exit).toBe('');
      } else {
        expect(passed.status).toBe('completed');
        expect(passed.success).toBe('passed');
        expect(passed.exit).toBe('normal');
        expect((await lmsData(second)).score.scaled).toBe('1');
      }
      expect(passed.raw).toBe('100');
      expect(passed.sessionTime).toMatch(v.sessionTimeFormat);
      expect(passed.interactions.length).toBeGreaterThanOrEqual(check.questions.length);
      await expectOneSession(second, v.version);
      expect(await lmsErrors(second)).toEqual([]);
      await second.close();
    });
  });
}
