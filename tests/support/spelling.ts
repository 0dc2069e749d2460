import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';

/**
 * Dutch spelling of everything a trainee reads: lesson text, every text field of the quiz,
 * scenario, glossary and guide files, and the interface strings. Debian's hunspell with
 * hunspell-nl judges the words; terms of art it does not know go in a reviewed word list:
 * content/spelling.txt for the course, content/modules/<module>/woorden.txt for one module.
 */

const root = new URL('../..', import.meta.url).pathname;
const contentDir = join(root, 'content/modules');

/** YAML fields that hold text for learners or instructors; ids, types and references are skipped. */
const TEXT_FIELDS = new Set([
  'title', 'summary', 'text', 'prompt', 'statement', 'feedback', 'correct', 'incorrect', 'true', 'false', 'debrief', 'intro',
  'situation', 'label', 'definition', 'term', 'also', 'question', 'note', 'notes', 'introduction', 'handIn', 'guidingQuestion',
  'accepted', 'unit', 'name', 'role', 'teaches', 'discussion', 'checked',
]);

export interface TextSource {
  file: string;
  text: string;
}

/** The text fields of parsed content (a quiz, a scenario, frontmatter), joined by lines. */
export function textOfContent(value: unknown): string {
  const out: string[] = [];
  textOfYaml(value, null, out);
  return out.join('\n');
}

function textOfYaml(value: unknown, key: string | null, out: string[]): void {
  if (typeof value === 'string') {
    if (key !== null && TEXT_FIELDS.has(key)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) textOfYaml(item, key, out);
  } else if (value && typeof value === 'object') {
    for (const [field, inner] of Object.entries(value)) textOfYaml(inner, field, out);
  }
}

/** Lesson text without frontmatter fields that are not text, components, markdown syntax or addresses. */
export function textOfMdx(source: string): string {
  const [, frontmatter = '', body = source] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const front: string[] = [];
  textOfYaml(parse(frontmatter) ?? {}, null, front);
  const prose = body
    .replace(/^import .*$/gm, '')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/[*_#>|]/g, ' ');
  return [...front, prose].join('\n');
}

/**
 * The text of an interface strings file (src/i18n/nl.ts): its string and template literals,
 * parsed by TypeScript so that escapes (\u2019) are decoded and template holes are gaps.
 */
function textOfStrings(source: string, file: string): string {
  return literalsOf(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS), () => true).join('\n');
}

/** Attributes whose value a reader sees or hears; other attribute values are classes, ids and flags. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'aria-label']);

/**
 * The text in a tree of TypeScript or JSX: JSX text, read attributes and the string and template
 * literals `isText` accepts. Options passed to toLocale…() ('numeric', 'long') are code.
 */
function literalsOf(tree: ts.Node, isText: (text: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text.startsWith('toLocale')) return;
    if (ts.isJsxAttribute(node) && !READ_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) return;
    // A cited source's title and address are quoted as published, often in English.
    if (ts.isObjectLiteralExpression(node) && node.properties.some((property) => property.name?.getText() === 'url')) return;
    if (ts.isJsxText(node)) out.push(node.text);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // Keys and ids ('moodle-docs'), not words.
      if (ts.isPropertyAssignment(node.parent) && node.parent.name === node) return;
      if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(node.text)) return;
      // {en:…} marks a label as an English LMS shows it (the page gives it lang="en").
      if (isText(node.text)) out.push(node.text.replace(/\{en:[^}]*\}/g, ' '));
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

/**
 * What a page's markup shows (src/pages, src/layouts, src/components): text between tags, the
 * attributes a reader hears (alt, title, aria-label), and inside {expressions} the JSX text and
 * quoted phrases (with a space: one-word strings there are class names and keys). Frontmatter,
 * scripts, styles and <code> are code; what they put on the page comes from nl.ts.
 */
export function textOfAstro(source: string): string {
  const markup = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<(script|style|code)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ');
  const { outside, expressions } = splitExpressions(markup);
  const attributes = [...outside.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/g)].map((match) => match[1]!);
  const inExpressions = expressions.flatMap((code) =>
    literalsOf(ts.createSourceFile('expression.tsx', `(${code.slice(1, -1)})`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX), (text) => /\p{L} +\p{L}/u.test(text)),
  );
  return [outside.replace(/<[^>]*>/g, ' '), ...attributes, ...inExpressions].join('\n');
}

/** Markup with each top-level {expression} replaced by a space, and the expressions' code. */
function splitExpressions(markup: string): { outside: string; expressions: string[] } {
  let outside = '';
  const expressions: string[] = [];
  let depth = 0;
  let code = '';
  for (const char of markup) {
    if (char === '{') depth += 1;
    if (depth === 0) outside += char;
    else code += char;
    if (char === '}' && depth > 0) {
      depth -= 1;
      if (depth === 0) {
        expressions.push(code);
        code = '';
        outside += ' ';
      }
    }
  }
  return { outside, expressions };
}

/** What a figure shows and says: its title, description and labels (content/modules/<module>/figuren/*.svg). */
export function textOfSvg(source: string): string {
  const parts = [...source.matchAll(/<(title|desc|text)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => match[2]!.replace(/<[^>]+>/g, ' '));
  return decodeEntities(parts.join('\n'));
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (named[name] ?? entity));
}

/**
 * What a built page shows a reader: its text and read attributes, without scripts, styles, code,
 * island props and passages marked as English (lang="en", such as an LMS's own labels).
 */
