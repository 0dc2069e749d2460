import { describe, expect, test } from 'vitest';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';
import { routesByEnding } from '../../src/learning/scenario-paths.ts';

const scenario = ScenarioSchema.parse({
  id: 'proef',
  title: 'Proef',
  intro: 'Intro',
  start: 'dp1',
  steps: [
    {
      id: 'dp1',
      situation: 'Eerste',
      choices: [
        { id: 'a', logic: 'PA', text: 'A', feedback: 'f', next: 'goed' },
        { id: 'b', logic: 'NPG', text: 'B', feedback: 'f', next: 'dp2', best: true },
      ],
    },
    {
      id: 'dp2',
      situation: 'Tweede',
      choices: [
        { id: 'a', logic: 'NPM', text: 'A', feedback: 'f', next: 'goed', best: true },
        { id: 'b', logic: 'PA', text: 'B', feedback: 'f', next: 'dp1' },
        { id: 'c', logic: 'NPG', text: 'C', feedback: 'f', next: 'matig' },
      ],
    },
  ],
  endings: [
    { id: 'goed', title: 'Goed', debrief: 'd' },
    { id: 'matig', title: 'Matig', debrief: 'd' },
    { id: 'nergens', title: 'Nergens', debrief: 'd' },
  ],
});

describe('routesByEnding', () => {
  test('counts every route to each ending without walking a loop twice', () => {
    expect(routesByEnding(scenario).map(({ endingId, count }) => [endingId, count])).toEqual([
      ['goed', 2],
      ['matig', 1],
      ['nergens', 0],
    ]);
  });

  test('names the shortest route and the route with the most strongest choices', () => {
    const [goed] = routesByEnding(scenario);
    expect(goed!.shortest.map((step) => `${step.stepId}${step.choiceId}`)).toEqual(['dp1a']);
    expect(goed!.strongest.map((step) => `${step.stepId}${step.choiceId}`)).toEqual(['dp1b', 'dp2a']);
  });
});
