import type { Quiz } from '../schemas/quiz.ts';
import type { Scenario } from '../schemas/scenario.ts';
import type { AnswerEvent } from '../learning/types.ts';
import { worstCaseState } from '../learning/saved-state-budget.ts';
import { encodeLocation, encodeSavedState } from '../learning/saved-state.ts';
import { toAnswerEvent, toDecisionEvent } from '../learning/answer-events.ts';
import { longestDraft } from '../learning/worst-case-answers.ts';
import { formatScorm2004Interaction, toInteractionDescription } from '../tracking/interaction-format.ts';

/**
 * The largest request Moodle's SCORM 2004 player sends for this module. That player re-sends
 * every element of the data model with every commit, form-encoded as
 * `&cmi__interactions__0__learner_response=<encodeURIComponent(value)>`, and at page close by
 * sendBeacon, which browsers cap at 64 KiB for everything queued. The course writes one
 * interaction per question and decision (the latest answer), so the worst case is every question
 * and decision of the module answered at its longest, saved progress at its largest, with
 * learner text of characters that encode to nine bytes each ("€" → %E2%82%AC).
 */
export const COMMIT_BUDGET_BYTES = 48 * 1024;
/** Moodle's own fields around the data (id, scoid, attempt, sesskey, total time), generously. */
const MOODLE_OVERHEAD_BYTES = 400;
const WORST_TEXT_CHARACTER = '\u20ac';

export function worstCaseCommitBytes(lessonIds: readonly string[], quizzes: readonly Quiz[], scenarios: readonly Scenario[], objectiveIds: readonly string[]): number {
  const state = worstCaseState(lessonIds, quizzes, scenarios, objectiveIds, WORST_TEXT_CHARACTER);
  const longestLesson = lessonIds.reduce((a, b) => (b.length > a.length ? b : a), '');
  const islands = [...quizzes.map((quiz) => quiz.id), ...scenarios.map((scenario) => scenario.id)];
  const longestIsland = islands.reduce((a, b) => (b.length > a.length ? b : a), '');
  const fields: Array<[string, string]> = [
    ['cmi.completion_status', 'incomplete'],
    ['cmi.success_status', 'unknown'],
    ['cmi.exit', 'suspend'],
    ['cmi.location', encodeLocation({ location: longestLesson, place: longestIsland })],
    ['cmi.suspend_data', encodeSavedState(state)],
    ['cmi.progress_measure', '0.99'],
    ['cmi.score.scaled', '0.9999'],
    ['cmi.score.raw', '99.99'],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
    ['cmi.session_time', 'PT9999H59M59.99S'],
  ];
  const events: AnswerEvent[] = [
    ...quizzes.flatMap((quiz) => quiz.questions.map((question) => toAnswerEvent(question, longestDraft(question, WORST_TEXT_CHARACTER), 1))),
    ...scenarios.flatMap((scenario) => scenario.steps.map((step) => toDecisionEvent(scenario.id, step, step.choices.reduce((a, b) => (b.id.length > a.id.length ? b : a)), 1))),
  ];
  events.forEach((event, n) => {
    const entry = formatScorm2004Interaction(event);
    const prefix = `cmi.interactions.${n}`;
    fields.push([`${prefix}.id`, entry.id], [`${prefix}.type`, entry.type], [`${prefix}.description`, toInteractionDescription(event.description)]);
    fields.push([`${prefix}.timestamp`, '2026-12-31T23:59:59.0Z'], [`${prefix}.learner_response`, entry.response], [`${prefix}.result`, entry.result]);
    fields.push([`${prefix}.latency`, 'PT9999H59M59.99S']);
    if (entry.correctPattern !== null) fields.push([`${prefix}.correct_responses.0.pattern`, entry.correctPattern]);
  });
  return MOODLE_OVERHEAD_BYTES + fields.reduce((sum, [name, value]) => sum + `&${name.replaceAll('.', '__')}=${encodeURIComponent(value)}`.length, 0);
}
