import { z } from 'zod';

const Text = z.string().trim().min(1, 'must not be empty');

/**
 * `content/modules/<module-id>/docent.yaml`: what only instructors read. It goes into the
 * facilitator guide of the module, never into a learner package.
 */
export const FacilitatorGuideSchema = z.strictObject({
  /** How to open a class session on this module, in a few sentences. */
  introduction: Text,
  /** Three to five questions for a class discussion, each with a note on what a good discussion touches. */
  discussion: z
    .array(z.strictObject({ question: Text, note: Text.optional() }))
    .min(3, 'give at least three discussion questions'),
  /** How to use the trainee's hand-in (decisions, reflections, result per objective) in class or in a portfolio. */
  handIn: Text,
  /** Points of attention: common mistakes, sensitive topics, facts that may have changed since writing. */
  notes: z.array(Text).default([]),
});

export type FacilitatorGuide = z.output<typeof FacilitatorGuideSchema>;
