import type { Scenario, ScenarioLogic } from '../schemas/scenario.ts';

export interface PathStep {
  stepId: string;
  choiceId: string;
  logic: ScenarioLogic;
  isBest: boolean;
}

export interface EndingRoutes {
  endingId: string;
  /** How many routes from the start reach this ending. */
  count: number;
  /** The route with the fewest decisions (the first authored one among equals). */
  shortest: PathStep[];
  /** The route with the most strongest choices (`best: true`), shortest among equals. */
  strongest: PathStep[];
}

/**
 * The routes through a scenario, summed up per ending for the facilitator guide: a large
 * scenario has thousands of routes, so the guide names their number, the shortest and the one
 * with the most strongest choices. A route never visits a step twice (a loop back is a detour,
 * not a new route). An ending no route reaches has count 0 and empty routes.
 */
export function routesByEnding(scenario: Scenario): EndingRoutes[] {
  const stepById = new Map(scenario.steps.map((step) => [step.id, step]));
  const summary = new Map<string, EndingRoutes>(scenario.endings.map((ending) => [ending.id, { endingId: ending.id, count: 0, shortest: [], strongest: [] }]));
  const bestCount = (path: PathStep[]) => path.filter((step) => step.isBest).length;
  const walk = (nodeId: string, path: PathStep[], visited: Set<string>) => {
    const step = stepById.get(nodeId);
    if (!step) {
      const ending = summary.get(nodeId);
      if (!ending) return;
      const isFirst = ending.count === 0;
      ending.count += 1;
      if (isFirst || path.length < ending.shortest.length) ending.shortest = path;
      const [now, before] = [bestCount(path), bestCount(ending.strongest)];
      if (isFirst || now > before || (now === before && path.length < ending.strongest.length)) ending.strongest = path;
      return;
    }
    if (visited.has(nodeId)) return;
    visited.add(nodeId);
    for (const choice of step.choices) walk(choice.next, [...path, { stepId: nodeId, choiceId: choice.id, logic: choice.logic, isBest: choice.best === true }], visited);
    visited.delete(nodeId);
  };
  walk(scenario.start, [], new Set());
  return [...summary.values()];
}
