import type { Question } from '../schemas/quiz.ts';
import type { ScenarioChoice, ScenarioStep } from '../schemas/scenario.ts';
import type { AnswerEvent } from './types.ts';
import { isResponseCorrect, parseLearnerNumber, questionText, type Draft } from './grading.ts';
import { decisionId, paragraphs } from './scenario-play.ts';

/**
 * What islands hand the tracker: an answer or a decision in learning terms. The adapters turn
 * it into each standard's own form (cmi.interactions, xAPI statements); islands never see those.
 */

/** The answer as the tracker records it and the LMS receives it (see AnswerEvent). */
export function toAnswerEvent(question: Question, draft: Draft, latencyMs?: number): AnswerEvent {
  const base = { questionId: question.id, description: questionText(question), ...(latencyMs === undefined ? {} : { latencyMs }) };
  const response = normaliseDraft(question, draft);
  const isCorrect = isResponseCorrect(question, response);
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, kind: 'choice', optionIds: question.options.map((o) => o.id), optionTexts: textsOf(question.options), response, correctResponse: question.correct, isCorrect };
    case 'truefalse':
      return { ...base, kind: 'true-false', optionIds: ['true', 'false'], response, correctResponse: [String(question.correct)], isCorrect };
    case 'matching':
      return {
        ...base,
        kind: 'matching',
        optionIds: question.pairs.map((pair) => pair.id),
        targetIds: question.targets.map((target) => target.id),
        optionTexts: textsOf([...question.pairs, ...question.targets]),
        response,
        correctResponse: question.pairs.map((pair) => `${pair.id}.${pair.target ?? ''}`),
        isCorrect,
      };
    case 'categorise':
      return {
        ...base,
        kind: 'matching',
        optionIds: question.statements.map((statement) => statement.id),
        targetIds: question.buckets.map((bucket) => bucket.id),
        optionTexts: textsOf([...question.statements, ...question.buckets]),
        response,
        correctResponse: question.statements.map((statement) => `${statement.id}.${statement.bucket ?? ''}`),
        isCorrect,
      };
    case 'ordering':
      return { ...base, kind: 'sequencing', optionIds: question.items.map((item) => item.id), optionTexts: textsOf(question.items), response, correctResponse: question.items.map((item) => item.id), isCorrect };
    case 'fillin':
      return question.answer.kind === 'numeric'
        ? { ...base, kind: 'numeric', optionIds: [], response, correctResponse: [String(question.answer.min), String(question.answer.max)], isCorrect }
        : { ...base, kind: 'fill-in', optionIds: [], response, correctResponse: [question.answer.accepted[0]!], isCorrect };
    case 'reflection':
      return { ...base, kind: 'long-fill-in', optionIds: [], response, correctResponse: null, isCorrect: null };
  }
}

/** Ids to the texts the learner read; a source and a target with the same id keep the first (the source). */
function textsOf(labels: ReadonlyArray<{ id: string; text: string }>): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { id, text } of labels) texts[id] ??= text;
  return texts;
}

/** Text loses its surrounding spaces; a numeric answer becomes a plain decimal ("3,5" → "3.5"). */
function normaliseDraft(question: Question, draft: Draft): string[] {
  if (question.type === 'fillin' && question.answer.kind === 'numeric') {
    const value = parseLearnerNumber(draft[0] ?? '');
    return [value === null ? (draft[0] ?? '') : String(value)];
  }
  if (question.type === 'fillin' || question.type === 'reflection') return [(draft[0] ?? '').trim()];
  return [...draft];
}

/** A scenario decision: an ungraded choice, because the debrief weighs the whole path. */
export function toDecisionEvent(scenarioId: string, step: ScenarioStep, choice: ScenarioChoice, latencyMs?: number): AnswerEvent {
  return {
    questionId: decisionId(scenarioId, step.id),
    kind: 'choice',
    description: step.title ?? paragraphs(step.situation)[0] ?? step.id,
    optionIds: step.choices.map((each) => each.id),
    optionTexts: textsOf(step.choices),
    response: [choice.id],
    correctResponse: null,
    isCorrect: null,
    ...(latencyMs === undefined ? {} : { latencyMs }),
  };
}
