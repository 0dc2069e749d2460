import type { AnswerEvent } from '../learning/types.ts';
import { formatScorm2004Interaction, toInteractionId } from './interaction-format.ts';
import type { Cmi5Agent } from './cmi5-launch.ts';
// xAPI durations are ISO 8601 durations, the form SCORM 2004 uses too.
import { formatScorm2004Duration as isoDuration } from './scorm-time.ts';

/**
 * xAPI statements as cmi5 (section 9) wants them. "cmi5 defined" statements (initialized,
 * completed, passed, failed, terminated) have the AU (the launch's activityId) as object and the
 * cmi5 category; those with result.success or result.completion also the moveon category
 * (9.6.2.2). "cmi5 allowed" statements (answered) have neither category. Every statement gets
 * the LMS's context template (its grouping holds the publisher id, its extensions the session
 * id: 9.6.2.0, 9.6.3.1) and the registration (9.6.1).
 */
export interface XapiStatement {
  id: string;
  timestamp: string;
  actor: Cmi5Agent;
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context: XapiContext;
}

export interface XapiContext {
  registration: string;
  contextActivities?: Record<string, Array<{ id: string; objectType?: 'Activity'; definition?: Record<string, unknown> }>>;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}

export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

export const VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  answered: 'http://adlnet.gov/expapi/verbs/answered',
} as const;

export type DefinedVerb = Exclude<keyof typeof VERBS, 'answered'>;

/** What every statement of one AU session shares. */
export interface StatementContext {
  actor: Cmi5Agent;
  registration: string;
  /** The launch's activityId: the object of every cmi5 defined statement (9.4). */
  activityId: string;
  /** The AU's id in cmi5.xml; interactions and objectives are named below it, the same in every LMS. */
  publisherId: string;
  /** LMS.LaunchData contextTemplate, used as given. */
  contextTemplate: XapiContext | Record<string, unknown>;
  /** LMS.LaunchData masteryScore (0–1), when the LMS set one. */
  masteryScore: number | null;
  objectiveTitles: Record<string, string>;
  /** The objective each knowledge-check question tests. */
  objectiveOf: Record<string, string>;
  newId: () => string;
  now: () => Date;
}

export function definedStatement(verb: DefinedVerb, at: StatementContext, result?: Record<string, unknown>): XapiStatement {
  const hasMoveOn = result !== undefined && ('success' in result || 'completion' in result);
  const isJudged = verb === 'passed' || verb === 'failed';
  const extensions = isJudged && at.masteryScore !== null ? { [MASTERY_SCORE_EXTENSION]: at.masteryScore } : {};
  return {
    ...base(at, verb),
    object: { objectType: 'Activity', id: at.activityId },
    ...(result ? { result } : {}),
    context: withTemplate(at, { category: [CMI5_CATEGORY, ...(hasMoveOn ? [MOVEON_CATEGORY] : [])].map((id) => ({ id })) }, extensions),
  };
}

/**
 * An answered question or scenario decision as an interaction activity (xAPI 1.0.3 Appendix C):
 * response and correctResponsesPattern in the same syntax as SCORM 2004's ("a[,]b", "a[.]x"),
 * the AU as parent and, for knowledge-check questions, the objective as an "other" activity.
 */
export function answeredStatement(answer: AnswerEvent, at: StatementContext): XapiStatement {
  const formatted = formatScorm2004Interaction(answer);
  const definition: Record<string, unknown> = {
    type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
    name: { 'nl-NL': answer.description || answer.questionId },
    interactionType: answer.kind,
    ...(formatted.correctPattern === null ? {} : { correctResponsesPattern: [formatted.correctPattern] }),
    ...interactionComponents(answer),
  };
  const objective = at.objectiveOf[answer.questionId];
  const other = objective
    ? [{ objectType: 'Activity' as const, id: `${at.publisherId}/objectives/${encodeURIComponent(objective)}`, definition: { type: 'http://adlnet.gov/expapi/activities/objective', name: { 'nl-NL': at.objectiveTitles[objective] ?? objective } } }]
    : [];
  return {
    ...base(at, 'answered'),
    object: { objectType: 'Activity', id: `${at.publisherId}/interactions/${encodeURIComponent(toInteractionId(answer.questionId))}`, definition },
    result: {
      response: formatted.response,
      ...(answer.isCorrect === null ? {} : { success: answer.isCorrect }),
      ...(answer.latencyMs === undefined ? {} : { duration: isoDuration(answer.latencyMs) }),
    },
    context: withTemplate(at, { parent: [{ id: at.activityId }], ...(other.length ? { other } : {}) }, {}),
  };
}

function interactionComponents(answer: AnswerEvent): Record<string, unknown> {
  const texts = answer.optionTexts ?? {};
  const list = (ids: readonly string[]) => ids.map((id) => (texts[id] ? { id, description: { 'nl-NL': texts[id] } } : { id }));
  switch (answer.kind) {
    case 'choice':
      return { choices: list(answer.optionIds) };
    case 'sequencing':
      return { choices: list(answer.optionIds) };
    case 'matching':
      return { source: list(answer.optionIds), target: list(answer.targetIds ?? []) };
    default:
      return {};
  }
}

function base(at: StatementContext, verb: keyof typeof VERBS): Pick<XapiStatement, 'id' | 'timestamp' | 'actor' | 'verb'> {
  return { id: at.newId(), timestamp: at.now().toISOString(), actor: at.actor, verb: { id: VERBS[verb], display: { 'en-US': verb } } };
}

/** The template's context activities and extensions, with this statement's added to them. */
function withTemplate(at: StatementContext, activities: NonNullable<XapiContext['contextActivities']>, extensions: Record<string, unknown>): XapiContext {
  const template = at.contextTemplate as XapiContext;
  const merged: NonNullable<XapiContext['contextActivities']> = { ...(template.contextActivities ?? {}) };
  for (const [kind, list] of Object.entries(activities)) merged[kind] = [...(merged[kind] ?? []), ...list];
  if (!merged['grouping']?.some((activity) => activity.id === at.publisherId)) merged['grouping'] = [...(merged['grouping'] ?? []), { id: at.publisherId }];
  const allExtensions = { ...(template.extensions ?? {}), ...extensions };
  return { ...template, registration: at.registration, contextActivities: merged, ...(Object.keys(allExtensions).length ? { extensions: allExtensions } : {}) };
}

/** A version 4 UUID (9.1); crypto.randomUUID needs a secure context, getRandomValues does not. */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
