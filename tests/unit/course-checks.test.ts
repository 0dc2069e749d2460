import { describe, expect, test } from 'vitest';
import { findCourseProblems, quizIdsInLesson } from '../../src/course/course-checks.ts';
import { ModuleSchema } from '../../src/schemas/module.ts';
import { QuizSchema } from '../../src/schemas/quiz.ts';

const moduleData = ModuleSchema.parse({
  title: 'Proef',
  summary: 'Samenvatting',
  estimatedMinutes: 10,
  passMark: 70,
  knowledgeCheck: 'm9-check',
  objectives: [{ id: 'm9-doel', text: 'Iets kunnen' }],
});
const quiz = QuizSchema.parse({
  id: 'm9-check',
  title: 'Check',
  scored: true,
  questions: [{ id: 'm9-vraag', type: 'single', prompt: 'Welke?', options: [{ id: 'a', text: 'A', feedback: 'f' }, { id: 'b', text: 'B', feedback: 'f' }], correct: ['a'] }],
});
const lesson = (id: string, order: number, body = '<Quiz id="m9-check" />') => ({
  id: `m9/${id}`,
  data: { title: id, order, objectives: ['m9-doel'], estimatedMinutes: 5 },
  body,
  file: `content/modules/m9/${id}.mdx`,
});
const check = (data = moduleData, lessons = [lesson('01-les', 1)]) =>
  findCourseProblems([{ id: 'm9', data, file: 'content/modules/m9/module.yaml' }], lessons, [{ data: quiz, file: 'content/modules/m9/quizzes/check.yaml' }], []);

describe('checks across files', () => {
  test('a consistent module has no problems', () => {
    expect(check()).toEqual([]);
  });

  test('two lessons with the same order are named with both files', () => {
    expect(check(moduleData, [lesson('01-les', 1), lesson('02-les', 1, '')])).toEqual([
      'Module "m9" in content/modules/m9/module.yaml\n  order: lessons share order 1: content/modules/m9/01-les.mdx, content/modules/m9/02-les.mdx',
    ]);
  });

  test('a rename must point at an id the module has, and the old id must be gone', () => {
    const renamed = { ...moduleData, renamed: { 'm9-oud': 'm9-nieuw', 'm9-vraag': '01-les' } };
    expect(check(renamed)).toEqual([
      'Module "m9" in content/modules/m9/module.yaml\n  renamed.m9-oud: names "m9-nieuw", which is no lesson, question or scenario of this module',
      'Module "m9" in content/modules/m9/module.yaml\n  renamed.m9-vraag: "m9-vraag" still exists in this module; a renamed id must be gone',
    ]);
  });

  test('finds the quizzes a lesson places, in order', () => {
    expect(quizIdsInLesson('Tekst\n\n<Quiz id="m9-a" />\n\n<Quiz  id=\'m9-b\' />')).toEqual(['m9-a', 'm9-b']);
  });
});
