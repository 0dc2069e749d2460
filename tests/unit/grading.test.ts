import { describe, expect, test } from 'vitest';
import { QuizSchema, type Question } from '../../src/schemas/quiz.ts';
import {
  draftProblem,
  initialDraft,
  isGraded,
  parseLearnerNumber,
  retriesLeft,
  retryPolicy,
  shouldRevealAnswer,
  withPair,
} from '../../src/learning/grading.ts';

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

describe('a draft that cannot be checked yet says why', () => {
  test.each([
    ['q-single', [], 'chooseFirst'],
    ['q-tf', [], 'chooseFirst'],
    ['q-match', ['output.prest'], 'matchAllFirst'],
    ['q-sort', ['boa.pa'], 'sortAllFirst'],
    ['q-text', ['  '], 'fillInFirst'],
    ['q-number', ['zes'], 'notANumber'],
    ['q-reflect', [''], 'writeFirst'],
  ])('%s with %j: %s', (id, draft, problem) => {
    expect(draftProblem(question(id), draft)).toBe(problem);
  });

  test('an ordering question can always be checked, from its shuffled start', () => {
    expect(draftProblem(question('q-order'), initialDraft(question('q-order')))).toBeNull();
    expect(initialDraft(question('q-order'))).not.toEqual(['weber', 'hood', 'osborne']);
  });
});

describe('numbers as Dutch learners type them', () => {
  test.each([
    ['6', 6],
    ['3,5', 3.5],
    [' -2.25 ', -2.25],
    [',5', 0.5],
    ['1.000,5', null],
    ['6 weken', null],
    ['', null],
  ])('%j is %s', (text, value) => {
    expect(parseLearnerNumber(text)).toBe(value);
  });
});

describe('the retry policy', () => {
  test('defaults to unlimited in practice and 0 in the scored check, per attempt', () => {
    expect(retryPolicy({ scored: false }, {})).toBe('unlimited');
    expect(retryPolicy({ scored: true }, {})).toBe(0);
  });

  test('takes the quiz setting, and a question setting over that', () => {
    expect(retryPolicy({ scored: false, retries: 2 }, {})).toBe(2);
    expect(retryPolicy({ scored: true, retries: 2 }, { retries: 'unlimited' })).toBe('unlimited');
  });

  test('counts retries down and reveals the answer once none are left, or always when unlimited', () => {
    expect(retriesLeft(2, 1)).toBe(1);
    expect(retriesLeft(2, 5)).toBe(0);
    expect(retriesLeft('unlimited', 9)).toBe(Infinity);
    expect(shouldRevealAnswer(2, 1)).toBe(false);
    expect(shouldRevealAnswer(2, 2)).toBe(true);
    expect(shouldRevealAnswer(0, 0)).toBe(true);
    expect(shouldRevealAnswer('unlimited', 0)).toBe(true);
  });
});

