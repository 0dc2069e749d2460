import { describe, expect, test } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { formatScorm12Interaction, formatScorm2004Interaction, toInteractionDescription, type FormattedInteraction } from '../../src/tracking/interaction-format.ts';
import type { AnswerEvent, InteractionKind } from '../../src/learning/types.ts';

/** One answer per interaction kind, shaped as the question types report them (see question-answers.ts). */
const answers: Record<string, AnswerEvent> = {
  'choice (single)': { questionId: 'm1-q-single', kind: 'choice', description: 'Welke?', optionIds: ['a', 'b', 'c'], response: ['b'], correctResponse: ['b'], isCorrect: true },
  'choice (multiple)': { questionId: 'm1-q-multiple', kind: 'choice', description: 'Welke?', optionIds: ['a', 'b', 'c', 'd'], response: ['a', 'c'], correctResponse: ['a', 'c', 'd'], isCorrect: false },
  'true-false': { questionId: 'm1-q-tf', kind: 'true-false', description: 'Klopt dit?', optionIds: ['true', 'false'], response: ['false'], correctResponse: ['false'], isCorrect: true },
  'matching (long ids, distractor target)': {
    questionId: 'm1-q-match',
    kind: 'matching',
    description: 'Koppel',
    optionIds: ['output', 'outcome', 'doel', 'gaming'],
    targetIds: ['prest', 'effect', 'getal', 'score', 'koker'],
    response: ['output.prest', 'outcome.koker', 'doel.getal', 'gaming.score'],
    correctResponse: ['output.prest', 'outcome.effect', 'doel.getal', 'gaming.score'],
    isCorrect: false,
  },
  'matching (categorise: statements into buckets)': {
    questionId: 'm1-q-sort',
    kind: 'matching',
    description: 'Deel in',
    optionIds: ['verbod', 'boa', 'schouw'],
    targetIds: ['pa', 'npm', 'npg'],
    response: ['verbod.pa', 'boa.npm', 'schouw.npg'],
    correctResponse: ['verbod.pa', 'boa.npm', 'schouw.npg'],
    isCorrect: true,
  },
  sequencing: {
    questionId: 'm1-q-order',
    kind: 'sequencing',
    description: 'Volgorde',
    optionIds: ['weber', 'hood', 'gaebler', 'osborne'],
    response: ['hood', 'weber', 'gaebler', 'osborne'],
    correctResponse: ['weber', 'hood', 'gaebler', 'osborne'],
    isCorrect: false,
  },
  'fill-in': { questionId: 'm1-q-text', kind: 'fill-in', description: 'Welk woord?', optionIds: [], response: ['Outcome'], correctResponse: ['outcome'], isCorrect: true },
  numeric: { questionId: 'm1-q-number', kind: 'numeric', description: 'Hoeveel weken?', optionIds: [], response: ['3.5'], correctResponse: ['6', '10'], isCorrect: false },
  'long-fill-in': { questionId: 'm1-q-reflect', kind: 'long-fill-in', description: 'Wat herken je?', optionIds: [], response: ['Bij ons gaat de brief langs drie afdelingen.\nDat is PA.'], correctResponse: null, isCorrect: null },
};

// scorm-again's ESM build exports the classes by name; its type declarations describe a default export.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };

const TOKENS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** What the LMS gets back of learner text: one line (see toResponseText in interaction-format.ts). */
const asSent = (answer: AnswerEvent) => (answer.kind.endsWith('fill-in') ? answer.response.map((text) => text.replace(/\s*\n+\s*/g, ' ')) : answer.response);

/** Reads a SCORM 1.2 response back into ids, the way an LMS report is mapped to the authored lists. */
function decodeScorm12(kind: InteractionKind, value: string, answer: AnswerEvent): string[] {
  const id = (token: string, ids: readonly string[]) => (ids.every((each) => /^[0-9a-z]$/.test(each)) ? token : ids[TOKENS.indexOf(token)]!);
  switch (kind) {
    case 'choice':
    case 'sequencing':
      return value.split(',').map((token) => id(token, answer.optionIds));
    case 'matching':
      return value.split(',').map((pair) => {
        const [source, target] = pair.split('.') as [string, string];
        return `${id(source, answer.optionIds)}.${id(target, answer.targetIds ?? [])}`;
      });
    case 'true-false':
      return [value === 't' ? 'true' : 'false'];
    default:
      return [value];
  }
}

