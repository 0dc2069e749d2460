import type { Question, Quiz } from '../schemas/quiz.ts';
import type { Scenario, ScenarioStep } from '../schemas/scenario.ts';
import type { AnswerEvent } from '../learning/types.ts';
import { toAnswerEvent, toDecisionEvent } from '../learning/answer-events.ts';
import { answerKeyOf } from '../learning/answer-key.ts';
import { paragraphs } from '../learning/scenario-play.ts';
import { formatScorm12Interaction, formatScorm2004Interaction, toInteractionDescription } from '../tracking/interaction-format.ts';
import { nlDocent } from '../i18n/nl-docent.ts';
import { scenarioIdsInLesson, quizIdsInLesson } from './course-checks.ts';
import type { ModuleWithLessons } from './load-course.ts';

const t = nlDocent.dictionary;

/** One response value as each version sends it, and what it means. */
export interface ResponseCode {
  /** What the value stands for: a source, target, bucket, item or option, or empty. */
  role: string;
  scorm12: string;
  scorm2004: string;
  text: string;
}

/**
 * One `cmi.interactions.n.id` the LMS can receive from a module, with everything needed to read a
 * report line such as `m1-kc-npm-quotum: b`. The codes and patterns come from the same
 * formatters the SCORM adapters use (tracking/interaction-format.ts), so they cannot drift.
 */
export interface DictionaryEntry {
  interactionId: string;
  kind: 'check' | 'practice' | 'decision';
  /** Quiz or scenario title. */
  part: string;
  lesson: string;
  objectiveId: string;
  objective: string;
  type12: string;
  type2004: string;
  /** Question text, or the step title of a decision. */
  text: string;
  /** cmi.interactions.n.description as the 2004 LMS receives it. */
  description2004: string;
  /** A decision's situation; empty for questions. */
  situation: string;
  codes: ResponseCode[];
  /** The right answer in words; empty for decisions and reflections. */
  correctAnswer: string;
  /** correct_responses.0.pattern, or empty when none is sent. */
  correct12: string;
  correct2004: string;
  /** The result values this entry can get in each version. */
  results12: string;
  results2004: string;
  /** Free text or a number: what the response field holds when there are no codes. */
  freeResponse: string;
}

export function questionDictionaryOf(module: ModuleWithLessons): DictionaryEntry[] {
  const objectiveText = new Map(module.data.objectives.map((objective) => [objective.id, objective.text]));
  const lessonOf = (has: (body: string) => boolean) => module.lessons.find((lesson) => has(lesson.entry.body ?? ''))?.data.title ?? '';
  const questions = module.quizzes.flatMap((quiz) => {
    const lesson = lessonOf((body) => quizIdsInLesson(body).includes(quiz.id));
    return quiz.questions.map((question) => questionEntry(quiz, question, lesson, objectiveText));
  });
  const decisions = module.scenarios.flatMap((scenario) => {
    const lesson = lessonOf((body) => scenarioIdsInLesson(body).includes(scenario.id));
    return scenario.steps.map((step) => decisionEntry(scenario, step, lesson));
  });
  return [...questions, ...decisions];
}

function questionEntry(quiz: Quiz, question: Question, lesson: string, objectiveText: Map<string, string>): DictionaryEntry {
  const event = toAnswerEvent(question, []);
  const f12 = formatScorm12Interaction(event);
  const f2004 = formatScorm2004Interaction(event);
  const key = answerKeyOf(question);
  const isGraded = event.isCorrect !== null;
  return {
    interactionId: f12.id,
    kind: quiz.scored ? 'check' : 'practice',
    part: quiz.title,
    lesson,
    objectiveId: question.objective ?? '',
    objective: question.objective ? (objectiveText.get(question.objective) ?? '') : '',
    type12: f12.type,
    type2004: f2004.type,
    text: key.question,
    description2004: toInteractionDescription(event.description),
    situation: '',
    codes: codesOf(question, event),
    correctAnswer: isGraded ? key.lines.filter((line) => line.isCorrect !== false).map((line) => line.text).join(' | ') : '',
    correct12: f12.correctPattern ?? '',
    correct2004: f2004.correctPattern ?? '',
    results12: isGraded ? 'correct, wrong' : 'neutral',
    results2004: isGraded ? 'correct, incorrect' : 'neutral',
    freeResponse: freeResponseOf(question),
  };
}

