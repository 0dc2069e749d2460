import type { Quiz } from '../schemas/quiz.ts';
import type { CheckInfo, CheckResult, LearnerState, StoredAnswer } from './types.ts';
import { scorePercentage } from './score.ts';
import { shuffleStable } from './seeded-shuffle.ts';

/**
 * The knowledge check as the learner meets it: which questions an attempt asks, in which order,
 * and when it is passed. An attempt draws `draw` questions per objective (all of them without a
 * pool) in an order of its own; the seed is the learner's and the attempt's, so a retake asks
 * afresh while a resume shows the same questions in the same order.
 */
export function questionsOfAttempt(check: CheckInfo, state: Pick<LearnerState, 'attempt' | 'seed'>): string[] {
  // The first attempt is the same for every learner, so the page can render it before it knows
  // who is learning and its controls work before the island hydrates; retakes are the learner's own.
  const seed = state.attempt <= 1 ? `${check.quizId}/1` : `${check.quizId}/${state.seed}/${state.attempt}`;
  const byObjective = new Map<string, string[]>();
  for (const question of check.questions) byObjective.set(question.objective, [...(byObjective.get(question.objective) ?? []), question.id]);
  const drawn = [...byObjective].flatMap(([objective, ids]) => (check.draw === null ? ids : shuffleStable(ids, `${seed}/${objective}`).slice(0, check.draw)));
  return shuffleStable(drawn, seed);
}

/** The check as the tracker sees it, from the quiz file; `lessonId` is the page that holds it. */
export function checkInfoOf(quiz: Pick<Quiz, 'id' | 'questions' | 'draw' | 'attempts'> | undefined, lessonId = ''): CheckInfo {
  const questions = quiz?.questions ?? [];
  return {
    quizId: quiz?.id ?? '',
    lessonId,
    questions: questions.filter((question) => question.type !== 'reflection').map((question) => ({ id: question.id, objective: question.objective ?? '' })),
    openQuestions: questions.filter((question) => question.type === 'reflection').map((question) => question.id),
    draw: quiz?.draw ?? null,
    attempts: typeof quiz?.attempts === 'number' ? quiz.attempts : null,
  };
}

export interface AttemptProgress {
  questionIds: string[];
  answered: number;
  isComplete: boolean;
}

export function attemptProgress(check: CheckInfo, state: Pick<LearnerState, 'attempt' | 'seed' | 'answers'>): AttemptProgress {
  const questionIds = questionsOfAttempt(check, state);
  const answered = questionIds.filter((id) => state.answers[id]).length;
  return { questionIds, answered, isComplete: answered === questionIds.length && questionIds.length > 0 };
}

/**
 * The result of a complete attempt. Passed takes the pass mark overall **and** at least one right
 * answer per objective, so a learner cannot pass with one objective not understood at all; the
 * weak objectives are the ones to reread.
 */
export function scoreAttempt(check: CheckInfo, questionIds: readonly string[], answers: Record<string, StoredAnswer>, passMark: number, today: string): CheckResult {
  const objectiveOf = new Map(check.questions.map((question) => [question.id, question.objective]));
  const objectives = [...new Set(questionIds.map((id) => objectiveOf.get(id)!))];
  const raw = questionIds.filter((id) => answers[id]?.isCorrect).length;
  const weakObjectives = objectives.filter((objective) => !questionIds.some((id) => objectiveOf.get(id) === objective && answers[id]?.isCorrect));
  const isPassed = scorePercentage(raw, questionIds.length) >= passMark && weakObjectives.length === 0;
  return { raw, max: questionIds.length, isPassed, weakObjectives, passedOn: isPassed ? today : null };
}

export interface ObjectiveResult {
  objective: string;
  right: number;
  asked: number;
}

/** Per objective of the attempt: right answers out of questions asked, in the order objectives first appear in the check. */
export function objectiveResults(check: CheckInfo, questionIds: readonly string[], answers: Record<string, StoredAnswer>): ObjectiveResult[] {
  const asked = new Set(questionIds);
  const results = new Map<string, ObjectiveResult>();
  for (const question of check.questions) {
    if (!asked.has(question.id)) continue;
    const result = results.get(question.objective) ?? { objective: question.objective, right: 0, asked: 0 };
    result.asked += 1;
    if (answers[question.id]?.isCorrect) result.right += 1;
    results.set(question.objective, result);
  }
  return [...results.values()];
}

/** The fewest right answers out of `total` that meet the pass mark. */
export function rightAnswersNeeded(total: number, passMark: number): number {
  for (let right = 0; right <= total; right += 1) if (scorePercentage(right, total) >= passMark) return right;
  return total;
}

/** The attempt counts when it passes where the best did not, or scores at least as high. */
export function betterResult(best: CheckResult | null, attempt: CheckResult): CheckResult {
  if (!best) return attempt;
  if (best.isPassed && !attempt.isPassed) return best;
  if (attempt.isPassed && !best.isPassed) return attempt;
  return attempt.raw / attempt.max >= best.raw / best.max ? (best.isPassed ? { ...attempt, passedOn: best.passedOn } : attempt) : best;
}

/** Attempts left after the current one; Infinity when unlimited. */
export function attemptsLeft(check: CheckInfo, attempt: number): number {
  return check.attempts === null ? Infinity : Math.max(0, check.attempts - attempt);
}

/**
 * Feedback and right answers of the check stay hidden until the learner has passed or has no
 * attempt left: a failed check must not hand out the answers for the retake.
 */
export function shouldRevealCheckAnswers(check: CheckInfo, state: Pick<LearnerState, 'check' | 'attempt'>, isAttemptComplete: boolean): boolean {
  if (state.check?.isPassed) return true;
  return isAttemptComplete && attemptsLeft(check, state.attempt) === 0;
}

/** A short random seed for a learner's first launch; stored, so it never changes for them. */
export function newSeed(random: () => number = Math.random): string {
  return Array.from({ length: 6 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
}

/** Today on the learner's clock, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
