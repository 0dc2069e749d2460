import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** String literals of an interface strings file (src/i18n/nl.ts), template holes removed. */
function textOfStrings(source: string): string {
  return [...source.matchAll(/(['`])((?:\\.|(?!\1).)*)\1/g)].map((match) => match[2]!.replace(/\$\{[^}]*\}/g, ' ')).join('\n');
}

export function collectCourseText(moduleId?: string): TextSource[] {
  const sources: TextSource[] = [];
  const modules = readdirSync(contentDir).filter((name) => !moduleId || name === moduleId);
  for (const module of modules) {
    const dir = join(contentDir, module);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(mdx|ya?ml)$/.test(name));
    for (const name of files) {
      const file = join(dir, name);
      const raw = readFileSync(file, 'utf8');
      const out: string[] = [];
      if (name.endsWith('.mdx')) out.push(textOfMdx(raw));
      else textOfYaml(parse(raw), null, out);
      sources.push({ file: relative(root, file), text: out.join('\n') });
    }
  }
  if (!moduleId) {
    for (const name of ['nl.ts', 'nl-docent.ts']) {
      const file = join(root, 'src/i18n', name);
      if (existsSync(file)) sources.push({ file: relative(root, file), text: textOfStrings(readFileSync(file, 'utf8')) });
    }
  }
  return sources;
}

/** The reviewed word lists: the course's and each module's. */
export function readWordList(): Set<string> {
  const lists = [join(root, 'content/spelling.txt'), ...readdirSync(contentDir).map((module) => join(contentDir, module, 'woorden.txt'))];
  const words = new Set<string>();
  for (const list of lists.filter((path) => existsSync(path))) {
    for (const line of readFileSync(list, 'utf8').split('\n')) {
      const word = line.replace(/#.*/, '').trim();
      if (word) words.add(word);
    }
  }
  return words;
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

/** A list entry allows the word as written, in lowercase at a sentence start, and a name with the genitive s (Osbornes). */
function isAllowed(word: string, allowed: Set<string>): boolean {
  const candidates = [word, word.toLowerCase(), word[0]!.toLowerCase() + word.slice(1)];
  if (/^\p{Lu}/u.test(word) && word.endsWith('s')) candidates.push(word.slice(0, -1));
  return candidates.some((candidate) => allowed.has(candidate));
}
