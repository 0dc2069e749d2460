import type { ChoiceQuestionData } from '../schemas/quiz.ts';

/** A choice answer is right when exactly the correct options are chosen, no more and no fewer. */
export function isAnswerCorrect(question: Pick<ChoiceQuestionData, 'correct'>, chosen: readonly string[]): boolean {
  const correct = new Set(question.correct);
  return chosen.length === correct.size && chosen.every((id) => correct.has(id));
}
