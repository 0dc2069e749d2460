import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeLocation, decodeSavedState as decodeSuspendData, emptyState, encodeLocation, encodeSavedState as encodeSuspendData } from '../../src/learning/saved-state.ts';
import type { LearnerState } from '../../src/learning/types.ts';

const module = {
  lessonIds: ['01-pa', '02-npm', '03-npg', '04-kennischeck'],
  questionIds: ['m1-q1', 'm1-q2', 'm1-q3'],
  scenarioIds: ['m1-brief'],
};

function sampleState(): LearnerState {
  return {
    visitedLessonIds: ['01-pa', '02-npm'],
    location: '02-npm',
    place: 'm1-brief',
    answers: { 'm1-q1': { response: ['b'], isCorrect: true }, 'm1-q2': { response: ['a', 'c'], isCorrect: false }, 'm1-q3': { response: ['Mijn reflectie'], isCorrect: null } },
    check: { raw: 1, max: 3, isPassed: false, weakObjectives: ['m1-doel'], passedOn: null },
    scenarioPaths: { 'm1-brief': ['c', 'a'] },
    retriesUsed: { 'm1-q2': 1 },
    attempt: 2,
    seed: 'k3f9qa',
  };
}

describe('suspend data codec', () => {
  test('restores what it saved, except the bookmark, which the LMS keeps separately', () => {
    const state = sampleState();
    const { state: restored, dropped } = decodeSuspendData(encodeSuspendData(state), module);
    expect(dropped).toEqual([]);
    expect(restored).toEqual({ ...state, location: '', place: '' });
  });

  test('keeps the bookmark as lesson and place, and reads one without a place', () => {
    expect(encodeLocation({ location: '02-npm', place: 'm1-brief' })).toBe('02-npm#m1-brief');
    expect(decodeLocation('02-npm#m1-brief')).toEqual({ location: '02-npm', place: 'm1-brief' });
    expect(decodeLocation('02-npm')).toEqual({ location: '02-npm', place: '' });
  });

  test('writes a compact, versioned format', () => {
    expect(encodeSuspendData(sampleState())).toBe('{"v":2,"s":["01-pa","02-npm"],"a":{"m1-q1":[1,"b"],"m1-q2":[0,"a","c"],"m1-q3":[2,"Mijn reflectie"]},"k":[1,3,0,["m1-doel"],null],"p":{"m1-brief":["c","a"]},"r":{"m1-q2":1},"n":2,"x":"k3f9qa"}');
  });

  test('drops answers for question ids the module no longer has and keeps the rest', () => {
    const saved = encodeSuspendData(sampleState());
    const { state, dropped } = decodeSuspendData(saved, { ...module, questionIds: ['m1-q1'], lessonIds: ['01-pa'], scenarioIds: [] });
    expect(Object.keys(state.answers)).toEqual(['m1-q1']);
    expect(state.visitedLessonIds).toEqual(['01-pa']);
    expect(state.scenarioPaths).toEqual({});
    expect(dropped).toEqual(['lesson "02-npm"', 'answer to "m1-q2"', 'answer to "m1-q3"', 'scenario path "m1-brief"', 'retries of "m1-q2"']);
  });

  test.each([
    ['not JSON', 'viewed=1,2,3|lastviewedslide=31'],
    ['another format', '{"version":3,"slides":[1,2]}'],
    ['a JSON array', '[1,2,3]'],
    ['null', 'null'],
  ])('starts cleanly from %s and says what it dropped', (_, text) => {
    const { state, dropped } = decodeSuspendData(text, module);
    expect(state).toEqual(emptyState());
    expect(dropped).toHaveLength(1);
  });

  test('keeps valid parts of a partly corrupted state', () => {
    const text = '{"v":2,"s":["01-pa",7,null],"a":{"m1-q1":[1,"b"],"m1-q2":"oops","m1-q3":[5,"x"]},"k":[9,3,1,[],null]}';
    const { state, dropped } = decodeSuspendData(text, module);
    expect(state.visitedLessonIds).toEqual(['01-pa']);
    expect(state.answers).toEqual({ 'm1-q1': { response: ['b'], isCorrect: true } });
    expect(state.check).toBeNull();
    expect(dropped).toHaveLength(4);
  });

  test('ids that name members of Object.prototype are ordinary ids', () => {
    const odd = { lessonIds: ['constructor'], questionIds: ['tostring', 'valueOf'], scenarioIds: [] };
    const { state, dropped } = decodeSuspendData('{"v":2,"s":["constructor","__proto__"],"a":{"valueOf":[1,"a"],"hasOwnProperty":[1,"a"]}}', odd);
    expect(state.visitedLessonIds).toEqual(['constructor']);
    expect(Object.keys(state.answers)).toEqual(['valueOf']);
    expect(state.answers['tostring']).toBeUndefined();
    expect(dropped).toEqual(['lesson "__proto__"', 'answer to "hasOwnProperty"']);
  });

  test('treats empty suspend data as a first visit', () => {
    expect(decodeSuspendData('', module)).toEqual({ state: emptyState(), dropped: [] });
  });
});

