import { expect, type FrameLocator, type Page } from '@playwright/test';

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
    const input = group.getByRole(role, { name: option.text, exact: true });
    await input.focus();
    await input.press('Space');
    await expect(input).toBeChecked();
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