/** Reads a SCORM 2004 response or pattern back into the AnswerEvent form. */
function decodeScorm2004(kind: InteractionKind, value: string, isPattern: boolean): string[] {
  switch (kind) {
    case 'choice':
    case 'sequencing':
      return value.split('[,]');
    case 'matching':
      return value.split('[,]').map((pair) => pair.replace('[.]', '.'));
    case 'numeric':
      return isPattern ? value.split('[:]') : [value];
    default:
      return [value];
  }
}

/** SCORM 1.2 RTE 3.4.2.7.3 (CMIFeedback) formats per interaction type. */
const SCORM12_FORMATS: Record<string, RegExp> = {
  'true-false': /^[01tf]$/,
  choice: /^[0-9a-z](,[0-9a-z])*$/,
  sequencing: /^[0-9a-z](,[0-9a-z])*$/,
  matching: /^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$/,
  numeric: /^-?\d+(\.\d+)?$/,
  'fill-in': /^[\s\S]{0,255}$/,
};

function recordIn2004(entry: FormattedInteraction): { type: string; response: string; pattern: string; result: string } {
  const api = new Scorm2004API({ logLevel: 5 });
  api.Initialize('');
  const prefix = 'cmi.interactions.0';
  const values: [string, string][] = [
    [`${prefix}.id`, entry.id],
    [`${prefix}.type`, entry.type],
    ...(entry.correctPattern === null ? [] : ([[`${prefix}.correct_responses.0.pattern`, entry.correctPattern]] as [string, string][])),
    [`${prefix}.learner_response`, entry.response],
    [`${prefix}.result`, entry.result],
  ];
  for (const [element, value] of values) {
    expect(api.SetValue(element, value), `${element} = ${value}`).toBe('true');
    expect(String(api.GetLastError()), element).toBe('0');
  }
  return {
    type: api.GetValue(`${prefix}.type`),
    response: api.GetValue(`${prefix}.learner_response`),
    pattern: entry.correctPattern === null ? '' : api.GetValue(`${prefix}.correct_responses.0.pattern`),
    result: api.GetValue(`${prefix}.result`),
  };
}

function recordIn12(entry: FormattedInteraction): void {
  const api = new Scorm12API({ logLevel: 5 });
  api.LMSInitialize('');
  const prefix = 'cmi.interactions.0';
  const values: [string, string][] = [
    [`${prefix}.id`, entry.id],
    [`${prefix}.type`, entry.type],
    ...(entry.correctPattern === null ? [] : ([[`${prefix}.correct_responses.0.pattern`, entry.correctPattern]] as [string, string][])),
    [`${prefix}.student_response`, entry.response],
    [`${prefix}.result`, entry.result],
  ];
  for (const [element, value] of values) {
    expect(api.LMSSetValue(element, value), `${element} = ${value}`).toBe('true');
    expect(String(api.LMSGetLastError()), element).toBe('0');
  }
}

