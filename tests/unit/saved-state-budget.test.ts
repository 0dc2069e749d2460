import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { SUSPEND_DATA_LIMITS, worstCaseState, worstCaseSuspendDataLength } from '../../src/learning/saved-state-budget.ts';
import { FILL_IN_MAX_LENGTH } from '../../src/learning/grading.ts';
import { encodeSavedState as encodeSuspendData, normaliseLearnerText } from '../../src/learning/saved-state.ts';
import { QuizSchema, type Quiz } from '../../src/schemas/quiz.ts';
import { ScenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';
import type { LearnerState } from '../../src/learning/types.ts';

const options = [
  { id: 'a', text: 'A', feedback: 'f' },
  { id: 'b', text: 'B', feedback: 'f' },
  { id: 'c', text: 'C', feedback: 'f' },
];
const quiz: Quiz = QuizSchema.parse({
  id: 'm1-check',
  title: 'Check',
  scored: true,
  questions: [
    { id: 'm1-enkel', type: 'single', objective: 'm1-doel', prompt: 'Welke?', options, correct: ['a'] },
    { id: 'm1-meer', type: 'multiple', objective: 'm1-ander', prompt: 'Welke?', options, correct: ['a', 'b'] },
    { id: 'm1-reflectie', type: 'reflection', prompt: 'Wat vind jij?', maxLength: 300 },
  ],
});
const scenario: Scenario = ScenarioSchema.parse({
  id: 'm1-casus',
  title: 'Casus',
  intro: 'Intro',
  start: 's1',
  steps: [
    { id: 's1', situation: 'Eerste', choices: [{ id: 'a', text: 'A', logic: 'PA', feedback: 'f', next: 's2' }, { id: 'bb', text: 'B', logic: 'NPM', feedback: 'f', next: 'einde' }] },
    { id: 's2', situation: 'Tweede', choices: [{ id: 'c', text: 'C', logic: 'NPG', feedback: 'f', next: 'einde' }] },
  ],
  endings: [{ id: 'einde', title: 'Einde', debrief: 'Uitleg' }],
});
const lessons = ['01-les', '02-les'];

describe('worst-case saved progress', () => {
  test('counts every lesson, the longest answers, reflections at full length and the longest scenario path', () => {
    const state = worstCaseState(lessons, [quiz], [scenario]);
    expect(state.visitedLessonIds).toEqual(lessons);
    expect(state.answers['m1-meer']?.response).toEqual(['a', 'b', 'c']);
    expect(state.answers['m1-reflectie']?.response[0]).toHaveLength(300);
    expect(state.scenarioPaths['m1-casus']).toEqual(['a', 'c']);
    expect(worstCaseSuspendDataLength(lessons, [quiz], [scenario])).toBe(encodeSuspendData(state).length);
  });

  test('a reflection of 4000 characters cannot fit SCORM 1.2', () => {
    const long = QuizSchema.parse({ ...quiz, scored: false, questions: [{ id: 'm1-lang', type: 'reflection', prompt: 'Schrijf', maxLength: 4000 }] });
    expect(worstCaseSuspendDataLength(lessons, [long], [])).toBeGreaterThan(SUSPEND_DATA_LIMITS['1.2']);
  });

  test('no learner can produce more than the worst case', () => {
    const answer = fc.record({
      enkel: fc.constantFrom('a', 'b', 'c'),
      meer: fc.subarray(['a', 'b', 'c'], { minLength: 1 }),
      reflectie: fc.string({ minLength: 250, maxLength: 300, unit: 'binary' }),
      lessons: fc.subarray(lessons),
      path: fc.constantFrom(['bb'], ['a'], ['a', 'c']),
      graded: fc.boolean(),
      weak: fc.subarray(['m1-doel', 'm1-ander']),
      attempt: fc.integer({ min: 1, max: 999 }),
      seed: fc.stringMatching(/^[a-z0-9]{6}$/),
      day: fc.constantFrom(null, '2026-12-02'),
    });
    const worst = worstCaseSuspendDataLength(lessons, [quiz], [scenario], ['m1-doel', 'm1-ander']);
    fc.assert(
      fc.property(answer, (given) => {
        const state: LearnerState = {
          visitedLessonIds: given.lessons,
          location: '',
          place: '',
          answers: {
            'm1-enkel': { response: [given.enkel], isCorrect: given.graded },
            'm1-meer': { response: given.meer, isCorrect: !given.graded },
            // The text box counts UTF-16 code units, as maxLength does.
            'm1-reflectie': { response: [normaliseLearnerText(given.reflectie.slice(0, 300))], isCorrect: null },
          },
          check: { raw: 2, max: 3, isPassed: true, weakObjectives: given.weak, passedOn: given.day },
          scenarioPaths: { 'm1-casus': [...given.path] },
          retriesUsed: {},
          attempt: given.attempt,
          seed: given.seed,
        };
        expect(encodeSuspendData(state).length).toBeLessThanOrEqual(worst);
      }),
    );
  });

  test('stored text never needs more than two JSON characters per typed character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        expect(JSON.stringify(normaliseLearnerText(text)).length - 2).toBeLessThanOrEqual(2 * text.length);
      }),
    );
  });

  test('fill-in answers are limited in the interface to the length the worst case assumes', () => {
    expect(FILL_IN_MAX_LENGTH).toBe(80);
  });
});
