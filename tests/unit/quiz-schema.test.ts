import { describe, expect, test } from 'vitest';
import { QuizSchema } from '../../src/schemas/quiz.ts';
import { nameQuizItem } from '../../src/schemas/author-errors.ts';
import { authorMessages } from '../support/author-messages.ts';

/** A quiz file as an author writes it, around the questions under test. */
function problemsIn(questions: unknown[], quiz: Record<string, unknown> = {}): string[] | null {
  return authorMessages(QuizSchema, { id: 'm1-proef', title: 'Proef', questions, ...quiz }, nameQuizItem);
}

const single = () => ({
  id: 'm1-q1',
  type: 'single',
  prompt: 'Welke?',
  options: [
    { id: 'a', text: 'A', feedback: 'Fout.' },
    { id: 'b', text: 'B', feedback: 'Goed.' },
    { id: 'c', text: 'C', feedback: 'Fout.' },
  ],
  correct: ['b'],
});
const trueFalse = () => ({ id: 'm1-tf', type: 'truefalse', statement: 'Weber bedoelt met ideaal: wenselijk.', correct: false, feedback: { true: 'Nee.', false: 'Ja.' } });
const matching = () => ({
  id: 'm1-match',
  type: 'matching',
  prompt: 'Koppel.',
  pairs: [
    { id: 'output', text: 'Output', target: 'prest' },
    { id: 'outcome', text: 'Outcome', target: 'effect' },
  ],
  targets: [
    { id: 'prest', text: 'Prestatie' },
    { id: 'effect', text: 'Effect' },
    { id: 'koker', text: 'Verkokering' },
  ],
  feedback: { correct: 'Goed.', incorrect: 'Fout.' },
});
const ordering = () => ({
  id: 'm1-order',
  type: 'ordering',
  prompt: 'Zet in volgorde.',
  items: [
    { id: 'weber', text: 'Weber' },
    { id: 'hood', text: 'Hood' },
  ],
  feedback: { correct: 'Goed.', incorrect: 'Fout.' },
});
const categorise = () => ({
  id: 'm1-sort',
  type: 'categorise',
  prompt: 'Deel in.',
  buckets: [
    { id: 'pa', text: 'PA' },
    { id: 'npm', text: 'NPM' },
    { id: 'npg', text: 'NPG' },
  ],
  statements: [
    { id: 'boa', text: 'Boa volgens protocol', bucket: 'pa', feedback: 'Regel.' },
    { id: 'kcc', text: 'KCC-norm', bucket: 'npm', feedback: 'Cijfer.' },
  ],
});
const fillIn = (answer: unknown) => ({ id: 'm1-fill', type: 'fillin', prompt: 'Hoeveel weken?', answer, feedback: { correct: 'Goed.', incorrect: 'Fout.' } });
const reflection = (extra: Record<string, unknown> = {}) => ({ id: 'm1-reflect', type: 'reflection', prompt: 'Wat herken je?', ...extra });

describe('a valid quiz', () => {
  test('accepts every question type and fills in the defaults', () => {
    const questions = [single(), trueFalse(), matching(), ordering(), categorise(), fillIn({ kind: 'text', accepted: ['outcome'] }), fillIn({ kind: 'numeric', min: 6, max: 6 }), reflection()];
    questions[6]!.id = 'm1-fill-2';
    expect(problemsIn(questions)).toBeNull();
    const quiz = QuizSchema.parse({ id: 'm1-proef', title: 'Proef', questions });
    expect(quiz.questions[5]).toMatchObject({ answer: { kind: 'text', caseSensitive: false } });
    expect(quiz.questions[7]).toMatchObject({ maxLength: 500 });
  });

  test('takes retries as 0, a number or "unlimited", on the quiz and on a question', () => {
    expect(problemsIn([{ ...single(), retries: 2 }, { ...trueFalse(), retries: 'unlimited' }], { retries: 0 })).toBeNull();
  });
});