describe('SCORM 2004 interactions (RTE 4.2.9): scorm-again accepts them and they read back as the answer', () => {
  test.each(Object.entries(answers))('%s', (_name, answer) => {
    const entry = formatScorm2004Interaction(answer);
    const stored = recordIn2004(entry);
    expect(stored.type).toBe(answer.kind);
    expect(decodeScorm2004(answer.kind, stored.response, false)).toEqual(asSent(answer));
    if (answer.correctResponse) expect(decodeScorm2004(answer.kind, stored.pattern, true)).toEqual(answer.correctResponse);
    expect(stored.result).toBe(answer.isCorrect === null ? 'neutral' : answer.isCorrect ? 'correct' : 'incorrect');
  });

  test('joins identifiers with [,] and matching pairs with [.], and gives numeric ranges as min[:]max', () => {
    expect(formatScorm2004Interaction(answers['choice (multiple)']!)).toMatchObject({ response: 'a[,]c', correctPattern: 'a[,]c[,]d' });
    expect(formatScorm2004Interaction(answers['matching (categorise: statements into buckets)']!).response).toBe('verbod[.]pa[,]boa[.]npm[,]schouw[.]npg');
    expect(formatScorm2004Interaction(answers['sequencing']!).response).toBe('hood[,]weber[,]gaebler[,]osborne');
    expect(formatScorm2004Interaction(answers['numeric']!)).toMatchObject({ response: '3.5', correctPattern: '6[:]10' });
    expect(formatScorm2004Interaction(answers['true-false']!)).toMatchObject({ response: 'false', correctPattern: 'false' });
  });

  test('reports a reflection as long-fill-in without a correct pattern, result neutral', () => {
    expect(formatScorm2004Interaction(answers['long-fill-in']!)).toMatchObject({ type: 'long-fill-in', correctPattern: null, result: 'neutral' });
  });

  test('puts learner text on one line and keeps a leading { from reading as a delimiter, which scorm-again would reject', () => {
    const text = { ...answers['long-fill-in']!, response: ['{eerst}\r\n\nDaarna:\n  tweede regel'] };
    const entry = formatScorm2004Interaction(text);
    expect(entry.response).toBe(' {eerst} Daarna: tweede regel');
    expect(recordIn2004(entry).response).toBe(' {eerst} Daarna: tweede regel');
    expect(formatScorm12Interaction(text).response).toBe(' {eerst} Daarna: tweede regel');
  });

  test('keeps 4000 characters of a long-fill-in and 250 of a fill-in, the SPMs', () => {
    const long = { ...answers['long-fill-in']!, response: ['x'.repeat(4000)] };
    expect(formatScorm2004Interaction(long).response).toHaveLength(4000);
    expect(recordIn2004(formatScorm2004Interaction(long)).response).toHaveLength(4000);
    expect(formatScorm2004Interaction({ ...long, response: ['x'.repeat(4100)] }).response).toHaveLength(4000);
    expect(formatScorm2004Interaction({ ...answers['fill-in']!, response: ['y'.repeat(300)] }).response).toHaveLength(250);
  });
});

describe('SCORM 1.2 interactions (RTE 3.4.2.7): single-character tokens, t/f, 255-character text', () => {
  test.each(Object.entries(answers))('%s', (_name, answer) => {
    const entry = formatScorm12Interaction(answer);
    const type = answer.kind === 'long-fill-in' ? 'fill-in' : answer.kind;
    expect(entry.type).toBe(type);
    expect(entry.response).toMatch(SCORM12_FORMATS[type]!);
    if (entry.correctPattern !== null) expect(entry.correctPattern).toMatch(SCORM12_FORMATS[type]!);
    recordIn12(entry);
    expect(decodeScorm12(type, entry.response, answer)).toEqual(asSent(answer));
    expect(entry.result).toBe(answer.isCorrect === null ? 'neutral' : answer.isCorrect ? 'correct' : 'wrong');
  });

  test('sends long ids as letters by their authored position, sources and targets each in their own list', () => {
    expect(formatScorm12Interaction(answers['matching (long ids, distractor target)']!)).toMatchObject({ response: 'a.a,b.e,c.c,d.d', correctPattern: 'a.a,b.b,c.c,d.d' });
    expect(formatScorm12Interaction(answers['sequencing']!)).toMatchObject({ response: 'b,a,c,d', correctPattern: 'a,b,c,d' });
  });

  test('keeps single-character option ids as they are', () => {
    expect(formatScorm12Interaction(answers['choice (multiple)']!)).toMatchObject({ response: 'a,c', correctPattern: 'a,c,d' });
  });

  test('writes true-false as t or f', () => {
    expect(formatScorm12Interaction(answers['true-false']!)).toMatchObject({ response: 'f', correctPattern: 'f' });
    expect(formatScorm12Interaction({ ...answers['true-false']!, response: ['true'] }).response).toBe('t');
  });

  test('cuts fill-in and reflection text to 255 characters (CMIString255), with an ellipsis', () => {
    const entry = formatScorm12Interaction({ ...answers['long-fill-in']!, response: ['z'.repeat(600)] });
    expect(entry.response).toHaveLength(255);
    expect(entry.response.endsWith('…')).toBe(true);
    expect(entry.correctPattern).toBeNull();
  });

  test('gives a numeric range as its lower bound: CMIDecimal holds one number', () => {
    expect(formatScorm12Interaction(answers['numeric']!)).toMatchObject({ response: '3.5', correctPattern: '6' });
  });
});

test('descriptions stay within the 250 characters that some LMSs cut at, ending in an ellipsis', () => {
  const long = 'Welke rol heeft de gemeente '.repeat(20);
  const description = toInteractionDescription(long);
  expect(description.length).toBeLessThanOrEqual(250);
  expect(description.endsWith('…')).toBe(true);
  expect(toInteractionDescription('Kort   en\nbondig')).toBe('Kort en bondig');
});
