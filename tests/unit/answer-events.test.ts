import { describe, expect, test } from 'vitest';
import { QuizSchema, type Question } from '../../src/schemas/quiz.ts';
import { toAnswerEvent, toDecisionEvent } from '../../src/learning/answer-events.ts';
import { isGraded, withPair } from '../../src/learning/grading.ts';

const quiz = QuizSchema.parse({
  id: 'm1-proef',
  title: 'Proef',
  questions: [
    { id: 'q-single', type: 'single', prompt: 'Welke?', options: [{ id: 'a', text: 'A', feedback: 'x' }, { id: 'b', text: 'B', feedback: 'y' }], correct: ['b'] },
    { id: 'q-tf', type: 'truefalse', statement: 'Klopt dit?', correct: false, feedback: { true: 'Nee.', false: 'Ja.' } },
    {
      id: 'q-match',
      type: 'matching',
      prompt: 'Koppel',
      pairs: [{ id: 'output', text: 'Output', target: 'prest' }, { id: 'outcome', text: 'Outcome', target: 'effect' }],
      targets: [{ id: 'prest', text: 'P' }, { id: 'effect', text: 'E' }, { id: 'koker', text: 'K' }],
      feedback: { correct: 'Goed', incorrect: 'Fout' },
    },
    { id: 'q-order', type: 'ordering', prompt: 'Volgorde', items: [{ id: 'weber', text: 'W' }, { id: 'hood', text: 'H' }, { id: 'osborne', text: 'O' }], feedback: { correct: 'Goed', incorrect: 'Fout' } },
    {
      id: 'q-sort',
      type: 'categorise',
      prompt: 'Deel in',
      buckets: [{ id: 'pa', text: 'PA' }, { id: 'npm', text: 'NPM' }],
      statements: [{ id: 'boa', text: 'Boa', bucket: 'pa', feedback: 'f' }, { id: 'kcc', text: 'KCC', bucket: 'npm', feedback: 'f' }],
    },
    { id: 'q-text', type: 'fillin', prompt: 'Woord?', answer: { kind: 'text', accepted: ['outcome', 'outcomes'] }, feedback: { correct: 'Goed', incorrect: 'Fout' } },
    { id: 'q-number', type: 'fillin', prompt: 'Hoeveel?', answer: { kind: 'numeric', min: 2.5, max: 6 }, feedback: { correct: 'Goed', incorrect: 'Fout' } },
    { id: 'q-reflect', type: 'reflection', prompt: 'Wat herken je?', retries: 1 },
  ],
});
const question = (id: string): Question => quiz.questions.find((q) => q.id === id)!;
describe('the answer a learner gives becomes an AnswerEvent of the right kind', () => {
  test('single choice stays exactly as before: kind choice, authored option ids', () => {
    expect(toAnswerEvent(question('q-single'), ['b'], 1200)).toEqual({
      questionId: 'q-single', kind: 'choice', description: 'Welke?', optionIds: ['a', 'b'], optionTexts: { a: 'A', b: 'B' }, response: ['b'], correctResponse: ['b'], isCorrect: true, latencyMs: 1200,
    });
  });

  test('true/false reports the statement and "true" or "false"', () => {
    expect(toAnswerEvent(question('q-tf'), ['false'])).toMatchObject({ kind: 'true-false', description: 'Klopt dit?', response: ['false'], correctResponse: ['false'], isCorrect: true });
  });

  test('matching reports source.target pairs with sources and targets in authored order', () => {
    const draft = withPair(withPair([], ['output', 'outcome'], 'outcome', 'koker'), ['output', 'outcome'], 'output', 'prest');
    expect(draft).toEqual(['output.prest', 'outcome.koker']);
    expect(toAnswerEvent(question('q-match'), draft)).toMatchObject({
      kind: 'matching', optionIds: ['output', 'outcome'], targetIds: ['prest', 'effect', 'koker'], correctResponse: ['output.prest', 'outcome.effect'], isCorrect: false,
    });
  });

  test('categorise reports statement.bucket pairs as matching', () => {
    expect(toAnswerEvent(question('q-sort'), ['boa.pa', 'kcc.npm'])).toMatchObject({ kind: 'matching', optionIds: ['boa', 'kcc'], targetIds: ['pa', 'npm'], isCorrect: true });
  });

  test('ordering reports the learner order as sequencing; the authored order is right', () => {
    expect(toAnswerEvent(question('q-order'), ['weber', 'hood', 'osborne'])).toMatchObject({ kind: 'sequencing', correctResponse: ['weber', 'hood', 'osborne'], isCorrect: true });
    expect(toAnswerEvent(question('q-order'), ['hood', 'weber', 'osborne']).isCorrect).toBe(false);
  });

  test('text fill-in ignores capitals and spaces unless the author says otherwise', () => {
    expect(toAnswerEvent(question('q-text'), ['  Outcome ']).isCorrect).toBe(true);
    expect(toAnswerEvent(question('q-text'), ['  Outcome ']).response).toEqual(['Outcome']);
    expect(toAnswerEvent(question('q-text'), ['output']).isCorrect).toBe(false);
    const strict = { ...question('q-text'), answer: { kind: 'text', accepted: ['NPM'], caseSensitive: true } } as Question;
    expect(toAnswerEvent(strict, ['npm']).isCorrect).toBe(false);
    expect(toAnswerEvent(strict, ['NPM']).isCorrect).toBe(true);
  });

  test('numeric takes a Dutch decimal comma, reports a plain decimal and the range as the pattern', () => {
    expect(toAnswerEvent(question('q-number'), ['2,5'])).toMatchObject({ kind: 'numeric', response: ['2.5'], correctResponse: ['2.5', '6'], isCorrect: true });
    expect(toAnswerEvent(question('q-number'), ['6.01']).isCorrect).toBe(false);
  });

  test('a reflection is long-fill-in without a right answer', () => {
    expect(toAnswerEvent(question('q-reflect'), ['Mijn gedachte.\n'])).toMatchObject({ kind: 'long-fill-in', response: ['Mijn gedachte.'], correctResponse: null, isCorrect: null });
    expect(isGraded(question('q-reflect'))).toBe(false);
    expect(isGraded(question('q-single'))).toBe(true);
  });
});

describe('a scenario decision becomes an ungraded choice', () => {
  test('named by scenario and step, described by the step title, with the step choices as options', () => {
    const step = { id: 'dp2', title: 'Vijf weken later', situation: 'Wat nu?', choices: [{ id: 'a', text: 'A', logic: 'PA' as const, feedback: 'f', effects: {}, next: 'x' }, { id: 'b', text: 'B', logic: 'NPG' as const, feedback: 'f', effects: {}, next: 'y' }] };
    expect(toDecisionEvent('m1-brief', step, step.choices[1]!, 800)).toEqual({
      questionId: 'm1-brief.dp2', kind: 'choice', description: 'Vijf weken later', optionIds: ['a', 'b'], optionTexts: { a: 'A', b: 'B' }, response: ['b'], correctResponse: null, isCorrect: null, latencyMs: 800,
    });
  });
});
