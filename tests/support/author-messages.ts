import type { z } from 'zod';
import { withAuthorErrors, type ItemNamer } from '../../src/schemas/author-errors.ts';

/**
 * The lines an author reads when a file fails its schema, as Astro prints content errors:
 * `<field path>: <message>`, where the message names the item (withAuthorErrors in
 * src/schemas/author-errors.ts). Null when the file is valid.
 */
export function authorMessages(schema: z.ZodType, data: unknown, nameItem: ItemNamer): string[] | null {
  const result = withAuthorErrors(schema, nameItem).safeParse(data);
  return result.success ? null : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
