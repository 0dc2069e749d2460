import { z } from 'zod';

/** Frontmatter of a lesson: `content/modules/<module-id>/<nn-slug>.mdx`. */
export const LessonSchema = z.strictObject({
  /** Page title (the h1); the body starts at `##`. */
  title: z.string().min(1),
  /** Position within the module, unique per module. Lessons are shown in this order. */
  order: z.number().int().positive(),
  /** Ids of the module objectives this lesson serves. */
  objectives: z.array(z.string().min(1)).min(1),
  /** Estimated minutes for this lesson. */
  estimatedMinutes: z.number().int().positive(),
  /** One sentence for the module overview. */
  summary: z.string().min(1).optional(),
});

export type Lesson = z.output<typeof LessonSchema>;
