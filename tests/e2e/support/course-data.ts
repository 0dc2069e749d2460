import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { QuizSchema, type Quiz } from '../../../src/schemas/quiz.ts';
import { ScenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';
import { parsePackagedCourse, type PackagedModule } from '../../../src/integration/packaged-course.ts';

const root = new URL('../../..', import.meta.url).pathname;

/** The modules as the build described them to the packager (the same schema the packager reads with). */
export function builtModules(): PackagedModule[] {
  return parsePackagedCourse(readFileSync(join(root, 'dist/course.json'), 'utf8')).modules;
}

/** The module the deep tests use: module 1. */
export function firstModule(): PackagedModule {
  return builtModules().find((module) => module.id === 'm1-drie-manieren') ?? builtModules()[0]!;
}

/** The quiz files of a module, validated as the build validates them, so tests answer from the source of truth. */
export function quizzesOf(moduleId: string): Quiz[] {
  const dir = join(root, 'content/modules', moduleId, 'quizzes');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => QuizSchema.parse(parse(readFileSync(join(dir, name), 'utf8'))));
}

export function scenariosOf(moduleId: string): Scenario[] {
  const dir = join(root, 'content/modules', moduleId, 'scenarios');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ScenarioSchema.parse(parse(readFileSync(join(dir, name), 'utf8'))));
}

export function knowledgeCheckOf(moduleId: string): Quiz {
  const quiz = quizzesOf(moduleId).find((q) => q.scored);
  if (!quiz) throw new Error(`module ${moduleId} has no scored quiz`);
  return quiz;
}

/** The lesson page (file name in the package) that shows a quiz or scenario. */
export function lessonPageOf(moduleId: string, componentId: string): string {
  const dir = join(root, 'content/modules', moduleId);
  const lesson = readdirSync(dir).find((name) => name.endsWith('.mdx') && new RegExp(`<(Quiz|Scenario) id="${componentId}"`).test(readFileSync(join(dir, name), 'utf8')));
  if (!lesson) throw new Error(`no lesson of ${moduleId} shows ${componentId}`);
  return `${moduleId}--${lesson.replace(/\.mdx$/, '')}.html`;
}

/** Lesson ids in order, from the module's page names. */
export function lessonIdsOf(module: PackagedModule): string[] {
  return module.pages.filter((page) => page.startsWith(`${module.id}--`)).map((page) => page.slice(module.id.length + 2, -'.html'.length)).filter((id) => /^\d/.test(id));
}
