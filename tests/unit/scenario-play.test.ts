import { describe, expect, test } from 'vitest';
import { decisionId, effectChanges, paragraphs, replayPath } from '../../src/learning/scenario-play.ts';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';

const choice = (id: string, logic: 'PA' | 'NPM' | 'NPG', next: string, effects: Record<string, number> = {}) => ({ id, text: `Keuze ${id}`, logic, feedback: 'Gevolg.', effects, next });
const scenario = ScenarioSchema.parse({
  id: 'm9-brief',
  title: 'De brief',
  intro: 'Een brief komt binnen.',
  effects: [
    { id: 'vertrouwen', label: 'Vertrouwen', better: 'higher' },
    { id: 'veiligheid', label: 'Veiligheid', better: 'higher' },
    { id: 'doorlooptijd', label: 'Doorlooptijd in dagen', start: 9, better: 'lower' },
  ],
  start: 'dp1',
  steps: [
    { id: 'dp1', situation: 'Wat doe je?', choices: [choice('a', 'PA', 'dp2-route', { doorlooptijd: 7 }), choice('c', 'NPG', 'dp2-gesprek', { vertrouwen: 2, veiligheid: 1, doorlooptijd: 4 })] },
    { id: 'dp2-route', situation: 'En nu?', choices: [choice('a', 'PA', 'stil')] },
    { id: 'dp2-gesprek', situation: 'En nu?', choices: [choice('c', 'NPG', 'dp3-schouw', { vertrouwen: 2, veiligheid: 3, doorlooptijd: 14 })] },
    { id: 'dp3-schouw', situation: 'Terugkoppelen?', choices: [choice('c', 'PA', 'samen', { vertrouwen: 1 })] },
  ],
  endings: [
    { id: 'samen', title: 'Samen', quality: 'best', debrief: 'Goed.' },
    { id: 'stil', title: 'Stil', quality: 'poor', debrief: 'Te laat.' },
  ],
});

describe('replaying a saved scenario path', () => {
  test('an empty path is the start step with the meters at their start values', () => {
    const replay = replayPath(scenario, []);
    expect(replay.isValid && replay.play.position).toMatchObject({ kind: 'step', step: { id: 'dp1' } });
    expect(replay.isValid && replay.play.totals).toEqual({ vertrouwen: 0, veiligheid: 0, doorlooptijd: 9 });
  });

  test('puts the learner back at the step the path leads to, with the decisions taken', () => {
    const replay = replayPath(scenario, ['c', 'c']);
    expect(replay.isValid).toBe(true);
    if (!replay.isValid) return;
    expect(replay.play.position).toMatchObject({ kind: 'step', step: { id: 'dp3-schouw' } });
    expect(replay.play.decisions.map(({ step, choice }) => `${step.id}:${choice.id}:${choice.logic}`)).toEqual(['dp1:c:NPG', 'dp2-gesprek:c:NPG']);
    expect(replay.play.totals).toEqual({ vertrouwen: 4, veiligheid: 4, doorlooptijd: 27 });
  });

  test('a full path ends at an ending', () => {
    const replay = replayPath(scenario, ['c', 'c', 'c']);
    expect(replay.isValid && replay.play.position).toMatchObject({ kind: 'ending', ending: { id: 'samen', quality: 'best' } });
  });

  test('rejects a path the scenario no longer fits, saying why', () => {
    expect(replayPath(scenario, ['c', 'x'])).toEqual({ isValid: false, reason: 'step "dp2-gesprek" has no choice "x"' });
    expect(replayPath(scenario, ['c', 'c', 'c', 'a'])).toEqual({ isValid: false, reason: 'choice "a" comes after the ending "samen"' });
  });
});

describe('scenario helpers', () => {
  test('lists the meters a choice moves in the scenario order, with the value after it', () => {
    const taken = scenario.steps[0]!.choices[1]!;
    const changes = effectChanges(scenario, taken, { vertrouwen: 2, veiligheid: 1, doorlooptijd: 13 });
    expect(changes.map(({ meter, delta, total }) => [meter.id, delta, total])).toEqual([
      ['vertrouwen', 2, 2],
      ['veiligheid', 1, 1],
      ['doorlooptijd', 4, 13],
    ]);
  });

  test('names a decision `<scenario>.<step>` for the LMS', () => {
    expect(decisionId('m1-brief-bakker', 'dp2-route')).toBe('m1-brief-bakker.dp2-route');
  });

  test('splits authored text into paragraphs at blank lines', () => {
    expect(paragraphs('Een\nregel.\n\n  Twee.  \n\n\n')).toEqual(['Een regel.', 'Twee.']);
  });
});
