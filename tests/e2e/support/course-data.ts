import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ChoiceQuestionData, Quiz } from '../../../src/schemas/quiz.ts';

const root = new URL('../../..', import.meta.url).pathname;

export interface BuiltModule {
  id: string;
  title: string;
  passMark: number;
  launchPage: string;
  pages: string[];
  lessonTitles: string[];
}

/** Module list as the build wrote it for the packager. */
export function builtModules(): BuiltModule[] {
  return JSON.parse(readFileSync(join(root, 'dist/course.json'), 'utf8')).modules;
}

/** The quiz files of a module, parsed, so tests answer from the source of truth. */
export function quizzesOf(moduleId: string): Quiz[] {
  const dir = join(root, 'content/modules', moduleId, 'quizzes');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as Quiz);
}

/** A quiz of single and multiple choice questions only, as the knowledge checks are. */
export type ChoiceQuiz = Omit<Quiz, 'questions'> & { questions: ChoiceQuestionData[] };

export function knowledgeCheckOf(moduleId: string): ChoiceQuiz {
  const quiz = quizzesOf(moduleId).find((q) => q.scored);
  if (!quiz) throw new Error(`module ${moduleId} has no scored quiz`);
  if (!quiz.questions.every((q) => q.type === 'single' || q.type === 'multiple')) throw new Error(`the knowledge check of ${moduleId} has questions answerQuiz cannot answer`);
  return quiz as ChoiceQuiz;
}

/** The lesson page (file name in the package) that shows a quiz. */
export function lessonPageOfQuiz(moduleId: string, quizId: string): string {
  const dir = join(root, 'content/modules', moduleId);
  const lesson = readdirSync(dir).find((name) => name.endsWith('.mdx') && readFileSync(join(dir, name), 'utf8').includes(`<Quiz id="${quizId}"`));
  if (!lesson) throw new Error(`no lesson of ${moduleId} shows quiz ${quizId}`);
  return `${moduleId}--${lesson.replace(/\.mdx$/, '')}.html`;
}
