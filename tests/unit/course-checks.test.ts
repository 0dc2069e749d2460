import { describe, expect, test } from 'vitest';
import { findCourseProblems, quizIdsInLesson } from '../../src/course/course-checks.ts';
import { ModuleSchema } from '../../src/schemas/module.ts';
import { QuizSchema } from '../../src/schemas/quiz.ts';
import { ScenarioSchema } from '../../src/schemas/scenario.ts';

const moduleData = ModuleSchema.parse({
  title: 'Proef',
  summary: 'Samenvatting',
  estimatedMinutes: 5,
  passMark: 70,
  knowledgeCheck: 'm9-check',
  objectives: [{ id: 'm9-doel', text: 'Iets kunnen' }],
});
const quiz = QuizSchema.parse({
  id: 'm9-check',
  title: 'Check',
  scored: true,
  questions: ['a', 'b', 'c'].map((n) => ({ id: `m9-vraag-${n}`, type: 'truefalse', objective: 'm9-doel', statement: `Stelling ${n}`, correct: true, feedback: { true: 'Ja.', false: 'Nee.' } })),
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
    expect(check({ ...moduleData, estimatedMinutes: 10 }, [lesson('01-les', 1), lesson('02-les', 1, '')])).toEqual([
      'Module "m9" in content/modules/m9/module.yaml\n  order: lessons share order 1: content/modules/m9/01-les.mdx, content/modules/m9/02-les.mdx',
    ]);
  });

  test('a rename must point at an id the module has, and the old id must be gone', () => {
    const renamed = { ...moduleData, renamed: { 'm9-oud': 'm9-nieuw', 'm9-vraag-a': '01-les' } };
    expect(check(renamed)).toEqual([
      'Module "m9" in content/modules/m9/module.yaml\n  renamed.m9-oud: names "m9-nieuw", which is no lesson, question or scenario of this module',
      'Module "m9" in content/modules/m9/module.yaml\n  renamed.m9-vraag-a: "m9-vraag-a" still exists in this module; a renamed id must be gone',
    ]);
  });

  test('finds the quizzes a lesson places, in order', () => {
    expect(quizIdsInLesson('Tekst\n\n<Quiz id="m9-a" />\n\n<Quiz  id=\'m9-b\' />')).toEqual(['m9-a', 'm9-b']);
  });

  test('module minutes must add up to the lessons\' minutes', () => {
    expect(check({ ...moduleData, estimatedMinutes: 60 })).toEqual([
      'Module "m9" in content/modules/m9/module.yaml\n  estimatedMinutes: is 60, but the lessons add up to 5 minutes (01-les: 5); make them agree',
    ]);
  });

  test('an objective no lesson serves, and one the check tests with fewer than three questions, are named', () => {
    const twoObjectives = { ...moduleData, objectives: [...moduleData.objectives, { id: 'm9-ander', text: 'Nog iets' }] };
    expect(check(twoObjectives)).toEqual([
      'Module "m9" in content/modules/m9/module.yaml\n  objectives.m9-ander: no lesson serves this objective; list it in the `objectives` of the lessons that teach it',
      'Quiz "m9-check" in content/modules/m9/quizzes/check.yaml\n  questions: objective "m9-ander" is tested by 0 question(s) per attempt; a knowledge check asks at least 3 per objective, so one lucky guess cannot pass it',
    ]);
  });

  test('a term defined twice and a <Term> that names no term are named with their files', () => {
    const term = { id: 'm9-begrip', term: 'Begrip', definition: 'Uitleg.', also: [] };
    const problems = findCourseProblems(
      [{ id: 'm9', data: moduleData, file: 'content/modules/m9/module.yaml' }],
      [lesson('01-les', 1, '<Term id="m9-onbekend">x</Term>\n\n<Quiz id="m9-check" />')],
      [{ data: quiz, file: 'content/modules/m9/quizzes/check.yaml' }],
      [],
      [
        { moduleId: 'm9', items: [term], file: 'content/modules/m9/begrippen.yaml' },
        { moduleId: 'm8', items: [{ ...term, id: 'm8-begrip' }], file: 'content/modules/m8/begrippen.yaml' },
      ],
    );
    expect(problems).toEqual([
      'Lesson "01-les" in content/modules/m9/01-les.mdx\n  <Term id>: names term "m9-onbekend", but no begrippen.yaml defines it',
      'Term "m8-begrip" in content/modules/m8/begrippen.yaml\n  term: "Begrip" is already defined in content/modules/m9/begrippen.yaml; define each term once and use <Term id="m8-begrip"> elsewhere',
    ]);
  });

  test('a module names source keys of the course list, or adds a reference of its own once', () => {
    const course = [{ id: 'OSB06', citation: 'Osborne (2006)' }];
    const problems = findCourseProblems([], [], [], [], [], [
      { moduleId: 'm9', items: [{ id: 'OSB06' }, { id: 'ONBEKEND' }, { id: 'OSB06', citation: 'Anders' }], file: 'content/modules/m9/bronnen.yaml' },
    ], course);
    expect(problems).toEqual([
      'Source "ONBEKEND" in content/modules/m9/bronnen.yaml\n  citation: the key is not in content/bronnen.yaml; add `citation` (and `url` if public) to give the reference',
      'Source "OSB06" in content/modules/m9/bronnen.yaml\n  id: listed twice in this file',
      'Source "OSB06" in content/modules/m9/bronnen.yaml\n  citation: the key is already in content/bronnen.yaml; leave out `citation`, or use another key for another reference',
    ]);
  });

  test('a lesson image without a text alternative is named with its file', () => {
    expect(check(moduleData, [lesson('01-les', 1, '![](./figuren/keten.svg)\n\n![De keten van input tot outcome.](./figuren/ok.svg)\n\n<Quiz id="m9-check" />')])).toEqual([
      'Lesson "01-les" in content/modules/m9/01-les.mdx\n  image ./figuren/keten.svg: has no text alternative; say what the figure shows between the brackets: ![…](./figuren/keten.svg)',
    ]);
  });

  test('once strongest choices are marked, a logic that is never the strongest is reported', () => {
    const scenario = (id: string, choices: Array<{ logic: 'PA' | 'NPM' | 'NPG'; best?: boolean }>) => ({
      data: ScenarioSchema.parse({
        id,
        title: 'Casus',
        intro: 'Inleiding.',
        start: 'dp1',
        steps: [{ id: 'dp1', situation: 'Wat doe je?', choices: choices.map((choice, index) => ({ id: 'abc'[index], text: 'Keuze', feedback: 'Gevolg.', next: 'einde', ...choice })) }],
        endings: [{ id: 'einde', title: 'Einde', debrief: 'Nabespreking.' }],
      }),
      file: `content/modules/m9/scenarios/${id}.yaml`,
    });
    const problemsWith = (scenarios: ReturnType<typeof scenario>[]) => findCourseProblems([], [], [], scenarios);
    expect(problemsWith([scenario('m9-a', [{ logic: 'PA' }, { logic: 'NPM' }])])).toEqual([]);
    expect(problemsWith([scenario('m9-a', [{ logic: 'PA', best: true }, { logic: 'NPM' }]), scenario('m9-b', [{ logic: 'NPG', best: true }])])).toEqual([
      'Scenarios content/modules/m9/scenarios/m9-a.yaml, content/modules/m9/scenarios/m9-b.yaml\n  best: no choice with logic NPM is marked `best: true` at any decision; each of PA, NPM and NPG must be the strongest choice somewhere in the course, so trainees see the logics as lenses, not a ranking',
    ]);
  });
});