function decisionEntry(scenario: Scenario, step: ScenarioStep, lesson: string): DictionaryEntry {
  const first = step.choices[0]!;
  const event = toDecisionEvent(scenario.id, step, first);
  const f12 = formatScorm12Interaction(event);
  const f2004 = formatScorm2004Interaction(event);
  return {
    interactionId: f12.id,
    kind: 'decision',
    part: scenario.title,
    lesson,
    objectiveId: '',
    objective: '',
    type12: f12.type,
    type2004: f2004.type,
    text: step.title ?? step.id,
    description2004: toInteractionDescription(event.description),
    situation: paragraphs(step.situation).join(' '),
    codes: step.choices.map((choice) => {
      const chosen = toDecisionEvent(scenario.id, step, choice);
      return { role: choice.logic, scorm12: formatScorm12Interaction(chosen).response, scorm2004: formatScorm2004Interaction(chosen).response, text: choice.text };
    }),
    correctAnswer: '',
    correct12: '',
    correct2004: '',
    results12: 'neutral',
    results2004: 'neutral',
    freeResponse: '',
  };
}

/** The code of each value a response is made of, found by formatting that value alone. */
function codesOf(question: Question, event: AnswerEvent): ResponseCode[] {
  const single = (value: string) => ({ scorm12: formatScorm12Interaction({ ...event, response: [value] }).response, scorm2004: formatScorm2004Interaction({ ...event, response: [value] }).response });
  // A matching value is "source.target": format a pair and keep one side.
  const side = (pair: string, index: 0 | 1) => {
    const { scorm12, scorm2004 } = single(pair);
    return { scorm12: scorm12.split('.')[index]!, scorm2004: scorm2004.split('[.]')[index]! };
  };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return question.options.map((option) => ({ role: '', ...single(option.id), text: option.text }));
    case 'truefalse':
      return [
        { role: '', ...single('true'), text: nlDocent.trueWord },
        { role: '', ...single('false'), text: nlDocent.falseWord },
      ];
    case 'ordering':
      return question.items.map((item) => ({ role: t.roleItem, ...single(item.id), text: item.text }));
    case 'matching': {
      const [firstTarget] = question.targets;
      const [firstPair] = question.pairs;
      return [
        ...question.pairs.map((pair) => ({ role: t.roleSource, ...side(`${pair.id}.${firstTarget!.id}`, 0), text: pair.text })),
        ...question.targets.map((target) => ({ role: t.roleTarget, ...side(`${firstPair!.id}.${target.id}`, 1), text: target.text })),
      ];
    }
    case 'categorise': {
      const [firstBucket] = question.buckets;
      const [firstStatement] = question.statements;
      return [
        ...question.statements.map((statement) => ({ role: t.roleStatement, ...side(`${statement.id}.${firstBucket!.id}`, 0), text: statement.text })),
        ...question.buckets.map((bucket) => ({ role: t.roleBucket, ...side(`${firstStatement!.id}.${bucket.id}`, 1), text: bucket.text })),
      ];
    }
    case 'fillin':
    case 'reflection':
      return [];
  }
}

function freeResponseOf(question: Question): string {
  if (question.type === 'fillin') return question.answer.kind === 'numeric' ? t.freeNumber : t.freeText;
  if (question.type === 'reflection') return t.freeReflection;
  if (question.type === 'matching' || question.type === 'categorise') return t.pairsFormat;
  if (question.type === 'ordering') return t.orderFormat;
  if (question.type === 'multiple') return t.multipleFormat;
  return '';
}

/** The codes of an entry in one line, as the CSV holds them: "a = text | b = text". */
export function codesLine(entry: DictionaryEntry, version: '1.2' | '2004'): string {
  return entry.codes.map((code) => `${code.role ? `${code.role} ` : ''}${version === '1.2' ? code.scorm12 : code.scorm2004} = ${code.text}`).join(' | ');
}

export const DICTIONARY_COLUMNS = [
  'interaction_id',
  'soort',
  'onderdeel',
  'les',
  'leerdoel_id',
  'leerdoel',
  'type_scorm12',
  'type_scorm2004',
  'vraag_of_stap',
  'situatie',
  'codes_scorm12',
  'codes_scorm2004',
  'vorm_antwoord',
  'juist_antwoord',
  'juist_patroon_scorm12',
  'juist_patroon_scorm2004',
  'resultaat_scorm12',
  'resultaat_scorm2004',
  'omschrijving_scorm2004',
] as const;

export function dictionaryRows(entries: readonly DictionaryEntry[]): string[][] {
  return [
    [...DICTIONARY_COLUMNS],
    ...entries.map((entry) => [
      entry.interactionId,
      t.kind[entry.kind],
      entry.part,
      entry.lesson,
      entry.objectiveId,
      entry.objective,
      entry.type12,
      entry.type2004,
      entry.text,
      entry.situation,
      codesLine(entry, '1.2'),
      codesLine(entry, '2004'),
      entry.freeResponse,
      entry.correctAnswer,
      entry.correct12,
      entry.correct2004,
      entry.results12,
      entry.results2004,
      entry.description2004,
    ]),
  ];
}
