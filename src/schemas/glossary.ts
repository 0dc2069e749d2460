import { z } from 'zod';
import { StableId } from './question-fields.ts';

/** One term of the course glossary, defined in the module that introduces it. */
export const GlossaryTermSchema = z.strictObject({
  /** Stable id, used in `<Term id="…">` and as the anchor on the glossary page, e.g. `openbare-orde`. */
  id: StableId,
  /** The term as learners read it, e.g. "Openbare orde". */
  term: z.string().trim().min(1, 'must not be empty'),
  /** A short Dutch definition in our own words: one or two sentences. */
  definition: z.string().trim().min(1, 'must not be empty'),
  /** Other spellings or abbreviations learners may look for, e.g. ["OOV"]. */
  also: z.array(z.string().trim().min(1)).default([]),
});

/** `content/modules/<module-id>/begrippen.yaml`: the terms this module introduces. Each term is defined once in the course. */
export const GlossarySchema = z.strictObject({
  terms: z.array(GlossaryTermSchema).min(1, 'list at least one term, or leave the file out'),
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