describe('a broken quiz names the question, the field, what was expected and what was found', () => {
  test('a correct answer that names no option', () => {
    expect(problemsIn([{ ...single(), correct: ['d'] }])).toMatchInlineSnapshot(`
      [
        "questions.0.correct: question "m1-q1": names option "d", but the options are "a", "b" and "c"",
      ]
    `);
  });

  test('no correct answer', () => {
    expect(problemsIn([{ ...single(), correct: [] }, { ...trueFalse(), correct: undefined }])).toMatchInlineSnapshot(`
      [
        "questions.0.correct: question "m1-q1": name at least one correct option, found a list of 0",
        "questions.0.correct: question "m1-q1": type "single" needs exactly one correct option, found 0",
        "questions.1.correct: question "m1-tf": expected true or false, found nothing (the field is missing)",
      ]
    `);
  });

  test('a question id used twice in the quiz', () => {
    expect(problemsIn([single(), { ...trueFalse(), id: 'm1-q1' }])).toMatchInlineSnapshot(`
      [
        "questions.1.id: question "m1-q1": the id "m1-q1" appears twice in this quiz",
      ]
    `);
  });

  test('option, pair, target, item, statement and bucket ids used twice', () => {
    const options = single().options;
    const twice = <T extends { id: string }>(list: T[]) => [...list, { ...list[0]! }];
    expect(
      problemsIn([
        { ...single(), options: twice(options) },
        { ...matching(), pairs: twice(matching().pairs), targets: twice(matching().targets) },
        { ...ordering(), items: twice(ordering().items) },
        { ...categorise(), buckets: twice(categorise().buckets), statements: twice(categorise().statements) },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "questions.0.options: question "m1-q1": option id "a" is used twice",
        "questions.1.pairs: question "m1-match": pair id "output" is used twice",
        "questions.1.targets: question "m1-match": target id "prest" is used twice",
        "questions.2.items: question "m1-order": item id "weber" is used twice",
        "questions.3.buckets: question "m1-sort": bucket id "pa" is used twice",
        "questions.3.statements: question "m1-sort": statement id "boa" is used twice",
      ]
    `);
  });

  test('empty options and empty texts', () => {
    expect(
      problemsIn([
        { ...single(), options: [], correct: ['a'] },
        { ...trueFalse(), statement: '   ' },
        { ...ordering(), items: [{ id: 'a', text: '' }, { id: 'b', text: 'B' }] },
      ]),
    ).toMatchInlineSnapshot(`
      [
        "questions.0.options: question "m1-q1": give at least two options, found a list of 0",
        "questions.1.statement: question "m1-tf": must not be empty, found """,
        "questions.2.items.0.text: question "m1-order", item "a": must not be empty, found """,
      ]
    `);
  });

  test('a matching pair whose target does not exist, and a source without a target', () => {
    const [first, second] = matching().pairs;
    expect(problemsIn([{ ...matching(), pairs: [{ ...first!, target: 'gaming' }, { id: second!.id, text: second!.text }] }])).toMatchInlineSnapshot(`
      [
        "questions.0.pairs.0.target: question "m1-match", pair "output": names target "gaming", but the targets are "prest", "effect" and "koker"",
        "questions.0.pairs.1.target: question "m1-match", pair "outcome": has no target; set it to one of "prest", "effect" and "koker"",
      ]
    `);
  });

  test('an ordering question with fewer than two items', () => {
    expect(problemsIn([{ ...ordering(), items: [{ id: 'weber', text: 'Weber' }] }])).toMatchInlineSnapshot(`
      [
        "questions.0.items: question "m1-order": give at least two items to put in order, found a list of 1",
      ]
    `);
  });

  test('a categorise statement that names an unknown bucket or none', () => {
    const [boa, kcc] = categorise().statements;
    expect(problemsIn([{ ...categorise(), statements: [{ ...boa!, bucket: 'nwg' }, { id: kcc!.id, text: kcc!.text, feedback: kcc!.feedback }] }])).toMatchInlineSnapshot(`
      [
        "questions.0.statements.0.bucket: question "m1-sort", statement "boa": names bucket "nwg", but the buckets are "pa", "npm" and "npg"",
        "questions.0.statements.1.bucket: question "m1-sort", statement "kcc": has no bucket; set it to one of "pa", "npm" and "npg"",
      ]
    `);
  });

  test('a numeric answer whose min is greater than its max', () => {
    expect(problemsIn([fillIn({ kind: 'numeric', min: 10, max: 6 })])).toMatchInlineSnapshot(`
      [
        "questions.0.answer.min: question "m1-fill": min 10 is greater than max 6; for one exact number give the same min and max",
      ]
    `);
  });

  test('a text fill-in without accepted answers, and an answer of unknown kind', () => {
    expect(problemsIn([fillIn({ kind: 'text', accepted: [] }), { ...fillIn({ kind: 'woord', accepted: ['x'] }), id: 'm1-fill-2' }])).toMatchInlineSnapshot(`
      [
        "questions.0.answer.accepted: question "m1-fill": give at least one accepted answer, found a list of 0",
        "questions.1.answer.kind: question "m1-fill-2": expected "text" or "numeric", found "woord"",
      ]
    `);
  });

  test('a reflection maxLength outside 1 to 4000', () => {
    expect(problemsIn([reflection({ maxLength: 0 }), reflection({ id: 'm1-reflect-2', maxLength: 5000 }), reflection({ id: 'm1-reflect-3', maxLength: 12.5 })])).toMatchInlineSnapshot(`
      [
        "questions.0.maxLength: question "m1-reflect": must be between 1 and 4000, found 0",
        "questions.1.maxLength: question "m1-reflect-2": must be between 1 and 4000, the SCORM long-fill-in limit, found 5000",
        "questions.2.maxLength: question "m1-reflect-3": expected a whole number, found 12.5",
      ]
    `);
  });

  test('a retry policy that is not 0, a number or "unlimited"', () => {
    expect(problemsIn([{ ...single(), retries: 'vaak' }], { retries: -1 })).toMatchInlineSnapshot(`
      [
        "retries: quiz "m1-proef": use 0, a whole number of retries or "unlimited", found -1",
        "questions.0.retries: question "m1-q1": use 0, a whole number of retries or "unlimited", found "vaak"",
      ]
    `);
  });

  test('a field the type does not have, such as shuffle on an ordering question', () => {
    expect(problemsIn([{ ...ordering(), shuffle: true }, { ...trueFalse(), prompt: 'Klopt dit?' }])).toMatchInlineSnapshot(`
      [
        "questions.0.shuffle: question "m1-order": unknown field "shuffle"; check the spelling",
        "questions.1.prompt: question "m1-tf": unknown field "prompt"; check the spelling",
      ]
    `);
  });

  test('a scored quiz with only reflections, which have nothing to score', () => {
    expect(problemsIn([reflection()], { scored: true })).toMatchInlineSnapshot(`
      [
        "questions: quiz "m1-proef": a scored quiz needs at least one graded question; reflections are not graded",
      ]
    `);
  });

  test('a type that does not exist', () => {
    expect(problemsIn([{ ...single(), type: 'open' }])).toMatchInlineSnapshot(`
      [
        "questions.0.type: question "m1-q1": expected "single" or "multiple" or "truefalse" or "matching" or "ordering" or "categorise" or "fillin" or "reflection", found "open"",
      ]
    `);
  });
});
