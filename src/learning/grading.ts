import type { Question, QuestionOf, Quiz } from '../schemas/quiz.ts';
import type { Retries } from '../schemas/question-fields.ts';

import { scrambleStable } from './seeded-shuffle.ts';

/**
 * What a learner's answer is, per question type, in the one form AnswerEvent.response
 * describes: the draft while they work, the answer the tracker stores (and restores on return)
 * and the SCORM response are the same list of strings.
 * - single, multiple: option ids in authored order; truefalse: ["true"] or ["false"];
 * - matching: "pairId.targetId", categorise: "statementId.bucketId", in authored order;
 * - ordering: item ids in the learner's order;
 * - fillin, reflection: [the text as typed].
 */
export type Draft = readonly string[];

/**
 * The fill-in text box takes at most this many characters. A fill-in answer is a word, a term or
 * a number; the limit keeps saved progress and the LMS data small (SCORM 2004 would hold 250).
 */
export const FILL_IN_MAX_LENGTH = 80;

/** Reflections have no right answer: they never count toward a score. */
export function isGraded(question: Pick<Question, 'type'>): boolean {
  return question.type !== 'reflection';
}

/** The text that asks the question: the statement of a true/false question, otherwise the prompt. */
export function questionText(question: Question): string {
  return question.type === 'truefalse' ? question.statement : question.prompt;
}

/** An ordering question starts shuffled, the same way on every visit; every other type starts empty. */
export function initialDraft(question: Question): string[] {
  return question.type === 'ordering' ? scrambleStable(question.items.map((item) => item.id), question.id) : [];
}

/** Why a draft cannot be checked yet; QuizIsland shows the matching message from nl.quiz. */
export type DraftProblem = 'chooseFirst' | 'matchAllFirst' | 'sortAllFirst' | 'fillInFirst' | 'notANumber' | 'writeFirst';

export function draftProblem(question: Question, draft: Draft): DraftProblem | null {
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'truefalse':
      return draft.length === 0 ? 'chooseFirst' : null;
    case 'matching':
      return question.pairs.every((pair) => pairsOf(draft).has(pair.id)) ? null : 'matchAllFirst';
    case 'categorise':
      return question.statements.every((statement) => pairsOf(draft).has(statement.id)) ? null : 'sortAllFirst';
    case 'ordering':
      return null;
    case 'fillin':
      if (!draft[0]?.trim()) return 'fillInFirst';
      return question.answer.kind === 'numeric' && parseLearnerNumber(draft[0]) === null ? 'notANumber' : null;
    case 'reflection':
      return draft[0]?.trim() ? null : 'writeFirst';
  }
}

/** "source.target" pairs as a map from source id to target id. */
export function pairsOf(response: Draft): Map<string, string> {
  return new Map(response.map((pair) => pair.split('.') as [string, string]));
}

/** Sets (or with target "" removes) one pair, keeping pairs in the authored order of the sources. */
export function withPair(draft: Draft, sourceIds: readonly string[], source: string, target: string): string[] {
  const pairs = pairsOf(draft);
  if (target) pairs.set(source, target);
  else pairs.delete(source);
  return sourceIds.filter((id) => pairs.has(id)).map((id) => `${id}.${pairs.get(id)}`);
}

/** Dutch learners write 3,5 as often as 3.5; thousands separators are not accepted. */
export function parseLearnerNumber(text: string): number | null {
  const clean = text.trim().replace(/\s+/g, '');
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(clean)) return null;
  return Number(clean.replace(',', '.'));
}

/** Spaces around and between words never matter; capitals only when the author says so. */
export function normaliseText(text: string, isCaseSensitive: boolean): string {
  const clean = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return isCaseSensitive ? clean : clean.toLocaleLowerCase('nl');
}

/** null for ungraded questions (reflections). */
export function isResponseCorrect(question: Question, response: Draft): boolean | null {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return isChoiceCorrect(question.correct, response);
    case 'truefalse':
      return response[0] === String(question.correct);
    case 'matching':
      return isEveryPairRight(question.pairs.map((pair) => [pair.id, pair.target ?? '']), response);
    case 'categorise':
      return isEveryPairRight(question.statements.map((statement) => [statement.id, statement.bucket ?? '']), response);
    case 'ordering':
      return response.length === question.items.length && question.items.every((item, i) => response[i] === item.id);
    case 'fillin':
      return isFillInRight(question, response[0] ?? '');
    case 'reflection':
      return null;
  }
}

function isEveryPairRight(correct: [string, string][], response: Draft): boolean {
  const chosen = pairsOf(response);
  return correct.every(([source, target]) => chosen.get(source) === target);
}

function isFillInRight(question: QuestionOf<'fillin'>, text: string): boolean {
  const { answer } = question;
  if (answer.kind === 'numeric') {
    const value = parseLearnerNumber(text);
    return value !== null && value >= answer.min && value <= answer.max;
  }
  const given = normaliseText(text, answer.caseSensitive);
  return answer.accepted.some((accepted) => normaliseText(accepted, answer.caseSensitive) === given);
}

/** The author's retry policy for one question: the question's own, then the quiz's, then the default. */
export function retryPolicy(quiz: Pick<Quiz, 'scored' | 'retries'>, question: Pick<Question, 'retries'>): Retries {
  return question.retries ?? quiz.retries ?? (quiz.scored ? 0 : 'unlimited');
}

/** Retries still open, or Infinity. */
export function retriesLeft(policy: Retries, used: number): number {
  return policy === 'unlimited' ? Infinity : Math.max(0, policy - used);
}

/**
 * The right answer is shown once no retry is left, and always with unlimited retries (practice:
 * look, then try again). With a limited number of retries the learner first works it out.
 */
export function shouldRevealAnswer(policy: Retries, used: number): boolean {
  return policy === 'unlimited' || retriesLeft(policy, used) === 0;
}

/** A choice answer is right when exactly the correct options are chosen, no more and no fewer. */
function isChoiceCorrect(correctIds: readonly string[], chosen: Draft): boolean {
  const correct = new Set(correctIds);
  return chosen.length === correct.size && chosen.every((id) => correct.has(id));
}
