import type { Quiz } from '../schemas/quiz.ts';
import { longestDraft } from './worst-case-answers.ts';
import type { Scenario } from '../schemas/scenario.ts';
import { encodeSavedState } from './saved-state.ts';
import { retryPolicy } from './grading.ts';
import type { LearnerState } from './types.ts';

/**
 * cmi.suspend_data limits: SCORM 1.2 CMIString4096; SCORM 2004 4th Edition characterstring
 * SPM 64000. Every module gets a 1.2 package, so 4096 is the bound that matters.
 */
export const SUSPEND_DATA_LIMITS = { '1.2': 4096, '2004': 64000 } as const;



/**
 * The largest saved state a learner can produce in a module: every lesson visited, every
 * question answered with its longest response, every scenario at its longest path, reflections
 * at their maximum length. Text responses count as characters that JSON escapes to two.
 */
/** A character that JSON doubles (\") stands in for anything a learner could type. */
const WORST_JSON_CHARACTER = '"';

export function worstCaseState(lessonIds: readonly string[], quizzes: readonly Quiz[], scenarios: readonly Scenario[], objectiveIds: readonly string[] = [], textCharacter = WORST_JSON_CHARACTER): LearnerState {
  const answers: LearnerState['answers'] = {};
  const retriesUsed: LearnerState['retriesUsed'] = {};
  let checkMax = 0;
  for (const quiz of quizzes) {
    for (const question of quiz.questions) {
      answers[question.id] = { response: longestDraft(question, textCharacter), isCorrect: true };
      if (quiz.scored) checkMax += 1;
      // Retries are only counted (and saved) where the policy limits them.
      const policy = retryPolicy(quiz, question);
      if (!quiz.scored && typeof policy === 'number' && policy > 0) retriesUsed[question.id] = policy;
    }
  }
  const scenarioPaths: LearnerState['scenarioPaths'] = {};
  for (const scenario of scenarios) scenarioPaths[scenario.id] = longestPath(scenario);
  return {
    visitedLessonIds: [...lessonIds],
    location: '',
    place: '',
    answers,
    check: checkMax ? { raw: checkMax, max: checkMax, isPassed: true, weakObjectives: [...objectiveIds], passedOn: '2026-12-31' } : null,
    scenarioPaths,
    retriesUsed,
    attempt: MAX_COUNTED_ATTEMPTS,
    seed: 'x'.repeat(SEED_LENGTH),
  };
}

/** Attempts of the knowledge check are counted up to this (tracker.ts). */
export const MAX_COUNTED_ATTEMPTS = 999;
const SEED_LENGTH = 6;

export function worstCaseSuspendDataLength(lessonIds: readonly string[], quizzes: readonly Quiz[], scenarios: readonly Scenario[], objectiveIds: readonly string[] = []): number {
  return encodeSavedState(worstCaseState(lessonIds, quizzes, scenarios, objectiveIds)).length;
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
