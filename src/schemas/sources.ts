import { z } from 'zod';

const SourceKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9:.-]*$/, 'use the source key of the content brief, e.g. "OSB06"');

/** One reference, as listed on the sources page (bronnen). */
export const SourceSchema = z.strictObject({
  /** The content brief's source key, e.g. `OSB06` or `AWB-9:11`; one key is one reference across the course. */
  id: SourceKey,
  /** The reference as learners read it: author, year, title, publisher or journal. */
  citation: z.string().trim().min(1, 'must not be empty'),
  /** Where the text can be read, if public. Shown as text, never loaded by the course. */
  url: z.url({ protocol: /^https?$/, error: 'use a full web address starting with https://' }).optional(),
  /** For legal texts: the version the lessons rest on and what was checked, e.g. "tekst geldend op 1 januari 2026". */
  checked: z.string().trim().min(1).optional(),
});

/** `content/bronnen.yaml`: every reference of the course, keyed as in the content brief. */
export const CourseSourcesSchema = z.strictObject({
  sources: z.array(SourceSchema).min(1, 'list at least one source'),
});

/**
 * An entry of a module's `bronnen.yaml`: a key of content/bronnen.yaml (`- OSB06`, or
 * `- { id: OSB06, checked: "…" }` to note what this module checked), or a reference of the
 * module's own with its `citation`.
 */
export const ModuleSourceSchema = z.union([
  SourceKey.transform((id) => ({ id })),
  z.strictObject({
    id: SourceKey,
    citation: z.string().trim().min(1, 'must not be empty').optional(),
    url: z.url({ protocol: /^https?$/, error: 'use a full web address starting with https://' }).optional(),
    checked: z.string().trim().min(1).optional(),
  }),
]);

/** `content/modules/<module-id>/bronnen.yaml`: the references this module's lessons rely on. */
export const SourcesSchema = z.strictObject({
  sources: z.array(ModuleSourceSchema).min(1, 'list at least one source'),
});

export type Source = z.output<typeof SourceSchema>;
export type ModuleSource = z.output<typeof ModuleSourceSchema>;
