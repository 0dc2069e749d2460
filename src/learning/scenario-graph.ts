import type { Scenario } from '../schemas/scenario.ts';

/**
 * A scenario as a graph: steps and endings are nodes, each choice is an edge to its `next`.
 * Pure functions, shared by the build-time checks and the instructors' map.
 */

/** Ids that `next` and `start` may name: steps first, then endings. */
export function nodeIds(scenario: Scenario): { stepIds: string[]; endingIds: string[] } {
  return { stepIds: scenario.steps.map((step) => step.id), endingIds: scenario.endings.map((ending) => ending.id) };
}

/**
 * Distance of each node from the start step in decisions (breadth-first), for the layered map.
 * Nodes the start cannot reach are left out.
 */
export function depthsFromStart(scenario: Scenario): Map<string, number> {
  const depths = new Map<string, number>();
  const stepById = new Map(scenario.steps.map((step) => [step.id, step]));
  const endingIds = new Set(scenario.endings.map((ending) => ending.id));
  if (!stepById.has(scenario.start)) return depths;
  depths.set(scenario.start, 0);
  const queue = [scenario.start];
  while (queue.length) {
    const id = queue.shift()!;
    for (const choice of stepById.get(id)?.choices ?? []) {
      if (depths.has(choice.next) || !(stepById.has(choice.next) || endingIds.has(choice.next))) continue;
      depths.set(choice.next, depths.get(id)! + 1);
      queue.push(choice.next);
    }
  }
  return depths;
}

/**
 * Every problem with how the scenario hangs together, as author-facing messages naming the file,
 * the scenario, the step or ending and what is wrong. Problems that follow from one already
 * reported (a step only stuck because a `next` is unknown) are not reported a second time.
 */
export function findScenarioProblems(scenario: Scenario, file: string): string[] {
  const problems: string[] = [];
  const report = (where: string, message: string) => problems.push(`Scenario "${scenario.id}" in ${file}\n  ${where}: ${message}`);
  const { stepIds, endingIds } = nodeIds(scenario);
  const stepIdSet = new Set(stepIds);
  const endingIdSet = new Set(endingIds);
  const meterIds = scenario.effects.map((meter) => meter.id);

  reportDuplicates(meterIds, (id, count) => report(`effect "${id}" → id`, `the id is used by ${count} effects; give each effect its own id`));
  reportDuplicates(stepIds, (id, count) => report(`step "${id}" → id`, `the id is used by ${count} steps; give each step its own id`));
  reportDuplicates(endingIds, (id, count) => report(`ending "${id}" → id`, `the id is used by ${count} endings; give each ending its own id`));
  for (const id of new Set(endingIds.filter((id) => stepIdSet.has(id)))) {
    report(`ending "${id}" → id`, `a step has the same id; \`next\` names steps and endings alike, so give the ending another id`);
  }

  if (endingIds.length === 0) report('endings', 'the scenario has no endings; add at least one so that every path can finish');
  if (!stepIdSet.has(scenario.start)) report('start', `names "${scenario.start}", but ${stepIds.length ? `the steps are ${quoteList(stepIds)}` : 'the scenario has no steps'}`);

  for (const step of scenario.steps) {
    if (step.choices.length === 0) {
      report(`step "${step.id}" → choices`, 'the step has no choices, so the learner is stuck here; add a choice, or make it an ending if the scenario finishes here');
    }
    reportDuplicates(
      step.choices.map((choice) => choice.id),
      (id, count) => report(`step "${step.id}", choice "${id}" → id`, `the id is used by ${count} choices in this step; give each choice its own id`),
    );
    for (const choice of step.choices) {
      const where = `step "${step.id}", choice "${choice.id}"`;
      if (!stepIdSet.has(choice.next) && !endingIdSet.has(choice.next)) {
        report(`${where} → next`, `names "${choice.next}", but ${stepIds.length ? `the steps are ${quoteList(stepIds)}` : 'there are no steps'} and ${endingIds.length ? `the endings are ${quoteList(endingIds)}` : 'there are no endings'}`);
      }
      for (const meterId of Object.keys(choice.effects)) {
        if (!meterIds.includes(meterId)) {
          report(`${where} → effects`, `names "${meterId}", but ${meterIds.length ? `the effects are ${quoteList(meterIds)}` : 'the scenario has no effects; add it under `effects`'}`);
        }
      }
    }
  }

  if (stepIdSet.has(scenario.start)) {
    const reached = depthsFromStart(scenario);
    for (const id of unique(stepIds)) {
      if (!reached.has(id)) report(`step "${id}"`, `no path from the start step "${scenario.start}" leads here; point a choice's \`next\` at it or remove the step`);
    }
    for (const id of unique(endingIds)) {
      if (!reached.has(id) && !stepIdSet.has(id)) report(`ending "${id}"`, `no path from the start step "${scenario.start}" leads here; point a choice's \`next\` at it or remove the ending`);
    }
    if (endingIds.length) {
      const canFinish = nodesThatCanFinish(scenario);
      for (const id of unique(stepIds)) {
        if (reached.has(id) && !canFinish.has(id)) {
          report(`step "${id}"`, 'no ending can be reached from this step: every choice leads back into a loop; let at least one choice lead on towards an ending');
        }
      }
    }
  }
  return problems;
}

/**
 * Nodes from which some ending can be reached. A choice whose `next` is unknown and a step
 * without choices count as exits here: they are reported on their own, and counting them as
 * dead ends would blame every step before them as well.
 */
function nodesThatCanFinish(scenario: Scenario): Set<string> {
  const known = new Set([...scenario.steps.map((step) => step.id), ...scenario.endings.map((ending) => ending.id)]);
  const canFinish = new Set(scenario.endings.map((ending) => ending.id));
  for (const step of scenario.steps) if (step.choices.length === 0) canFinish.add(step.id);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const step of scenario.steps) {
      if (canFinish.has(step.id)) continue;
      if (step.choices.some((choice) => canFinish.has(choice.next) || !known.has(choice.next))) {
        canFinish.add(step.id);
        isGrowing = true;
      }
    }
  }
  return canFinish;
}

function reportDuplicates(ids: string[], report: (id: string, count: number) => void): void {
  for (const id of unique(ids)) {
    const count = ids.filter((each) => each === id).length;
    if (count > 1) report(id, count);
  }
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** `"dp1", "dp2", "dp3"`: commas only, because messages join two lists with "and". */
function quoteList(ids: string[]): string {
  return unique(ids).map((id) => `"${id}"`).join(', ');
}