describe('suspend data properties', () => {
  const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
  const answer = fc.record({
    response: fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }),
    isCorrect: fc.constantFrom(true, false, null),
  });
  const stateArbitrary = fc.record({
    visitedLessonIds: fc.uniqueArray(id, { maxLength: 8 }),
    location: fc.constant(''),
    place: fc.constant(''),
    answers: fc.dictionary(id, answer, { maxKeys: 20 }),
    check: fc.option(
      fc.integer({ min: 1, max: 20 }).chain((max) =>
        fc.record({ raw: fc.integer({ min: 0, max }), max: fc.constant(max), isPassed: fc.boolean(), weakObjectives: fc.uniqueArray(id, { maxLength: 4 }), passedOn: fc.constantFrom(null, '2026-12-02') }),
      ),
      { nil: null },
    ),
    scenarioPaths: fc.dictionary(id, fc.array(id, { maxLength: 6 }), { maxKeys: 3 }),
    retriesUsed: fc.constant({}),
    attempt: fc.integer({ min: 1, max: 999 }),
    seed: fc.stringMatching(/^[a-z0-9]{6}$/),
  });

  test('any state round-trips when the module still has all its ids', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const ids = { lessonIds: state.visitedLessonIds, questionIds: Object.keys(state.answers), scenarioIds: Object.keys(state.scenarioPaths) };
        const { state: restored, dropped } = decodeSuspendData(encodeSuspendData(state), ids);
        expect(dropped).toEqual([]);
        expect(restored).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  test('decoding never throws, whatever the LMS hands back', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => decodeSuspendData(text, module)).not.toThrow();
      }),
    );
  });
});

describe('migrations on resume', () => {
  test('carries progress under renamed lesson, question and scenario ids over to the new ids', () => {
    const saved = encodeSuspendData(sampleState());
    const renamedModule = {
      lessonIds: ['01-bureaucratie', '02-npm', '03-npg', '04-kennischeck'],
      questionIds: ['m1-weber', 'm1-q2', 'm1-q3'],
      scenarioIds: ['m1-brief-bakker'],
      renamed: { '01-pa': '01-bureaucratie', 'm1-q1': 'm1-weber', 'm1-brief': 'm1-brief-bakker' },
    };
    const { state, dropped } = decodeSuspendData(saved, renamedModule);
    expect(dropped).toEqual([]);
    expect(state.visitedLessonIds).toEqual(['01-bureaucratie', '02-npm']);
    expect(state.answers['m1-weber']).toEqual({ response: ['b'], isCorrect: true });
    expect(state.scenarioPaths).toEqual({ 'm1-brief-bakker': ['c', 'a'] });
  });

  test('migrates the first release\'s format (v1): answers, paths and a pass scored on the pass mark alone', () => {
    const v1 = '{"v":1,"s":["01-pa","04-kennischeck"],"a":{"m1-q1":[1,"b"]},"k":[5,7,1],"p":{"m1-brief":["c"]}}';
    const { state, dropped } = decodeSuspendData(v1, module);
    expect(dropped).toEqual([]);
    expect(state.visitedLessonIds).toEqual(['01-pa', '04-kennischeck']);
    expect(state.answers['m1-q1']).toEqual({ response: ['b'], isCorrect: true });
    expect(state.check).toEqual({ raw: 5, max: 7, isPassed: true, weakObjectives: [], passedOn: null });
    expect(state.scenarioPaths).toEqual({ 'm1-brief': ['c'] });
    expect(state.attempt).toBe(1);
  });

  test('drops a format version it has no migration for, and says so', () => {
    const { state, dropped } = decodeSuspendData('{"v":3,"s":["01-pa"]}', module);
    expect(state).toEqual(emptyState());
    expect(dropped).toEqual(['saved progress has an unknown format: {"v":3,"s":["01-pa"]}']);
  });
});
