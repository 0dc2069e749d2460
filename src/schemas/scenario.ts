import { z } from 'zod';
import { asArray, asRecord } from './author-errors.ts';
import { ItemId, StableId } from './question-fields.ts';

/**
 * A branching scenario: `content/modules/<module-id>/scenarios/<name>.yaml`, placed in a lesson
 * with `<Scenario id="…" />`. The zod schema checks each field; how steps, choices and endings
 * connect (unknown `next`, unreachable steps, loops without an exit) is checked by
 * `findScenarioProblems` in src/components/scenario-graph.ts, so that every problem of the
 * course is reported in one build.
 */

/** The governance logic a choice follows; shown to the learner after choosing and in the recap. */
export const ScenarioLogicSchema = z.enum(['PA', 'NPM', 'NPG']);

/** How good an ending is, shown to the learner as text next to the ending's title. */
export const EndingQualitySchema = z.enum(['best', 'mixed', 'poor']);

export const EffectMeterSchema = z.strictObject({
  /** Stable meter id that choices use in `effects`, e.g. `vertrouwen`. */
  id: StableId,
  /** What the learner reads, in Dutch, e.g. "Vertrouwen van bewoners". Put a unit in it if it has one: "Doorlooptijd in dagen". */
  label: z.string().trim().min(1, 'must not be empty'),
  /** Value when the scenario starts; 0 if left out. */
  start: z.number().int('use a whole number').default(0),
  /**
   * Which way is good for the learner to see: `higher` (trust, safety) or `lower` (waiting days,
   * staff hours). The step feedback says "beter" or "slechter" with every change.
   */
  better: z.enum(['higher', 'lower'], { error: 'use "higher" or "lower": which direction of this meter is good' }),
});

/** Fact ids of the content brief (F2.9, S6) a text rests on; shown in the facilitator guide, never to learners. */
export const FactIdsSchema = z.array(z.string().regex(/^(F\d+\.\d+|S\d+|SC\d+\.\d+)$/, 'use fact ids of the content brief, e.g. "F2.9" or "S6"')).optional();

export const SpeakerSchema = z.strictObject({
  /** Name of the person speaking in the situation, e.g. "Mevrouw Bakker". */
  name: z.string().trim().min(1, 'must not be empty'),
  /** Who they are, e.g. "bewoner van De Vliet" or "teamleider OOV". */
  role: z.string().trim().min(1, 'must not be empty'),
});

export const ScenarioChoiceSchema = z.strictObject({
  /**
   * Stable choice id, unique within the step; saved progress stores the path as these ids.
   * SCORM 1.2 reports choices as single characters, so prefer `a`, `b`, `c`.
   */
  id: ItemId,
  /** What the learner can decide, plain text. */
  text: z.string().trim().min(1, 'must not be empty'),
  /** The governance logic behind this choice: `PA`, `NPM` or `NPG`. */
  logic: ScenarioLogicSchema,
  /** Shown right after choosing: what happens next and why. */
  feedback: z.string().trim().min(1, 'must not be empty'),
  /** Change of each meter, by meter id, e.g. `{ vertrouwen: 1, doorlooptijd: 14 }`. Meters left out do not change. */
  effects: z.record(z.string(), z.number().int('use a whole number')).default({}),
  /** Id of the step or ending this choice leads to. */
  next: StableId,
  /**
   * `true` for the strongest choice at this step. The facilitator guide marks it, and the course
   * checks that each logic (PA, NPM, NPG) is the strongest somewhere: the paradigms are lenses,
   * not a ranking.
   */
  best: z.boolean().optional(),
  /** Fact ids of the content brief the feedback relies on, for the facilitator guide. */
  facts: FactIdsSchema,
});

export const ScenarioStepSchema = z.strictObject({
  /** Stable step id, unique in the scenario (steps and endings together); part of `cmi.interactions.n.id`. */
  id: StableId,
  /** Short name of the decision, shown in the heading and on the instructors' map, e.g. "De brief komt binnen". */
  title: z.string().trim().min(1, 'must not be empty').optional(),
  /** Who speaks in the situation, if anyone. */
  speaker: SpeakerSchema.optional(),
  /** The situation the learner decides on; separate paragraphs with a blank line. */
  situation: z.string().trim().min(1, 'must not be empty'),
  /** What the learner can do here, in this order; one per logic (PA, NPM, NPG) works best. */
  choices: z.array(ScenarioChoiceSchema),
});

export const ScenarioEndingSchema = z.strictObject({
  /** Stable ending id, unique in the scenario (steps and endings together). */
  id: StableId,
  /** Heading of the ending, e.g. "Rechtmatig, maar te laat". */
  title: z.string().trim().min(1, 'must not be empty'),
  /** `best`, `mixed` or `poor`; shown as text ("Beste afloop"). Leave out if it would give the game away. */
  quality: EndingQualitySchema.optional(),
  /** The debrief: what the path taken led to, compared with the better paths. Separate paragraphs with a blank line. */
  debrief: z.string().trim().min(1, 'must not be empty'),
  /** For the facilitator guide: what this ending teaches, in one or two sentences. */
  teaches: z.string().trim().min(1, 'must not be empty').optional(),
  /** Fact ids of the content brief the debrief relies on, for the facilitator guide. */
  facts: FactIdsSchema,
});

export const ScenarioSchema = z.strictObject({
  /** Stable scenario id used in `<Scenario id="…" />`, in saved progress and in interaction ids. */
  id: StableId,
  /** Heading of the scenario. */
  title: z.string().trim().min(1, 'must not be empty'),
  /** Sets the scene before the first decision: who the learner is and what is going on. */
  intro: z.string().trim().min(1, 'must not be empty'),
  /** The meters choices move, in the order they are shown. */
  effects: z.array(EffectMeterSchema).default([]),
  /** Id of the first step. */
  start: StableId,
  /** The decision points. */
  steps: z.array(ScenarioStepSchema),
  /** Where paths end: at least one. */
  endings: z.array(ScenarioEndingSchema),
});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioStep = z.output<typeof ScenarioStepSchema>;
export type ScenarioChoice = z.output<typeof ScenarioChoiceSchema>;
export type ScenarioEnding = z.output<typeof ScenarioEndingSchema>;
export type EffectMeter = z.output<typeof EffectMeterSchema>;
export type ScenarioLogic = z.output<typeof ScenarioLogicSchema>;

/** Names the item of a scenario file an issue is about: the scenario, a meter, a step, a choice or an ending, by id. */
export function nameScenarioItem(data: unknown, path: readonly PropertyKey[]): string {
  const scenario = asRecord(data);
  const [list, index, sublist, subindex] = path;
  if (typeof index !== 'number') return `scenario "${String(scenario['id'] ?? '?')}"`;
  const item = asRecord(asArray(scenario[String(list)])[index]);
  const name = (kind: string, record: Record<string, unknown>, position: number) =>
    `${kind} ${typeof record['id'] === 'string' ? `"${record['id']}"` : `#${position + 1}`}`;
  if (list === 'steps') {
    const step = name('step', item, index);
    if (sublist !== 'choices' || typeof subindex !== 'number') return step;
    return `${step}, ${name('choice', asRecord(asArray(item['choices'])[subindex]), subindex)}`;
  }
  if (list === 'endings') return name('ending', item, index);
  if (list === 'effects') return name('effect', item, index);
  return `scenario "${String(scenario['id'] ?? '?')}"`;
}
