import { z } from 'zod';

/** Building blocks shared by every question type in `quiz.ts` and `question-types.ts`. */

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stable ids end up in saved progress and in `cmi.interactions.n.id`, so no spaces or capitals. */
export const StableId = z.string().regex(idPattern, 'use lowercase letters, digits and hyphens, e.g. "m1-kc-weber"');

/**
 * Id of an option, item, pair, target, statement or bucket, unique within its question. It ends
 * up in saved progress and in the SCORM response (2004 short_identifier_type); SCORM 1.2 only
 * takes single characters, so longer ids are sent as letters by their authored position.
 */
export const ItemId = z.string().regex(/^[a-z0-9]{1,8}$/, 'use 1–8 lowercase letters or digits, e.g. "a"');

/** Plain text a learner reads; surrounding spaces are dropped. */
export const Text = z.string().trim().min(1, 'must not be empty');

/**
 * How often a learner may try a question again after checking it: `0`, a whole number or
 * `"unlimited"`. Without it, practice quizzes allow unlimited retries and the scored check none
 * (the learner retakes the check as a whole).
 */
const retriesHint = 'use 0, a whole number of retries or "unlimited"';
export const RetriesSchema = z.union([z.literal('unlimited'), z.number().int(retriesHint).min(0, retriesHint)], { error: retriesHint });
export type Retries = z.output<typeof RetriesSchema>;

/** Feedback for types without options: one text for a right answer, one for a wrong answer. */
export const VerdictFeedbackSchema = z.strictObject({
  /** Shown when the answer is right: why it is right, what to remember. */
  correct: Text,
  /** Shown when the answer is wrong: what to look at again. Do not give the answer away if retries are limited. */
  incorrect: Text,
});

/** A labelled thing the learner picks or moves: an ordering item, a matching target, a bucket. */
export const LabelSchema = z.strictObject({
  /** Stable id, unique within the question. */
  id: ItemId,
  /** Text shown to the learner, plain text. */
  text: Text,
});

/** Fields every question type has. */
export const questionFields = {
  /** Stable question id, unique across the course; the key in saved progress and in the LMS. */
  id: StableId,
  /** Id of the module objective this question tests. */
  objective: z.string().min(1).optional(),
  /** Retries after checking: `0`, a number or `"unlimited"`. Overrides the quiz's `retries`. */
  retries: RetriesSchema.optional(),
};

/** `"a"`, `"a" and "b"`, `"a", "b" and "c"`: ids as an author reads them in a message. */
export function listIds(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Reports each id that appears more than once in `field`, e.g. `option id "a" is used twice`. */
export function reportDuplicateIds(ctx: z.RefinementCtx, field: string, noun: string, ids: readonly string[]): void {
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of new Set(duplicates)) {
    ctx.addIssue({ code: 'custom', path: [field], message: `${noun} id "${id}" is used twice` });
  }
}
