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
  toAnswerEvent,
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

describe('the answer a learner gives becomes an AnswerEvent of the right kind', () => {
  test('single choice stays exactly as before: kind choice, authored option ids', () => {
    expect(toAnswerEvent(question('q-single'), ['b'], 1200)).toEqual({
      questionId: 'q-single', kind: 'choice', description: 'Welke?', optionIds: ['a', 'b'], response: ['b'], correctResponse: ['b'], isCorrect: true, latencyMs: 1200,
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
