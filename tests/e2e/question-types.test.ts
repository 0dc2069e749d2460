import type { FrameLocator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import type { Question, QuestionOf, Quiz } from '../../src/schemas/quiz.ts';
import { firstModule, lessonPageOf, quizzesOf } from './support/course-data.ts';
import { closeCourse, launchCourse, lmsData, lmsErrors, lmsInteractions, type RecordedInteraction } from './support/lms.ts';
import { chooseFromList, fillIn, openQuiz, pressButton, questionGroup, questionText, tick, typeInto, type Scope } from './support/learner.ts';
import { expectNoAxeViolations } from './support/axe.ts';

// Every question type, answered by keyboard in the SCORM 2004 package of the first module, read
// back from what scorm-again recorded. The questions come from the module's own quiz files.
const module = firstModule();
const packageName = `${module.id}-scorm2004`;
const quizzes = quizzesOf(module.id);
const firstLaunch = { learner_id: 'cursist-1', learner_name: 'Jansen, Eva', entry: 'ab-initio', mode: 'normal' };

function firstOfType<T extends Question['type']>(type: T): { quiz: Quiz; question: QuestionOf<T> } {
  for (const quiz of quizzes.filter((q) => !q.scored)) {
    const question = quiz.questions.find((q): q is QuestionOf<T> => q.type === type);
    if (question) return { quiz, question };
  }
  throw new Error(`module ${module.id} has no practice question of type ${type}`);
}

/** Launches the lesson that holds the quiz, as an LMS would, and returns the course frame. */
async function launchAtQuiz(page: Page, quiz: Quiz, cmi: Record<string, unknown> = firstLaunch): Promise<FrameLocator> {
  const course = await launchCourse(page, { version: '2004', packageName, launchPage: lessonPageOf(module.id, quiz.id), cmi });
  await openQuiz(course, quiz.id);
  return course;
}

/** The interactions the LMS holds for one question, once the course has committed them. */
async function recorded(page: Page, questionId: string, count = 1): Promise<RecordedInteraction[]> {
  await expect.poll(async () => (await lmsInteractions(page)).filter((entry) => entry.id === questionId).length).toBe(count);
  return (await lmsInteractions(page)).filter((entry) => entry.id === questionId);
}

const check = (scope: Scope | ReturnType<typeof questionGroup>) => pressButton(scope.getByRole('button', { name: 'Controleer antwoord' }));
const feedbackOf = (group: ReturnType<typeof questionGroup>) => group.locator('.feedback');
const verdictOf = (group: ReturnType<typeof questionGroup>) => group.locator('.feedback .verdict');

test.describe('question types in SCORM 2004, by keyboard', () => {
  test('true/false: the learner judges the statement and gets the feedback for that answer', async ({ page }) => {
    const { quiz, question } = firstOfType('truefalse');
    const course = await launchAtQuiz(page, quiz);
    const group = questionGroup(course, question.statement);
    await tick(group.getByRole('radio', { name: question.correct ? 'Juist' : 'Onjuist', exact: true }));
    await check(group);
    await expect(feedbackOf(group)).toBeFocused();
    await expect(verdictOf(group)).toHaveText('✓ Goed');
    await expect(feedbackOf(group)).toContainText(question.feedback[String(question.correct) as 'true' | 'false']);
    const [interaction] = await recorded(page, question.id);
    expect(interaction).toEqual({ id: question.id, type: 'true-false', response: String(question.correct), pattern: String(question.correct), result: 'correct' });
    expect(await lmsErrors(page)).toEqual([]);
  });

  test('matching: a wrong pick is named, the retry keeps the other picks, and the corrected answer is right', async ({ page }) => {
    const { quiz, question } = firstOfType('matching');
    const course = await launchAtQuiz(page, quiz);
    const group = questionGroup(course, question.prompt);
    const targetText = (id: string | undefined) => question.targets.find((t) => t.id === id)!.text;
    const distractor = question.targets.find((t) => !question.pairs.some((p) => p.target === t.id))!;
    const [wrongPair, ...rightPairs] = question.pairs;
    await chooseFromList(group.getByLabel(wrongPair!.text, { exact: true }), distractor.text);
    for (const pair of rightPairs) await chooseFromList(group.getByLabel(pair.text, { exact: true }), targetText(pair.target));
    await check(group);
    await expect(feedbackOf(group)).toBeFocused();
    await expect(verdictOf(group)).toHaveText('✗ Niet goed');
    await expect(feedbackOf(group)).toContainText(question.feedback.incorrect);
    const letterOf = async (id: string | undefined) => (await group.locator('.target-list li').allTextContents()).findIndex((text) => text.trim() === targetText(id));
    const wrongLine = feedbackOf(group).getByRole('listitem').filter({ hasText: `${wrongPair!.text}:` });
    await expect(wrongLine).toHaveText(`${wrongPair!.text}: Juist is: ${String.fromCharCode(65 + (await letterOf(wrongPair!.target)))}, ${targetText(wrongPair!.target)}.`);
    await expect(group.getByLabel(wrongPair!.text, { exact: true }).locator('..').getByText('✗ niet goed')).toBeVisible();
    const [first] = await recorded(page, question.id);
    const pairOf = (sourceId: string, targetId: string) => `${sourceId}[.]${targetId}`;
    expect(first).toMatchObject({ type: 'matching', result: 'incorrect' });
    expect(first!.response.split('[,]')).toEqual(question.pairs.map((p) => pairOf(p.id, p === wrongPair ? distractor.id : p.target!)));
    expect(first!.pattern).toBe(question.pairs.map((p) => pairOf(p.id, p.target!)).join('[,]'));

    await pressButton(group.getByRole('button', { name: 'Probeer deze vraag opnieuw' }));
    await expect(group.getByRole('combobox').first()).toBeFocused();
    const wrongList = group.getByLabel(wrongPair!.text, { exact: true });
    await expect(group.getByLabel(rightPairs[0]!.text, { exact: true })).toHaveValue(rightPairs[0]!.target!);
    await chooseFromList(wrongList, targetText(wrongPair!.target));
    await check(group);
    await expect(verdictOf(group)).toHaveText('✓ Goed');
    await expect(feedbackOf(group)).toContainText(question.feedback.correct);
    // SCORM 2004 keeps one entry per question with its latest answer.
    await expect.poll(async () => (await recorded(page, question.id))[0]!.result).toBe('correct');
    expect((await recorded(page, question.id))[0]).toEqual({ id: question.id, type: 'matching', response: first!.pattern, pattern: first!.pattern, result: 'correct' });
  });

  test('ordering: Omhoog moves an item, keeps focus on the button and announces the new place', async ({ page }) => {
    const { quiz, question } = firstOfType('ordering');
    const course = await launchAtQuiz(page, quiz);
    const group = questionGroup(course, question.prompt);
    const items = group.locator('.ordering-item');
    const announcement = group.getByRole('status');
    const order = async () => (await group.locator('.ordering-text').allTextContents()).map((text) => text.trim());
    expect(await order()).not.toEqual(question.items.map((item) => item.text));

    const top = (await order())[0]!;
    const topUp = items.first().getByRole('button', { name: `Omhoog: ${top}` });
    await pressButton(topUp);
    await expect(announcement).toHaveText(`${top} staat al bovenaan.`);

    for (const [place, item] of question.items.entries()) {
      const from = (await order()).indexOf(item.text);
      const up = group.getByRole('button', { name: `Omhoog: ${item.text}` });
      await up.focus();
      for (let step = from; step > place; step -= 1) {
        await page.keyboard.press('Enter');
        await expect(announcement).toHaveText(`${item.text}: nu op plaats ${step} van ${question.items.length}.`);
        await expect(up).toBeFocused();
      }
    }
    expect(await order()).toEqual(question.items.map((item) => item.text));
    await check(group);
    await expect(verdictOf(group)).toHaveText('✓ Goed');
    await expect(feedbackOf(group)).toContainText(question.feedback.correct);
    const ids = question.items.map((item) => item.id).join('[,]');
    expect((await recorded(page, question.id))[0]).toEqual({ id: question.id, type: 'sequencing', response: ids, pattern: ids, result: 'correct' });
  });

  test('categorise: one radio group per statement; a wrong bucket is named with the reason', async ({ page }) => {
    const { quiz, question } = firstOfType('categorise');
    const course = await launchAtQuiz(page, quiz);
    const group = questionGroup(course, question.prompt);
    const bucketText = (id: string | undefined) => question.buckets.find((b) => b.id === id)!.text;
    const [wrong, ...right] = question.statements;
    const wrongBucket = question.buckets.find((b) => b.id !== wrong!.bucket)!;
    const pick = async (statementText: string, bucket: string) => tick(group.getByRole('group', { name: statementText, exact: true }).getByRole('radio', { name: bucket, exact: true }));

    await check(group);
    await expect(group.getByRole('alert')).toHaveText('Deel eerst alle uitspraken in.');
    await pick(wrong!.text, wrongBucket.text);
    for (const statement of right) await pick(statement.text, bucketText(statement.bucket));
    await check(group);
    await expect(feedbackOf(group)).toBeFocused();
    await expect(verdictOf(group)).toHaveText('✗ Niet goed');
    const wrongLine = feedbackOf(group).getByRole('listitem').filter({ hasText: wrong!.text });
    await expect(wrongLine).toContainText(`✗ niet goed. Juist is: ${bucketText(wrong!.bucket)}. ${wrong!.feedback}`);
    await expect(feedbackOf(group).getByRole('listitem').filter({ hasText: right[0]!.text })).toContainText(`✓ goed. ${right[0]!.feedback}`);

    const [interaction] = await recorded(page, question.id);
    const pairs = (bucketOf: (s: (typeof question.statements)[number]) => string) => question.statements.map((s) => `${s.id}[.]${bucketOf(s)}`).join('[,]');
    expect(interaction).toEqual({
      id: question.id,
      type: 'matching',
      response: pairs((s) => (s === wrong ? wrongBucket.id : s.bucket!)),
      pattern: pairs((s) => s.bucket!),
      result: 'incorrect',
    });
  });

  test('fill-in text: Enter checks the answer; capitals and spaces do not matter', async ({ page }) => {
    const textQuestion = quizzes.filter((q) => !q.scored).flatMap((q) => q.questions).find((q): q is QuestionOf<'fillin'> => q.type === 'fillin' && q.answer.kind === 'text')!;
    const textQuiz = quizzes.find((q) => q.questions.includes(textQuestion))!;
    const course = await launchAtQuiz(page, textQuiz);
    const group = questionGroup(course, textQuestion.prompt);
    const accepted = (textQuestion.answer as { accepted: string[] }).accepted[0]!;
    const typed = ` ${accepted[0]!.toUpperCase()}${accepted.slice(1)} `;
    const field = group.getByRole('textbox', { name: 'Jouw antwoord' });
    await typeInto(field, typed);
    await field.press('Enter');
    await expect(feedbackOf(group)).toBeFocused();
    await expect(verdictOf(group)).toHaveText('✓ Goed');
    await expect(feedbackOf(group)).toContainText(textQuestion.feedback.correct);
    expect((await recorded(page, textQuestion.id))[0]).toEqual({ id: textQuestion.id, type: 'fill-in', response: typed.trim(), pattern: accepted, result: 'correct' });
  });

  test('fill-in number: a wrong number shows the right one; after a retry a Dutch comma is accepted', async ({ page }) => {
    const question = quizzes.filter((q) => !q.scored).flatMap((q) => q.questions).find((q): q is QuestionOf<'fillin'> => q.type === 'fillin' && q.answer.kind === 'numeric')!;
    const quiz = quizzes.find((q) => q.questions.includes(question))!;
    const { min, max } = question.answer as { min: number; max: number };
    const course = await launchAtQuiz(page, quiz);
    const group = questionGroup(course, question.prompt);
    const field = group.getByRole('textbox', { name: 'Jouw antwoord' });
    await typeInto(field, 'zes');
    await check(group);
    await expect(group.getByRole('alert')).toHaveText('‘zes’ is geen getal. Schrijf een getal in cijfers, bijvoorbeeld 12 of 3,5, zonder woorden of eenheid erbij.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await typeInto(field, String(max + 2));
    await check(group);
    await expect(verdictOf(group)).toHaveText('✗ Niet goed');
    await expect(feedbackOf(group)).toContainText(min === max ? `Het goede antwoord is ${min}` : `tussen ${min}`);

    await pressButton(group.getByRole('button', { name: 'Probeer deze vraag opnieuw' }));
    await expect(field).toBeFocused();
    await typeInto(field, `${min},0`);
    await field.press('Enter');
    await expect(verdictOf(group)).toHaveText('✓ Goed');
    await expect.poll(async () => (await recorded(page, question.id))[0]!.result).toBe('correct');
    expect((await recorded(page, question.id))[0]).toEqual({ id: question.id, type: 'numeric', response: String(min), pattern: `${min}[:]${max}`, result: 'correct' });
  });

  test('reflection: a counter shows the characters, the text is saved ungraded and shown again on return', async ({ page, browser }) => {
    const { quiz, question } = firstOfType('reflection');
    const course = await launchAtQuiz(page, quiz);
    const group = questionGroup(course, question.prompt);
    const field = group.getByRole('textbox', { name: 'Jouw antwoord' });
    const text = 'Bij ons gaat een brief langs drie afdelingen.\nDat is PA, en de KCC-norm is NPM.';
    await expect(group.getByText(`0 van ${question.maxLength} tekens`)).toBeVisible();
    await field.focus();
    await page.keyboard.type(text.split('\n')[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(text.split('\n')[1]!);
    await expect(group.getByText(`${text.length} van ${question.maxLength} tekens`)).toBeVisible();
    await pressButton(group.getByRole('button', { name: 'Bewaar je antwoord' }));
    await expect(feedbackOf(group)).toBeFocused();
    await expect(feedbackOf(group)).toContainText('Je antwoord is bewaard.');
    if (question.feedback) await expect(feedbackOf(group)).toContainText(question.feedback);
    await expect(verdictOf(group)).toHaveText('Je antwoord is bewaard.');
    expect((await recorded(page, question.id))[0]).toEqual({ id: question.id, type: 'long-fill-in', response: text.replace('\n', ' '), pattern: undefined, result: 'neutral' });
    expect(await lmsErrors(page)).toEqual([]);

    await closeCourse(page);
    const saved = await lmsData(page);
    const again = await browser.newPage();
    const relaunched = await launchAtQuiz(again, quiz, { ...firstLaunch, entry: 'resume', location: saved['location'], suspend_data: saved['suspend_data'] });
    const restored = questionGroup(relaunched, question.prompt);
    await expect(restored.getByRole('textbox', { name: 'Jouw antwoord' })).toHaveValue(text);
    await expect(restored.getByRole('textbox', { name: 'Jouw antwoord' })).toHaveAttribute('readonly', '');
    await expect(feedbackOf(restored)).toContainText('Je antwoord is bewaard.');
    await pressButton(restored.getByRole('button', { name: 'Pas je antwoord aan' }));
    await expect(restored.getByRole('textbox', { name: 'Jouw antwoord' })).toBeFocused();
    await expect(restored.getByRole('textbox', { name: 'Jouw antwoord' })).toHaveValue(text);
    await again.close();
  });
});

test.describe('question types pass axe (WCAG 2.2 AA), unanswered and answered', () => {
  const base = `/lms/cursus 1/pakket-é/${packageName}/`;
  const practice = quizzes.filter((quiz) => !quiz.scored && quiz.questions.some((q) => q.type !== 'single' && q.type !== 'multiple'));

  for (const quiz of practice) {
    test(`${quiz.id} (${[...new Set(quiz.questions.map((q) => q.type))].join(', ')})`, async ({ page }) => {
      const lessonPage = lessonPageOf(module.id, quiz.id);
      await page.goto(base + lessonPage);
      await openQuiz(page, quiz.id);
      await expectNoAxeViolations(page, `${lessonPage}, unanswered`);
      for (const [index, question] of quiz.questions.entries()) await answerAnyway(page, question, index % 2 === 0);
      await expect(page.locator(`[data-quiz-id="${quiz.id}"] .feedback`)).toHaveCount(quiz.questions.length);
      await expectNoAxeViolations(page, `${lessonPage}, answered`);
    });
  }
});

/** Answers any question type by keyboard, right or (where a type can be wrong) wrong, so both feedback states are checked. */
async function answerAnyway(page: Page, question: Question, isRight: boolean): Promise<void> {
  const group = questionGroup(page, questionText(question));
  await fillIn(group, question, isRight);
  await pressButton(group.getByRole('button', { name: question.type === 'reflection' ? 'Bewaar je antwoord' : 'Controleer antwoord' }));
  await expect(group.locator('.feedback')).toBeFocused();
}
