import { z } from 'zod';

/**
 * Turns zod's issues into messages an author can act on: which item (a question, an option, a
 * step), which field, what was expected and what was found. Astro prints the file and the entry.
 */
export type ItemNamer = (data: unknown, path: readonly PropertyKey[]) => string;

/** Wraps a schema so that Astro's content errors carry the messages above. */
export function withAuthorErrors<T extends z.ZodType>(schema: T, nameItem: ItemNamer) {
  return z.unknown().transform((data, ctx): z.output<T> => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      // Astro prints an empty path as "****", so an unknown field is reported at its own name.
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
      ctx.addIssue({ code: 'custom', path, message: `${nameItem(data, issue.path)}: ${describeIssue(issue)}` });
    }
    return z.NEVER;
  });
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const found = 'input' in issue ? describeValue(issue.input) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${typeName(issue.expected)}, found ${found ?? 'nothing (the field is missing)'}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${found ?? 'nothing'}`;
    case 'invalid_union':
      // A discriminated union (`type:` of a question, `kind:` of an answer) names the allowed values.
      if (issue.discriminator && 'options' in issue && issue.options) {
        const given = describeValue(asRecord(issue.input)[issue.discriminator]);
        return `expected ${issue.options.map((v) => JSON.stringify(v)).join(' or ')}, found ${given ?? 'nothing (the field is missing)'}`;
      }
      return `${issue.message.replace(/^Invalid input$/, 'does not match any allowed form')}${found ? `, found ${found}` : ''}`;
    case 'custom':
      return issue.message;
    default:
      return `${issue.message}${found !== undefined ? `, found ${found}` : ''}`;
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a group of fields' };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** Names the item of a quiz file an issue is about: the quiz, a question or an option, by id. */
export function nameQuizItem(data: unknown, path: readonly PropertyKey[]): string {
  const quiz = asRecord(data);
  if (path[0] !== 'questions' || typeof path[1] !== 'number') return `quiz "${String(quiz['id'] ?? '?')}"`;
  const question = asRecord(asArray(quiz['questions'])[path[1]]);
  const questionName = `question "${typeof question['id'] === 'string' ? question['id'] : `#${path[1] + 1}`}"`;
  if (typeof path[2] === 'string' && /^(options|items|pairs|targets|statements|buckets|categories)$/.test(path[2]) && typeof path[3] === 'number') {
    const item = asRecord(asArray(question[path[2]])[path[3]]);
    return `${questionName}, ${path[2].replace(/s$/, '')} ${typeof item['id'] === 'string' ? `"${item['id']}"` : `#${path[3] + 1}`}`;
  }
  return questionName;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Names the item of a module.yaml issue: the module or one of its objectives. */
export function nameModuleItem(data: unknown, path: readonly PropertyKey[]): string {
  if (path[0] === 'objectives' && typeof path[1] === 'number') {
    const objective = asRecord(asArray(asRecord(data)['objectives'])[path[1]]);
    return `objective ${typeof objective['id'] === 'string' ? `"${objective['id']}"` : `#${path[1] + 1}`}`;
  }
  return 'module';
}

export function nameLessonItem(): string {
  return 'frontmatter';
}

/** Names an item of a file that is one list of entries with ids (glossary terms, sources). */
export function nameListItem(list: string, noun: string): ItemNamer {
  return (data, path) => {
    if (path[0] !== list || typeof path[1] !== 'number') return 'file';
    const item = asRecord(asArray(asRecord(data)[list])[path[1]]);
    return `${noun} ${typeof item['id'] === 'string' ? `"${item['id']}"` : `#${path[1] + 1}`}`;
  };
}