export function textOfBuiltPage(html: string): string {
  const visible = html
    .replace(/<(script|style|code|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)\b[^>]*\slang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const attributes = [...visible.matchAll(/\s(?:alt|title|aria-label)="([^"]*)"/g)].map((match) => match[1]!);
  return decodeEntities([visible.replace(/<[^>]*>/g, ' '), ...attributes].join('\n').replace(/&nbsp;/g, ' '));
}

function textOfFile(name: string, raw: string): string {
  if (name.endsWith('.mdx')) return textOfMdx(raw);
  if (name.endsWith('.svg')) return textOfSvg(raw);
  const out: string[] = [];
  textOfYaml(parse(raw), null, out);
  return out.join('\n');
}

/**
 * Everything a trainee or instructor reads: each module's lessons, quiz, scenario, glossary,
 * sources and guide files and its figures; without a module id also the interface strings and
 * the text written into the site's pages and components.
 */
export function collectCourseText(moduleId?: string): TextSource[] {
  const sources: TextSource[] = [];
  const modules = readdirSync(contentDir).filter((name) => !moduleId || name === moduleId);
  for (const module of modules) {
    const dir = join(contentDir, module);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(mdx|ya?ml|svg)$/.test(name));
    for (const name of files.sort()) {
      const file = join(dir, name);
      sources.push({ file: relative(root, file), text: textOfFile(name, readFileSync(file, 'utf8')) });
    }
  }
  if (moduleId) return sources;
  for (const name of readdirSync(join(root, 'src/i18n')).filter((each) => each.endsWith('.ts')).sort()) {
    const file = join(root, 'src/i18n', name);
    if (existsSync(file)) sources.push({ file: relative(root, file), text: textOfStrings(readFileSync(file, 'utf8'), file) });
  }
  for (const folder of ['src/pages', 'src/layouts', 'src/components']) {
    for (const name of readdirSync(join(root, folder)).filter((each) => each.endsWith('.astro')).sort()) {
      const file = join(root, folder, name);
      sources.push({ file: relative(root, file), text: textOfAstro(readFileSync(file, 'utf8')) });
    }
  }
  return sources;
}

/** The reviewed word lists' entries, each with the list it is in: the course's and each module's. */
export function readWordListEntries(): Array<{ word: string; list: string }> {
  const lists = [join(root, 'content/spelling.txt'), ...readdirSync(contentDir).map((module) => join(contentDir, module, 'woorden.txt'))];
  return lists
    .filter((path) => existsSync(path))
    .flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .map((line) => line.replace(/#.*/, '').trim())
        .filter(Boolean)
        .map((word) => ({ word, list: relative(root, path) })),
    );
}

/** Every word the lists allow. */
export function readWordList(): Set<string> {
  return new Set(readWordListEntries().map((entry) => entry.word));
}

export function hasHunspell(): boolean {
  return spawnSync('hunspell', ['-D'], { encoding: 'utf8', input: '' }).status !== null && existsSync('/usr/share/hunspell/nl_NL.dic');
}

/** Words: letters, with an apostrophe or hyphen inside ("paradigma's", "OOV-werk"); quotes and punctuation around them are not part of the word. */
export function wordsOf(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu)].map((match) => match[0]);
}

function askHunspell(words: string[]): Set<string> {
  const result = spawnSync('hunspell', ['-d', 'nl_NL', '-i', 'utf-8', '-l'], { input: words.join('\n'), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`hunspell failed: ${result.stderr}`);
  return new Set(result.stdout.split('\n').map((line) => line.trim()).filter(Boolean));
}

/** Words hunspell (nl_NL) does not know and no word list allows, with the files they occur in. */
export function findUnknownWords(sources: TextSource[], allowed: Set<string> = readWordList()): Map<string, string[]> {
  const occurrences = new Map<string, Set<string>>();
  for (const source of sources) {
    for (const word of wordsOf(source.text)) occurrences.set(word, (occurrences.get(word) ?? new Set()).add(source.file));
  }
  const words = [...occurrences.keys()];
  const parts = words.flatMap((word) => (word.includes('-') ? word.split('-') : []));
  const rejected = askHunspell([...words, ...parts]);
  const isKnown = (word: string) => !rejected.has(word) || isAllowed(word, allowed);
  const unknown = new Map<string, string[]>();
  for (const word of words) {
    if (isKnown(word)) continue;
    // Dutch joins an abbreviation with a hyphen (OOV-werk, NPM-logica); other hyphenated words must be words themselves, so "co-producent" is caught.
    const pieces = word.split('-');
    if (pieces.length > 1 && pieces.some((piece) => /^\p{Lu}{2,}$/u.test(piece) || allowed.has(piece)) && pieces.every(isKnown)) continue;
    unknown.set(word, [...occurrences.get(word)!]);
  }
  return unknown;
}

/** A list entry allows the word as written (either apostrophe), in lowercase at a sentence start, and a name with the genitive s (Osbornes). */
function isAllowed(written: string, allowed: Set<string>): boolean {
  const word = written.replace(/’/g, "'");
  const candidates = [word, word.toLowerCase(), word[0]!.toLowerCase() + word.slice(1)];
  if (/^\p{Lu}/u.test(word) && word.endsWith('s')) candidates.push(word.slice(0, -1));
  return candidates.some((candidate) => allowed.has(candidate));
}
