import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { shuffleStable } from '../../src/learning/seeded-shuffle.ts';

/**
 * A course `factor` times the size of the real one, for the growth measurements: every real
 * module is copied `factor` times with its ids made unique. More modules rather than longer ones,
 * because a module's saved progress has to fit SCORM 1.2's 4096 characters: ten times the lessons
 * in one module would fail the build, not measure it.
 *
 * Copy 1 is the real module as it is; copy c renames
 * - every module-prefixed id (`m1-…`: the module folder, objectives, quizzes, questions,
 *   scenarios, `requires`) to `m1c<c>-…`, so modules that require m1 require the same copy of it;
 * - every glossary term id to `<id>-c<c>` (in begrippen.yaml and in `<Term id>`), and its term
 *   text to "<term> (kopie c)", since the course defines each term and each term text once;
 * - every reference a module adds itself (with `citation`) to `<key>-c<c>`, since one key is one
 *   reference in the whole course;
 * - nothing about a `shuffle: true` choice question's display order: that order is seeded by the
 *   question id, so the copy lists the options in the order the real id shows them and drops
 *   `shuffle`. Otherwise the renamed ids would deal the right answers to new positions and the
 *   build's position-bias check would (rightly) fail some copies.
 * The content therefore passes every check the real course passes (src/course/course-checks.ts,
 * src/learning/assessment-bias.ts, the schemas): the questions, their lengths and positions are
 * the real ones.
 */
export interface SyntheticCourse {
  /** The folder to pass as OOV_CONTENT_DIR. */
  contentDir: string;
  modules: number;
  lessons: number;
  questions: number;
}

const MODULE_PREFIX = /\bm(\d+)-/g;

export async function writeSyntheticCourse(realContent: string, target: string, factor: number): Promise<SyntheticCourse> {
  const realModules = join(realContent, 'modules');
  const contentDir = join(target, 'modules');
  await mkdir(contentDir, { recursive: true });
  // content.config.ts reads the course's reference list one level above the modules folder.
  await cp(join(realContent, 'bronnen.yaml'), join(target, 'bronnen.yaml'));
  const moduleIds = (await readdir(realModules, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const termIds = await collectTermIds(realModules, moduleIds);
  const count = { modules: 0, lessons: 0, questions: 0 };
  for (let copy = 1; copy <= factor; copy += 1) {
    for (const moduleId of moduleIds) {
      const rename = copy === 1 ? (text: string) => text : renamerFor(copy, termIds);
      const copied = await copyModule(join(realModules, moduleId), join(contentDir, rename(moduleId)), rename, copy);
      count.modules += 1;
      count.lessons += copied.lessons;
      count.questions += copied.questions;
    }
  }
  return { contentDir, ...count };
}

async function collectTermIds(realModules: string, moduleIds: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const moduleId of moduleIds) {
    const glossary = await readFile(join(realModules, moduleId, 'begrippen.yaml'), 'utf8').catch(() => '');
    const terms = (parse(glossary) as { terms?: Array<{ id: string }> } | null)?.terms ?? [];
    ids.push(...terms.map((term) => term.id));
  }
  return ids;
}

/** The textual renaming of copy `copy`, applied to every text file of a module. */
function renamerFor(copy: number, termIds: string[]): (text: string) => string {
  const tag = `c${String(copy).padStart(2, '0')}`;
  const termPattern = termIds.length ? new RegExp(`(<Term\\s+id=["'])(${termIds.map(escapeRegExp).join('|')})(["'])`, 'g') : null;
  return (text) => {
    const prefixed = text.replace(MODULE_PREFIX, (_, number: string) => `m${number}${tag}-`);
    return termPattern ? prefixed.replace(termPattern, (_, before: string, id: string, after: string) => `${before}${id}-${tag}${after}`) : prefixed;
  };
}

async function copyModule(source: string, target: string, rename: (text: string) => string, copy: number): Promise<{ lessons: number; questions: number }> {
  await mkdir(target, { recursive: true });
  let lessons = 0;
  let questions = 0;
  for (const entry of await readdir(source, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relativePath = join(entry.parentPath, entry.name).slice(source.length + 1);
    const from = join(source, relativePath);
    const to = join(target, relativePath);
    await mkdir(join(to, '..'), { recursive: true });
    if (!/\.(ya?ml|mdx)$/.test(entry.name)) {
      await cp(from, to);
      continue;
    }
    const original = await readFile(from, 'utf8');
    let text = rename(original);
    if (copy > 1 && relativePath.startsWith('quizzes/')) text = keepDisplayOrder(original, text);
    if (copy > 1 && entry.name === 'begrippen.yaml') text = renameGlossary(text, copy);
    if (copy > 1 && entry.name === 'bronnen.yaml') text = renameOwnSources(text, copy);
    if (entry.name.endsWith('.mdx')) lessons += 1;
    if (relativePath.startsWith('quizzes/')) questions += ((parse(text) as { questions?: unknown[] }).questions ?? []).length;
    await writeFile(to, text);
  }
  return { lessons, questions };
}

interface ChoiceQuestion {
  type: string;
  id: string;
  shuffle?: boolean;
  options?: Array<{ id: string }>;
}

function keepDisplayOrder(original: string, renamed: string): string {
  const before = (parse(original) as { questions: ChoiceQuestion[] }).questions;
  const quiz = parse(renamed) as { questions: ChoiceQuestion[] };
  if (!quiz.questions.some((question) => question.shuffle && question.options)) return renamed;
  quiz.questions.forEach((question, index) => {
    if (!question.shuffle || !question.options || !['single', 'multiple'].includes(question.type)) return;
    question.options = shuffleStable(question.options, before[index]!.id);
    delete question.shuffle;
  });
  return stringify(quiz);
}

function renameGlossary(text: string, copy: number): string {
  const tag = `c${String(copy).padStart(2, '0')}`;
  const glossary = parse(text) as { terms: Array<{ id: string; term: string }> };
  for (const term of glossary.terms) {
    term.id = `${term.id}-${tag}`;
    term.term = `${term.term} (kopie ${copy})`;
  }
  return stringify(glossary);
}

function renameOwnSources(text: string, copy: number): string {
  const tag = `c${String(copy).padStart(2, '0')}`;
  const list = parse(text) as { sources: Array<string | { id: string; citation?: string }> };
  list.sources = list.sources.map((source) => (typeof source === 'object' && source.citation !== undefined ? { ...source, id: `${source.id}-${tag}` } : source));
  return stringify(list);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Modules, lessons and questions of a content folder (`<dir>/<module>/…`), as the growth table counts them. */
export async function countCourse(modulesDir: string): Promise<{ modules: number; lessons: number; questions: number }> {
  const count = { modules: 0, lessons: 0, questions: 0 };
  for (const entry of await readdir(modulesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (entry.name === 'module.yaml') count.modules += 1;
    if (entry.name.endsWith('.mdx')) count.lessons += 1;
    if (entry.parentPath.endsWith('/quizzes') && entry.name.endsWith('.yaml')) count.questions += ((parse(await readFile(join(entry.parentPath, entry.name), 'utf8')) as { questions?: unknown[] }).questions ?? []).length;
  }
  return count;
}
