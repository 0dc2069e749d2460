import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { decisionId, effectChanges, paragraphs, replayPath } from '../../src/learning/scenario-play.ts';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';

const scenario = ScenarioSchema.parse(parse(readFileSync(new URL('../../content/modules/m1-drie-manieren/scenarios/brief-bakker.yaml', import.meta.url), 'utf8')));

describe('replaying a saved scenario path', () => {
  test('an empty path is the start step with the meters at their start values', () => {
    const replay = replayPath(scenario, []);
    expect(replay.isValid && replay.play.position).toMatchObject({ kind: 'step', step: { id: 'dp1' } });
    expect(replay.isValid && replay.play.totals).toEqual({ vertrouwen: 0, veiligheid: 0, legitimiteit: 0, doorlooptijd: 9 });
  });

  test('puts the learner back at the step the path leads to, with the decisions taken', () => {
    const replay = replayPath(scenario, ['c', 'c']);
    expect(replay.isValid).toBe(true);
    if (!replay.isValid) return;
    expect(replay.play.position).toMatchObject({ kind: 'step', step: { id: 'dp3-schouw' } });
    expect(replay.play.decisions.map(({ step, choice }) => `${step.id}:${choice.id}:${choice.logic}`)).toEqual(['dp1:c:NPG', 'dp2-gesprek:c:NPG']);
    expect(replay.play.totals).toEqual({ vertrouwen: 4, veiligheid: 4, legitimiteit: 0, doorlooptijd: 27 });
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
    const choice = scenario.steps[0]!.choices[2]!;
    const changes = effectChanges(scenario, choice, { vertrouwen: 2, veiligheid: 1, legitimiteit: 0, doorlooptijd: 13 });
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
