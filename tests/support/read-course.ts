import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import type { LessonSource, ListSource, ModuleSource, QuizSource, ScenarioSource } from '../../src/course/course-checks.ts';
import { ModuleSchema } from '../../src/schemas/module.ts';
import { LessonSchema } from '../../src/schemas/lesson.ts';
import { QuizSchema } from '../../src/schemas/quiz.ts';
import { ScenarioSchema, nameScenarioItem } from '../../src/schemas/scenario.ts';
import { GlossarySchema, type GlossaryTerm } from '../../src/schemas/glossary.ts';
import { CourseSourcesSchema, SourcesSchema, type ModuleSource as ModuleReference, type Source } from '../../src/schemas/sources.ts';
import { nameLessonItem, nameListItem, nameModuleItem, nameQuizItem, withAuthorErrors, type ItemNamer } from '../../src/schemas/author-errors.ts';

/**
 * The real course's files, read as src/content.config.ts reads them (the same folders, file
 * patterns and schemas), in the shape findCourseProblems takes. Astro's content layer only runs
 * inside a build; this lets a unit test hold the real course to the build's checks in a second.
 */
export interface CourseFiles {
  modules: ModuleSource[];
  lessons: LessonSource[];
  quizzes: QuizSource[];
  scenarios: ScenarioSource[];
  glossaries: ListSource<GlossaryTerm>[];
  sources: ListSource<ModuleReference>[];
  courseSources: Source[];
  /** Module id → paths of the files in its figuren/ folder. */
  figureFiles: Map<string, string[]>;
}

const root = new URL('../..', import.meta.url).pathname;

export function readCourseFiles(contentDir = join(root, 'content/modules')): CourseFiles {
  const moduleIds = readdirSync(contentDir).filter((name) => existsSync(join(contentDir, name, 'module.yaml'))).sort();
  const file = (...parts: string[]) => relative(root, join(contentDir, ...parts));
  const yamlIn = (moduleId: string, folder: string) =>
    existsSync(join(contentDir, moduleId, folder)) ? readdirSync(join(contentDir, moduleId, folder)).filter((name) => name.endsWith('.yaml')).sort() : [];
  const listOf = <T>(moduleId: string, name: string, schema: z.ZodType<{ [key: string]: unknown }>, list: string, noun: string): ListSource<T>[] => {
    if (!existsSync(join(contentDir, moduleId, name))) return [];
    const data = parseFile(file(moduleId, name), schema, nameListItem(list, noun));
    return [{ moduleId, items: data[list] as T[], file: file(moduleId, name) }];
  };
  return {
    modules: moduleIds.map((id) => ({ id, data: parseFile(file(id, 'module.yaml'), ModuleSchema, nameModuleItem), file: file(id, 'module.yaml') })),
    lessons: moduleIds.flatMap((moduleId) =>
      readdirSync(join(contentDir, moduleId))
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => {
          const { frontmatter, body } = splitMdx(readFileSync(join(contentDir, moduleId, name), 'utf8'));
          const path = file(moduleId, name);
          return { id: `${moduleId}/${name.replace(/\.mdx$/, '')}`, data: parseData(path, frontmatter, LessonSchema, nameLessonItem), body, file: path };
        }),
    ),
    quizzes: moduleIds.flatMap((moduleId) => yamlIn(moduleId, 'quizzes').map((name) => ({ data: parseFile(file(moduleId, 'quizzes', name), QuizSchema, nameQuizItem), file: file(moduleId, 'quizzes', name) }))),
    scenarios: moduleIds.flatMap((moduleId) => yamlIn(moduleId, 'scenarios').map((name) => ({ data: parseFile(file(moduleId, 'scenarios', name), ScenarioSchema, nameScenarioItem), file: file(moduleId, 'scenarios', name) }))),
    glossaries: moduleIds.flatMap((moduleId) => listOf<GlossaryTerm>(moduleId, 'begrippen.yaml', GlossarySchema, 'terms', 'term')),
    sources: moduleIds.flatMap((moduleId) => listOf<ModuleReference>(moduleId, 'bronnen.yaml', SourcesSchema, 'sources', 'source')),
    courseSources: parseFile(relative(root, join(contentDir, '../bronnen.yaml')), CourseSourcesSchema, nameListItem('sources', 'source')).sources,
    figureFiles: new Map(moduleIds.map((id) => [id, existsSync(join(contentDir, id, 'figuren')) ? readdirSync(join(contentDir, id, 'figuren')).sort().map((name) => file(id, 'figuren', name)) : []])),
  };
}

function splitMdx(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  return match ? { frontmatter: parse(match[1]!) ?? {}, body: match[2]! } : { frontmatter: {}, body: source };
}

function parseFile<T extends z.ZodType>(path: string, schema: T, nameItem: ItemNamer): z.output<T> {
  return parseData(path, parse(readFileSync(join(root, path), 'utf8')), schema, nameItem);
}

/** Parses with the build's author-facing messages; a file that would fail the build fails here naming it. */
function parseData<T extends z.ZodType>(path: string, data: unknown, schema: T, nameItem: ItemNamer): z.output<T> {
  const result = withAuthorErrors(schema, nameItem).safeParse(data);
  if (!result.success) throw new Error(`${path} does not match its schema:\n${result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  return result.data as z.output<T>;
}
