import type { EffectMeter, Scenario, ScenarioChoice, ScenarioEnding, ScenarioStep } from '../schemas/scenario.ts';

/** Where the learner is: at a step that asks for a decision, or at an ending. */
export type ScenarioPosition = { kind: 'step'; step: ScenarioStep } | { kind: 'ending'; ending: ScenarioEnding };

export interface ScenarioDecision {
  step: ScenarioStep;
  choice: ScenarioChoice;
}

/** A play-through so far: the decisions taken, where they led and the meters' values. */
export interface Playthrough {
  position: ScenarioPosition;
  decisions: ScenarioDecision[];
  /** Meter values by meter id: start value plus every decision's change. */
  totals: Record<string, number>;
}

export type ReplayResult = { isValid: true; play: Playthrough } | { isValid: false; reason: string };

/**
 * Replays a saved path (choice ids in order, from `scenarioPaths` in saved progress) through the
 * scenario. The path no longer fits when the author changed the scenario since it was saved:
 * a choice id a step no longer has, or a path that runs past an ending.
 */
export function replayPath(scenario: Scenario, path: readonly string[]): ReplayResult {
  const start = scenario.steps.find((step) => step.id === scenario.start);
  if (!start) return { isValid: false, reason: `the start step "${scenario.start}" does not exist` };
  let position: ScenarioPosition = { kind: 'step', step: start };
  const decisions: ScenarioDecision[] = [];
  const totals = Object.fromEntries(scenario.effects.map((meter) => [meter.id, meter.start]));
  for (const choiceId of path) {
    if (position.kind === 'ending') return { isValid: false, reason: `choice "${choiceId}" comes after the ending "${position.ending.id}"` };
    const { step } = position;
    const choice = step.choices.find((each) => each.id === choiceId);
    if (!choice) return { isValid: false, reason: `step "${step.id}" has no choice "${choiceId}"` };
    const next = findNode(scenario, choice.next);
    if (!next) return { isValid: false, reason: `choice "${choiceId}" of step "${step.id}" leads to "${choice.next}", which does not exist` };
    decisions.push({ step, choice });
    for (const [meterId, delta] of Object.entries(choice.effects)) totals[meterId] = (totals[meterId] ?? 0) + delta;
    position = next;
  }
  return { isValid: true, play: { position, decisions, totals } };
}

function findNode(scenario: Scenario, id: string): ScenarioPosition | null {
  const step = scenario.steps.find((each) => each.id === id);
  if (step) return { kind: 'step', step };
  const ending = scenario.endings.find((each) => each.id === id);
  return ending ? { kind: 'ending', ending } : null;
}

export interface EffectChange {
  meter: EffectMeter;
  delta: number;
  /** Value after the change. */
  total: number;
}

/** The meters a choice moves, in the scenario's meter order, with their values after the choice. */
export function effectChanges(scenario: Scenario, choice: ScenarioChoice, totalsAfter: Record<string, number>): EffectChange[] {
  return scenario.effects
    .filter((meter) => (choice.effects[meter.id] ?? 0) !== 0)
    .map((meter) => ({ meter, delta: choice.effects[meter.id]!, total: totalsAfter[meter.id] ?? meter.start }));
}

/** Stable interaction id of a decision: `<scenario id>.<step id>` (no spaces; ids are checked at build time). */
export function decisionId(scenarioId: string, stepId: string): string {
  return `${scenarioId}.${stepId}`;
}

/** Paragraphs of an authored text: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The scenario as the learner's browser gets it: without what only instructors read (the brief's
 * fact ids, what each ending teaches, which choice is strongest), which would only add weight and
 * give the game away to anyone reading the page source.
 */
export function learnerView(scenario: Scenario): Scenario {
  return {
    ...scenario,
    steps: scenario.steps.map((step) => ({ ...step, choices: step.choices.map(({ best: _best, facts: _facts, ...choice }) => choice) })),
    endings: scenario.endings.map(({ teaches: _teaches, facts: _facts, ...ending }) => ending),
  };
}
