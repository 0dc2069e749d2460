import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** A course frame in the LMS, or a page opened directly: both find elements the same way. */
export type Scope = FrameLocator | Page;
import type { ChoiceQuestionData } from '../../../src/schemas/quiz.ts';
import type { ChoiceQuiz } from './course-data.ts';

/** Follows a link by keyboard: focus it, press Enter. */
export async function followLink(course: FrameLocator, name: string | RegExp): Promise<void> {
  const link = course.getByRole('link', { name }).first();
  await link.focus();
  await link.press('Enter');
}

/** Reads each lesson from the current one to the last, moving on with the "Volgende" link. */
export async function readLessons(course: FrameLocator, titles: string[]): Promise<void> {
  for (const [index, title] of titles.entries()) {
    await expect(course.getByRole('heading', { level: 1, name: title })).toBeVisible();
    if (index < titles.length - 1) await followLink(course, /^Volgende/);
  }
}

/** Picks options by keyboard (Space on each) and checks the answer with Enter on the button. */
export async function answerQuestion(course: Scope, question: ChoiceQuestionData, choose: string[]): Promise<void> {
  const group = course.getByRole('group', { name: new RegExp(escapeRegExp(question.prompt)) });
  await expect(group).toBeVisible();
  for (const optionId of choose) {
    const option = question.options.find((o) => o.id === optionId)!;
    const role = question.type === 'multiple' ? 'checkbox' : 'radio';
    await tick(group.getByRole(role, { name: option.text, exact: true }));
  }
  const button = group.getByRole('button', { name: 'Controleer antwoord' });
  await button.focus();
  await button.press('Enter');
  await expect(group.getByText(/^(Goed|Niet goed)\.$/)).toBeVisible();
}

export function wrongChoice(question: ChoiceQuestionData): string[] {
  const wrong = question.options.find((o) => !question.correct.includes(o.id))!;
  return [wrong.id];
}

/** Answers the first `wrongCount` questions wrongly and the rest correctly. */
export async function answerQuiz(course: Scope, quiz: ChoiceQuiz, wrongCount: number): Promise<void> {
  await expect(course.locator(`[data-quiz-id="${quiz.id}"][data-ready="true"]`)).toBeVisible();
  for (const [index, question] of quiz.questions.entries()) {
    await answerQuestion(course, question, index < wrongCount ? wrongChoice(question) : question.correct);
  }
}

export async function waitForIdle(page: Page): Promise<void> {
  await page.waitForTimeout(50);
}

/** Scrolls a quiz into view (islands hydrate when visible) and waits until it has its saved answers. */
export async function openQuiz(scope: Scope, quizId: string): Promise<Locator> {
  const quiz = scope.locator(`[data-quiz-id="${quizId}"]`);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  return quiz;
}

/** A question's fieldset, found by its prompt (or statement) as a screen reader names the group. */
export function questionGroup(scope: Scope | Locator, text: string): Locator {
  return scope.getByRole('group', { name: new RegExp(escapeRegExp(text)) }).first();
}

/** Presses a button by keyboard: focus it, press Enter. */
export async function pressButton(button: Locator): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

/** Turns on a radio button or checkbox by keyboard: focus it, press Space. */
export async function tick(input: Locator): Promise<void> {
  // Controls stay disabled until the quiz has hydrated (QuizIsland); a key pressed earlier is lost.
  await expect(input).toBeEnabled();
  await input.focus();
  await input.press('Space');
  await expect(input).toBeChecked();
}

/** Picks an option in a closed select by keyboard, with the arrow keys, as on Windows and Linux. */
export async function chooseFromList(select: Locator, optionText: string): Promise<void> {
  const labels = (await select.locator('option').allTextContents()).map((label) => label.trim());
  const target = labels.indexOf(optionText);
  expect(target, `"${optionText}" in ${labels.join(' | ')}`).toBeGreaterThan(-1);
  const current = await select.evaluate((element: HTMLSelectElement) => element.selectedIndex);
  await select.focus();
  for (let step = 0; step < Math.abs(target - current); step += 1) await select.press(target > current ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.text.trim())).toBe(optionText);
}

/** Types into a text field by keyboard, replacing what was there. */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('ControlOrMeta+A');
  await field.press('Delete');
  await field.pressSequentially(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
