import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { depthsFromStart, findScenarioProblems } from '../../src/learning/scenario-graph.ts';
import { ScenarioSchema, nameScenarioItem, type Scenario, type ScenarioChoice } from '../../src/schemas/scenario.ts';
import { authorMessages } from '../support/author-messages.ts';

const FILE = 'content/modules/m1-drie-manieren/scenarios/brief-bakker.yaml';

/** A small valid scenario: dp1 → dp2 → dp3 → goed | matig, with a shortcut from dp1 to matig. */
function scenario(change: (draft: Scenario) => void = () => {}): Scenario {
  const draft = ScenarioSchema.parse({
    id: 'm1-brief-bakker',
    title: 'De brief',
    intro: 'Inleiding.',
    effects: [{ id: 'vertrouwen', label: 'Vertrouwen van bewoners', better: 'higher' }],
    start: 'dp1',
    steps: [
      { id: 'dp1', situation: 'Een brief.', choices: [choice('a', 'dp2'), choice('b', 'matig')] },
      { id: 'dp2', situation: 'Wat nu?', choices: [choice('a', 'dp3'), choice('b', 'dp3')] },
      { id: 'dp3', situation: 'Terugkoppelen.', choices: [choice('a', 'goed'), choice('b', 'matig')] },
    ],
    endings: [
      { id: 'goed', title: 'Goed', debrief: 'Goed gedaan.' },
      { id: 'matig', title: 'Matig', debrief: 'Kan beter.' },
    ],
  });
  change(draft);
  return draft;
}

function choice(id: string, next: string, effects: Record<string, number> = { vertrouwen: 1 }): ScenarioChoice {
  return { id, text: `Keuze ${id}`, logic: 'PA', feedback: 'Gevolg.', effects, next };
}

const step = (draft: Scenario, id: string) => draft.steps.find((each) => each.id === id)!;

describe('scenario graph checks', () => {
  test('a scenario whose paths all lead to an ending has no problems', () => {
    expect(findScenarioProblems(scenario(), FILE)).toEqual([]);
  });

  test('the M1 scenario in the course has no problems', () => {
    const data = ScenarioSchema.parse(parse(readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8')));
    expect(findScenarioProblems(data, FILE)).toEqual([]);
  });

  test('names a `next` that is neither a step nor an ending, with the ids there are', () => {
    const broken = scenario((draft) => (step(draft, 'dp2').choices[1]!.next = 'dp9'));
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp2", choice "b" → next: names "dp9", but the steps are "dp1", "dp2", "dp3" and the endings are "goed", "matig"`,
    ]);
  });

  test('names an unknown start step', () => {
    const broken = scenario((draft) => (draft.start = 'dp0'));
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  start: names "dp0", but the steps are "dp1", "dp2", "dp3"`,
    ]);
  });

  test('names duplicate step ids, duplicate choice ids within a step, duplicate ending ids and an ending that shares a step id', () => {
    const broken = scenario((draft) => {
      draft.steps.push({ ...step(draft, 'dp3') });
      step(draft, 'dp2').choices[1]!.id = 'a';
      draft.endings.push({ id: 'goed', title: 'Nog eens goed', debrief: 'Dubbel.' }, { id: 'dp2', title: 'Botsing', debrief: 'Zelfde id als een stap.' });
    });
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp3" → id: the id is used by 2 steps; give each step its own id`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  ending "goed" → id: the id is used by 2 endings; give each ending its own id`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  ending "dp2" → id: a step has the same id; \`next\` names steps and endings alike, so give the ending another id`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp2", choice "a" → id: the id is used by 2 choices in this step; give each choice its own id`,
    ]);
  });

  test('names steps and endings that no path from the start reaches', () => {
    const broken = scenario((draft) => {
      draft.steps.push({ id: 'dp4', situation: 'Vergeten stap.', choices: [choice('a', 'goed')] });
      draft.endings.push({ id: 'vergeten', title: 'Vergeten', debrief: 'Niemand komt hier.' });
    });
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp4": no path from the start step "dp1" leads here; point a choice's \`next\` at it or remove the step`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  ending "vergeten": no path from the start step "dp1" leads here; point a choice's \`next\` at it or remove the ending`,
    ]);
  });

  test('names the steps of a loop without an exit, and only those', () => {
    const broken = scenario((draft) => {
      step(draft, 'dp2').choices = [choice('a', 'dp3')];
      step(draft, 'dp3').choices = [choice('a', 'dp2'), choice('b', 'dp2')];
    });
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  ending "goed": no path from the start step "dp1" leads here; point a choice's \`next\` at it or remove the ending`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp2": no ending can be reached from this step: every choice leads back into a loop; let at least one choice lead on towards an ending`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp3": no ending can be reached from this step: every choice leads back into a loop; let at least one choice lead on towards an ending`,
    ]);
  });

  test('accepts a loop that has a way out', () => {
    const looping = scenario((draft) => step(draft, 'dp3').choices.push(choice('c', 'dp2')));
    expect(findScenarioProblems(looping, FILE)).toEqual([]);
  });

  test('names a scenario without endings once, not every step that cannot finish', () => {
    const broken = scenario((draft) => {
      draft.endings = [];
      step(draft, 'dp1').choices = [choice('a', 'dp2')];
      step(draft, 'dp2').choices = [choice('a', 'dp3')];
      step(draft, 'dp3').choices = [choice('a', 'dp1')];
    });
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  endings: the scenario has no endings; add at least one so that every path can finish`,
    ]);
  });

  test('names a step without choices, and not the steps before it', () => {
    const broken = scenario((draft) => (step(draft, 'dp3').choices = []));
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp3" → choices: the step has no choices, so the learner is stuck here; add a choice, or make it an ending if the scenario finishes here`,
      `Scenario "m1-brief-bakker" in ${FILE}\n  ending "goed": no path from the start step "dp1" leads here; point a choice's \`next\` at it or remove the ending`,
    ]);
  });

  test('names an effect a choice changes that the scenario does not define', () => {
    const broken = scenario((draft) => (step(draft, 'dp1').choices[0]!.effects = { tijd: 3 }));
    expect(findScenarioProblems(broken, FILE)).toEqual([
      `Scenario "m1-brief-bakker" in ${FILE}\n  step "dp1", choice "a" → effects: names "tijd", but the effects are "vertrouwen"`,
    ]);
  });

  test('counts depth from the start in decisions, breadth first', () => {
    expect(Object.fromEntries(depthsFromStart(scenario()))).toEqual({ dp1: 0, dp2: 1, matig: 1, dp3: 2, goed: 3 });
  });
});

describe('scenario schema errors', () => {
  test('name the step and choice by id, the field, and what was found', () => {
    const data = {
      id: 'm1-brief-bakker',
      title: 'De brief',
      intro: 'Inleiding.',
      start: 'dp1',
      steps: [{ id: 'dp1', situation: 'Een brief.', choices: [{ id: 'a', text: 'Keuze', logic: 'PM', feedback: 'Gevolg.', next: 'goed' }] }],
      endings: [{ id: 'goed', title: 'Goed', debrief: 'Goed gedaan.', kwaliteit: 'best' }],
    };
    expect(authorMessages(ScenarioSchema, data, nameScenarioItem)).toMatchInlineSnapshot(`
      [
        "steps.0.choices.0.logic: step "dp1", choice "a": expected "PA" or "NPM" or "NPG", found "PM"",
        "endings.0.kwaliteit: ending "goed": unknown field "kwaliteit"; check the spelling",
      ]
    `);
  });
});
