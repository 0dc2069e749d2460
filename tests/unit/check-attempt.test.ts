import { describe, expect, test } from 'vitest';
import { attemptsLeft, betterResult, checkInfoOf, objectiveResults, questionsOfAttempt, rightAnswersNeeded, scoreAttempt, shouldRevealCheckAnswers } from '../../src/learning/check-attempt.ts';
import { QuizSchema } from '../../src/schemas/quiz.ts';

const question = (id: string, objective: string) => ({ id, type: 'truefalse', objective, statement: id, correct: true, feedback: { true: 'a', false: 'b' } });
const pool = QuizSchema.parse({
  id: 'm9-check',
  title: 'Check',
  scored: true,
  draw: 2,
  attempts: 3,
  questions: [
    ...['a1', 'a2', 'a3', 'a4'].map((id) => question(id, 'doel-a')),
    ...['b1', 'b2', 'b3', 'b4'].map((id) => question(id, 'doel-b')),
    { id: 'open', type: 'reflection', prompt: 'Waarom?' },
  ],
});
const check = checkInfoOf(pool, '05-check');
const right = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { response: ['true'], isCorrect: true }]));
const wrong = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, { response: ['false'], isCorrect: false }]));

describe('drawing the questions of an attempt', () => {
  test('asks `draw` questions per objective, reflections apart', () => {
    const asked = questionsOfAttempt(check, { attempt: 1, seed: 'abc123' });
    expect(asked).toHaveLength(4);
    expect(asked.filter((id) => id.startsWith('a'))).toHaveLength(2);
    expect(asked.filter((id) => id.startsWith('b'))).toHaveLength(2);
    expect(check.openQuestions).toEqual(['open']);
  });

  test('the first attempt is the same for every learner, so the page can show it before it knows who learns', () => {
    expect(questionsOfAttempt(check, { attempt: 1, seed: 'abc123' })).toEqual(questionsOfAttempt(check, { attempt: 1, seed: 'zzz999' }));
  });

  test('an attempt asks the same questions in the same order after a resume, and a retake draws afresh', () => {
    const second = questionsOfAttempt(check, { attempt: 2, seed: 'abc123' });
    expect(questionsOfAttempt(check, { attempt: 2, seed: 'abc123' })).toEqual(second);
    const attempts = [2, 3, 4, 5, 6].map((attempt) => questionsOfAttempt(check, { attempt, seed: 'abc123' }).join());
    expect(new Set(attempts).size).toBeGreaterThan(1);
  });

  test('without a pool every question is asked', () => {
    const all = checkInfoOf({ ...pool, draw: undefined });
    expect(questionsOfAttempt(all, { attempt: 1, seed: '' }).sort()).toEqual(['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4']);
  });
});

describe('scoring an attempt', () => {
  test('passes with the pass mark overall and a right answer in every objective', () => {
    const result = scoreAttempt(check, ['a1', 'a2', 'b1', 'b2'], { ...right(['a1', 'a2', 'b1']), ...wrong(['b2']) }, 70, '2026-12-02');
    expect(result).toEqual({ raw: 3, max: 4, isPassed: true, weakObjectives: [], passedOn: '2026-12-02' });
  });

  test('fails at the pass mark when one objective has no right answer, and names it', () => {
    const result = scoreAttempt(check, ['a1', 'a2', 'b1', 'b2'], { ...right(['a1', 'a2']), ...wrong(['b1', 'b2']) }, 50, '2026-12-02');
    expect(result).toEqual({ raw: 2, max: 4, isPassed: false, weakObjectives: ['doel-b'], passedOn: null });
  });

  test('reports per objective right answers out of the questions asked', () => {
    expect(objectiveResults(check, ['a1', 'b1', 'b2'], { ...right(['b1']), ...wrong(['a1', 'b2']) })).toEqual([
      { objective: 'doel-a', right: 0, asked: 1 },
      { objective: 'doel-b', right: 1, asked: 2 },
    ]);
  });

  test('the fewest right answers that meet the pass mark', () => {
    expect(rightAnswersNeeded(8, 70)).toBe(6);
    expect(rightAnswersNeeded(8, 80)).toBe(7);
    expect(rightAnswersNeeded(12, 70)).toBe(9);
    expect(rightAnswersNeeded(15, 100)).toBe(15);
  });

  test('a pass stays the best result, with its day, whatever comes after', () => {
    const passed = { raw: 3, max: 4, isPassed: true, weakObjectives: [], passedOn: '2026-12-01' };
    const failed = { raw: 4, max: 4, isPassed: false, weakObjectives: ['x'], passedOn: null };
    expect(betterResult(passed, failed)).toBe(passed);
    expect(betterResult(failed, passed)).toBe(passed);
    expect(betterResult(passed, { ...passed, raw: 4, passedOn: '2026-12-05' })).toEqual({ ...passed, raw: 4, passedOn: '2026-12-01' });
  });
});

describe('what a failed check shows', () => {
  test('feedback stays hidden after a failed attempt while attempts are left, and shows once passed or out of attempts', () => {
    expect(shouldRevealCheckAnswers(check, { check: null, attempt: 1 }, true)).toBe(false);
    expect(shouldRevealCheckAnswers(check, { check: null, attempt: 3 }, true)).toBe(true);
    expect(shouldRevealCheckAnswers(check, { check: { raw: 4, max: 4, isPassed: true, weakObjectives: [], passedOn: null }, attempt: 1 }, true)).toBe(true);
    expect(attemptsLeft(check, 1)).toBe(2);
    expect(attemptsLeft(checkInfoOf({ ...pool, attempts: undefined }), 5)).toBe(Infinity);
  });
});
