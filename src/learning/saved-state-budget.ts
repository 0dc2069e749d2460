import type { Question, Quiz } from '../schemas/quiz.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { encodeSuspendData } from '../tracking/suspend-data.ts';
import type { LearnerState } from './types.ts';

/**
 * cmi.suspend_data limits: SCORM 1.2 CMIString4096; SCORM 2004 4th Edition characterstring
 * SPM 64000. Every module gets a 1.2 package, so 4096 is the bound that matters.
 */
export const SUSPEND_DATA_LIMITS = { '1.2': 4096, '2004': 64000 } as const;

/** The fill-in text box accepts at most this many characters (src/components/FillInQuestion.tsx). */
export const FILL_IN_MAX_LENGTH = 250;

/** A character that JSON doubles ("\\"") stands in for anything a learner could type. */
const WORST_CHARACTER = '"';

/**
 * The largest saved state a learner can produce in a module: every lesson visited, every
 * question answered with its longest response, every scenario at its longest path, reflections
 * at their maximum length. Text responses count as characters that JSON escapes to two.
 */
export function worstCaseState(lessonIds: readonly string[], quizzes: readonly Quiz[], scenarios: readonly Scenario[]): LearnerState {
  const answers: LearnerState['answers'] = {};
  let checkMax = 0;
  for (const quiz of quizzes) {
    for (const question of quiz.questions) {
      answers[question.id] = { response: longestResponse(question), isCorrect: true };
      if (quiz.scored) checkMax += 1;
    }
  }
  const scenarioPaths: LearnerState['scenarioPaths'] = {};
  for (const scenario of scenarios) scenarioPaths[scenario.id] = longestPath(scenario);
  return {
    visitedLessonIds: [...lessonIds],
    location: '',
    answers,
    check: checkMax ? { raw: checkMax, max: checkMax, isPassed: true } : null,
    scenarioPaths,
  };
}

export function worstCaseSuspendDataLength(lessonIds: readonly string[], quizzes: readonly Quiz[], scenarios: readonly Scenario[]): number {
  return encodeSuspendData(worstCaseState(lessonIds, quizzes, scenarios)).length;
}

function longestResponse(question: Question): string[] {
  const longest = (ids: readonly string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a), '');
  switch (question.type) {
    case 'single':
      return [longest(question.options.map((o) => o.id))];
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'truefalse':
      return ['false'];
    case 'matching': {
      const target = longest(question.targets.map((t) => t.id));
      return question.pairs.map((pair) => `${pair.id}.${target}`);
    }
    case 'categorise': {
      const bucket = longest(question.buckets.map((b) => b.id));
      return question.statements.map((statement) => `${statement.id}.${bucket}`);
    }
    case 'ordering':
      return question.items.map((item) => item.id);
    case 'fillin':
      return [question.answer.kind === 'numeric' ? '-1.7976931348623157e+308' : WORST_CHARACTER.repeat(FILL_IN_MAX_LENGTH)];
    case 'reflection':
      return [WORST_CHARACTER.repeat(question.maxLength)];
  }
}

/** Longest list of choice ids from the start to an ending, visiting each step at most once. */
function longestPath(scenario: Scenario): string[] {
  const steps = new Map(scenario.steps.map((step) => [step.id, step]));
  const walk = (stepId: string, seen: Set<string>): string[] => {
    const step = steps.get(stepId);
    if (!step || seen.has(stepId)) return [];
    let best: string[] = [];
    for (const choice of step.choices) {
      const path = [choice.id, ...walk(choice.next, new Set([...seen, stepId]))];
      if (JSON.stringify(path).length > JSON.stringify(best).length) best = path;
    }
    return best;
  };
  return walk(scenario.start, new Set());
}
