import { test, expect } from './support/fixtures.ts';
import { firstModule, lessonPageOf, quizzesOf } from './support/course-data.ts';
import { closeCourse, launchCourse, lmsData } from './support/lms.ts';
import { readCmi, relaunchSeed, seedCmi } from './support/cmi.ts';

// What a learner types, or what comes back from LMS data, is shown as text, never run as code.
const module = firstModule();
const payload = `<img src=x onerror="window.top.__xss='img'"><script>window.top.__xss='script'</script>"};alert(1)//`;
const practice = quizzesOf(module.id).filter((quiz) => !quiz.scored);
const reflectionQuiz = practice.find((quiz) => quiz.questions.some((q) => q.type === 'reflection'))!;
const reflectionId = reflectionQuiz.questions.find((q) => q.type === 'reflection')!.id;
const fillInQuiz = practice.find((quiz) => quiz.questions.some((q) => q.type === 'fillin' && q.answer.kind === 'text'))!;
const fillInId = fillInQuiz.questions.find((q) => q.type === 'fillin' && q.answer.kind === 'text')!.id;
const fillInLesson = lessonPageOf(module.id, fillInQuiz.id).slice(module.id.length + 2, -'.html'.length);

test('script and HTML in a reflection are shown as text, also after a relaunch from LMS data', async ({ browser }) => {
  const first = await browser.newPage();
  let course = await launchCourse(first, { version: '2004', packageName: `${module.id}-scorm2004`, launchPage: lessonPageOf(module.id, reflectionQuiz.id), cmi: seedCmi('2004', { passMark: module.passMark }) });
  const reflection = course.locator(`[data-question-id="${reflectionId}"]`);
  await reflection.scrollIntoViewIfNeeded();
  await expect(course.locator(`[data-quiz-id="${reflectionQuiz.id}"]`)).toHaveAttribute('data-ready', 'true');
  const box = reflection.getByRole('textbox');
  await box.fill(payload);
  await reflection.getByRole('button').first().press('Enter');
  await expect(box).toHaveValue(payload);
  await closeCourse(first);
  const saved = await lmsData(first);
  expect(readCmi('2004', saved).suspendData).toContain('onerror');
  await first.close();

  const second = await browser.newPage();
  course = await launchCourse(second, { version: '2004', packageName: `${module.id}-scorm2004`, launchPage: module.launchPage, cmi: seedCmi('2004', relaunchSeed('2004', saved, module.passMark)) });
  const restored = course.locator(`[data-question-id="${reflectionId}"]`).getByRole('textbox');
  await restored.scrollIntoViewIfNeeded();
  await expect(restored).toHaveValue(payload);
  await expect(course.locator(`[data-question-id="${reflectionId}"] img`)).toHaveCount(0);
  expect(await second.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  await second.close();
});

test('a fill-in answer planted in suspend data by a hostile LMS record is shown as text', async ({ page }) => {
  const suspendData = JSON.stringify({ v: 2, s: [fillInLesson], a: { [fillInId]: [0, payload] } });
  const course = await launchCourse(page, {
    version: '1.2',
    packageName: `${module.id}-scorm12`,
    launchPage: module.launchPage,
    cmi: seedCmi('1.2', { entry: 'resume', location: fillInLesson, suspendData, passMark: module.passMark }),
  });
  const question = course.locator(`[data-question-id="${fillInId}"]`);
  await question.scrollIntoViewIfNeeded();
  await expect(question).toHaveAttribute('data-state', 'incorrect');
  await expect(question.getByRole('textbox')).toHaveValue(payload);
  await expect(question.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
});
