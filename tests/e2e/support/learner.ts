import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { Question, Quiz } from '../../../src/schemas/quiz.ts';

/** A course frame in the LMS, or a page opened directly: both find elements the same way. */
export type Scope = FrameLocator | Page;

/** Follows a link by keyboard: focus it, press Enter. */
export async function followLink(course: Scope, name: string | RegExp): Promise<void> {
  const link = course.getByRole('link', { name }).first();
  await link.focus();
  await link.press('Enter');
}

/** Reads each lesson from the current one to the last, moving on with the "Volgende" link. */
export async function readLessons(course: Scope, titles: string[]): Promise<void> {
  for (const [index, title] of titles.entries()) {
    await expect(course.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    if (index < titles.length - 1) await followLink(course, /^Volgende/);
  }
}

/** Presses a button by keyboard: focus it, press Enter. */
export async function pressButton(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

/** Turns on a radio button or checkbox by keyboard: focus it, press Space. */
export async function tick(input: Locator): Promise<void> {
  await expect(input).toBeEnabled();
  await input.focus();
  await input.press('Space');
  await expect(input).toBeChecked();
}

/** Picks the choice of a closed select whose label is `text` or ends in it ("B. text"), by keyboard with the arrow keys. */
export async function chooseFromList(select: Locator, text: string): Promise<void> {
  const labels = (await select.locator('option').allTextContents()).map((label) => label.trim());
  const target = labels.findIndex((label) => label === text || label.endsWith(`. ${text}`));
  expect(target, `"${text}" in ${labels.join(' | ')}`).toBeGreaterThan(-1);
  const current = await select.evaluate((element: HTMLSelectElement) => element.selectedIndex);
  await select.focus();
  for (let step = 0; step < Math.abs(target - current); step += 1) await select.press(target > current ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.evaluate((element: HTMLSelectElement) => element.selectedIndex)).toBe(target);
}

/** Types into a text field by keyboard, replacing what was there. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.press('Delete');
  await field.pressSequentially(text);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text that names a question's group: its statement or prompt. */
export function questionText(question: Question): string {
  return question.type === 'truefalse' ? question.statement : question.prompt;
}

/** A question's fieldset, found as a screen reader names the group: by its number and prompt. */
export function questionGroup(scope: Scope | Locator, text: string): Locator {
  return scope.getByRole('group', { name: new RegExp(escapeRegExp(text)) }).first();
}

/** Scrolls a quiz into view and waits until its island has hydrated and has the saved answers. */
export async function openQuiz(scope: Scope, quizId: string): Promise<Locator> {
  const quiz = scope.locator(`[data-quiz-id="${quizId}"]`);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  return quiz;
}

/** Fills in a question by keyboard, right or wrong, without checking it yet. */
export async function fillIn(group: Locator, question: Question, isRight: boolean): Promise<void> {
  switch (question.type) {
    case 'single': {
      const option = isRight ? question.options.find((o) => question.correct.includes(o.id))! : question.options.find((o) => !question.correct.includes(o.id))!;
      return tick(group.getByRole('radio', { name: option.text, exact: true }));
    }
    case 'multiple': {
      const options = isRight ? question.options.filter((o) => question.correct.includes(o.id)) : [question.options.find((o) => !question.correct.includes(o.id))!];
      for (const option of options) await tick(group.getByRole('checkbox', { name: option.text, exact: true }));
      return;
    }
    case 'truefalse':
      return tick(group.getByRole('radio', { name: question.correct === isRight ? 'Juist' : 'Onjuist', exact: true }));
    case 'matching': {
      const text = (id: string | undefined) => question.targets.find((t) => t.id === id)!.text;
      for (const [index, pair] of question.pairs.entries()) {
        const wrongTarget = question.targets.find((t) => t.id !== pair.target)!;
        await chooseFromList(group.getByLabel(pair.text, { exact: true }), !isRight && index === 0 ? wrongTarget.text : text(pair.target));
      }
      return;
    }
    case 'categorise':
      for (const [index, statement] of question.statements.entries()) {
        const bucket = !isRight && index === 0 ? question.buckets.find((b) => b.id !== statement.bucket)! : question.buckets.find((b) => b.id === statement.bucket)!;
        await tick(group.getByRole('group', { name: statement.text, exact: true }).getByRole('radio', { name: bucket.text, exact: true }));
      }
      return;
    case 'ordering':
      // The items start in an order that is never right: leaving them is a wrong answer.
      if (isRight) await putInOrder(group, question.items.map((item) => item.text));
      return;
    case 'fillin': {
      const { answer } = question;
      const text = answer.kind === 'numeric' ? String(isRight ? answer.min : answer.max + 1000).replace('.', ',') : isRight ? answer.accepted[0]! : 'iets anders';
      return typeInto(group.getByRole('textbox'), text);
    }
    case 'reflection':
      return typeInto(group.getByRole('textbox'), 'Mijn antwoord: ik herken alle drie de logica’s in mijn werk.');
  }
}

/** Moves items up with their "Omhoog" buttons until they stand in the given order. */
async function putInOrder(group: Locator, texts: string[]): Promise<void> {
  const order = async () => (await group.locator('.ordering-text').allTextContents()).map((text) => text.trim());
  for (const [place, text] of texts.entries()) {
    const up = group.getByRole('button', { name: `Omhoog: ${text}` });
    for (let from = (await order()).indexOf(text); from > place; from -= 1) await pressButton(up);
  }
  expect(await order()).toEqual(texts);
}

/** Answers a question by keyboard, right or wrong, checks it with Enter and waits for the verdict. */
export async function answerQuestion(scope: Scope, question: Question, isRight: boolean): Promise<void> {
  const group = questionGroup(scope, questionText(question));
  await expect(group).toBeVisible();
  await fillIn(group, question, isRight);
  await pressButton(group.getByRole('button', { name: question.type === 'reflection' ? 'Bewaar je antwoord' : 'Controleer antwoord' }));
  await expect(group.locator('.feedback .verdict')).toBeVisible();
}

/** The ids of the questions a quiz shows now, in the order shown (a check shows its attempt's draw). */
export async function shownQuestionIds(scope: Scope, quizId: string): Promise<string[]> {
  const questions = scope.locator(`[data-quiz-id="${quizId}"] fieldset.question`);
  // Right after a link is followed the router may not have swapped the page in yet: an empty
  // list then would make a test answer nothing and wait for what never comes.
  await questions.first().waitFor();
  return questions.evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['questionId']!));
}

/**
 * Answers every question the quiz shows, by keyboard; `isRight(id, index)` says which to get
 * right. Returns the ids answered, in order.
 */
export async function answerQuiz(scope: Scope, quiz: Quiz, isRight: (id: string, index: number) => boolean): Promise<string[]> {
  await openQuiz(scope, quiz.id);
  const ids = await shownQuestionIds(scope, quiz.id);
  const byId = new Map(quiz.questions.map((question) => [question.id, question]));
  for (const [index, id] of ids.entries()) await answerQuestion(scope, byId.get(id)!, isRight(id, index));
  return ids;
}

/** Graded questions of those ids (reflections never count). */
export function gradedOf(quiz: Quiz, ids: readonly string[]): string[] {
  return ids.filter((id) => quiz.questions.find((question) => question.id === id)?.type !== 'reflection');
}
