import type { CheckResult, LearnerState, ModuleInfo, StoredAnswer } from '../learning/types.ts';

/**
 * Saved progress in cmi.suspend_data, format v1 (compact JSON, keyed by stable ids):
 *
 *   {"v":1,"s":["01-bureaucratie",…],"a":{"m1-kc-weber":[1,"b"],…},"k":[5,7,0],"p":{"m1-brief":["c","a"]}}
 *
 * - s: ids of visited lessons;
 * - a: checked answers by question id: [1 correct, 0 wrong or 2 ungraded, ...response];
 * - k: best complete knowledge-check attempt: [raw, max, 1 if passed else 0];
 * - p: choice ids taken so far per scenario id (omitted when empty).
 *
 * The bookmark itself lives in cmi.core.lesson_location / cmi.location, not here.
 * Migrations on load: ids the author renamed (module.yaml `renamed`) are carried over to their
 * new name; ids the module no longer has are dropped, so editing a module never breaks a resume.
 * v1 is the first format; a later format adds a step to FORMAT_MIGRATIONS.
 * SCORM 1.2 types cmi.suspend_data as CMIString4096: the encoded state must stay under 4096
 * characters; issue #4 adds the build-time worst-case check.
 */
export const SUSPEND_DATA_VERSION = 1;

/**
 * Text a learner typed, as it is stored: control characters (other than tab and newline) and
 * lone surrogates are removed, so that JSON never needs more than two characters for one typed
 * character and the worst-case size computed at build time holds.
 */
export function normaliseLearnerText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/**
 * Maps keyed by ids have no prototype: an id such as "constructor" (a lesson file name, or a key
 * in hostile LMS data) must never find Object.prototype's members.
 */
export function dictionary<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function emptyState(): LearnerState {
  return { visitedLessonIds: [], location: '', answers: dictionary(), check: null, scenarioPaths: dictionary() };
}

export function encodeSuspendData(state: LearnerState): string {
  const answers: Record<string, (string | number)[]> = {};
  for (const [questionId, answer] of Object.entries(state.answers)) {
    answers[questionId] = [answer.isCorrect === null ? 2 : answer.isCorrect ? 1 : 0, ...answer.response];
  }
  const payload: Record<string, unknown> = { v: SUSPEND_DATA_VERSION, s: state.visitedLessonIds, a: answers };
  if (state.check) payload['k'] = [state.check.raw, state.check.max, state.check.isPassed ? 1 : 0];
  if (Object.keys(state.scenarioPaths).length) payload['p'] = state.scenarioPaths;
  return JSON.stringify(payload);
}

export interface DecodeResult {
  state: LearnerState;
  /** What could not be kept, in words for the console: support reads these. */
  dropped: string[];
}

/** Never throws: garbage or foreign data yields an empty state plus a note of what was dropped. */
/** Steps from an older format version to the next one; v1 is the first. */
const FORMAT_MIGRATIONS: Record<number, (payload: Record<string, unknown>) => Record<string, unknown>> = {};

function migrateFormat(payload: Record<string, unknown>): Record<string, unknown> | null {
  let current = payload;
  while (typeof current['v'] === 'number' && current['v'] < SUSPEND_DATA_VERSION && FORMAT_MIGRATIONS[current['v']]) {
    current = FORMAT_MIGRATIONS[current['v']]!(current);
  }
  return current['v'] === SUSPEND_DATA_VERSION ? current : null;
}

export function decodeSuspendData(text: string, module: Pick<ModuleInfo, 'lessonIds' | 'questionIds' | 'scenarioIds' | 'renamed'>): DecodeResult {
  const state = emptyState();
  const dropped: string[] = [];
  if (!text) return { state, dropped };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return { state, dropped: [`suspend_data is not JSON: ${text.slice(0, 80)}`] };
  }
  const current = isRecord(payload) ? migrateFormat(payload) : null;
  if (!current) return { state, dropped: [`suspend_data has an unknown format: ${text.slice(0, 80)}`] };
  const renamed = module.renamed ?? {};
  const latest = (id: string): string => (Object.hasOwn(renamed, id) ? renamed[id]! : id);
  const knownLessons = new Set(module.lessonIds);
  for (const id of asArray(current['s'])) {
    if (typeof id === 'string' && knownLessons.has(latest(id))) state.visitedLessonIds.push(latest(id));
    else dropped.push(`lesson ${JSON.stringify(id)}`);
  }
  const knownQuestions = new Set(module.questionIds);
  const answers = isRecord(current['a']) ? current['a'] : {};
  for (const [questionId, value] of Object.entries(answers)) {
    const answer = decodeAnswer(value);
    if (answer && knownQuestions.has(latest(questionId))) state.answers[latest(questionId)] = answer;
    else dropped.push(`answer to ${JSON.stringify(questionId)}`);
  }
  state.check = decodeCheck(current['k']);
  const knownScenarios = new Set(module.scenarioIds);
  const paths = isRecord(current['p']) ? current['p'] : {};
  for (const [scenarioId, path] of Object.entries(paths)) {
    if (knownScenarios.has(latest(scenarioId)) && Array.isArray(path) && path.every((id) => typeof id === 'string')) state.scenarioPaths[latest(scenarioId)] = path;
    else dropped.push(`scenario path ${JSON.stringify(scenarioId)}`);
  }
  return { state, dropped };
}

function decodeAnswer(value: unknown): StoredAnswer | null {
  if (!Array.isArray(value) || ![0, 1, 2].includes(value[0])) return null;
  const response = value.slice(1);
  if (!response.every((item): item is string => typeof item === 'string')) return null;
  return { isCorrect: value[0] === 2 ? null : value[0] === 1, response };
}

function decodeCheck(value: unknown): CheckResult | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [raw, max, passed] = value;
  if (typeof raw !== 'number' || typeof max !== 'number' || max <= 0 || raw < 0 || raw > max) return null;
  return { raw, max, isPassed: passed === 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
