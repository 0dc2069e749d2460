import type { CheckResult, LearnerState, ModuleInfo, StoredAnswer } from './types.ts';

/**
 * Saved progress: the one text every adapter stores (SCORM cmi.suspend_data, the cmi5 State API,
 * the browser's localStorage). Format v2, compact JSON keyed by stable ids:
 *
 *   {"v":2,"s":["01-bureaucratie",…],"a":{"m1-kc-weber":[1,"b"],…},"k":[5,7,0,["m1-doel"],null],
 *    "p":{"m1-brief":["c","a"]},"r":{"m1-oefen-x":1},"n":2,"x":"k3f9qa"}
 *
 * - s: ids of visited lessons;
 * - a: checked answers by question id: [1 right, 0 wrong or 2 ungraded, ...response];
 * - k: best complete knowledge-check attempt: [raw, max, 1 if passed, weak objective ids, day passed];
 * - p: choice ids taken so far per scenario id (omitted when empty);
 * - r: retries used per practice question (omitted when empty);
 * - n: the knowledge-check attempt in progress (omitted for the first);
 * - x: the learner's seed for drawing check questions.
 *
 * The bookmark lives in cmi.core.lesson_location / cmi.location, not here (see encodeLocation).
 * On load, ids the author renamed (module.yaml `renamed`) follow their new name and ids the module
 * no longer has are dropped, so editing a module never breaks a resume. Older formats are
 * migrated step by step (FORMAT_MIGRATIONS). SCORM 1.2 types cmi.suspend_data as
 * CMIString4096: the build computes the worst case (saved-state-budget.ts) and fails above it.
 */
export const SAVED_STATE_VERSION = 2;

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

export function emptyState(seed = ''): LearnerState {
  return { visitedLessonIds: [], location: '', place: '', answers: dictionary(), check: null, scenarioPaths: dictionary(), retriesUsed: dictionary(), attempt: 1, seed };
}

export function encodeSavedState(state: LearnerState): string {
  const answers: Record<string, (string | number)[]> = {};
  for (const [questionId, answer] of Object.entries(state.answers)) {
    answers[questionId] = [answer.isCorrect === null ? 2 : answer.isCorrect ? 1 : 0, ...answer.response];
  }
  const payload: Record<string, unknown> = { v: SAVED_STATE_VERSION, s: state.visitedLessonIds, a: answers };
  if (state.check) payload['k'] = [state.check.raw, state.check.max, state.check.isPassed ? 1 : 0, state.check.weakObjectives, state.check.passedOn];
  if (Object.keys(state.scenarioPaths).length) payload['p'] = state.scenarioPaths;
  if (Object.keys(state.retriesUsed).length) payload['r'] = state.retriesUsed;
  if (state.attempt > 1) payload['n'] = state.attempt;
  if (state.seed) payload['x'] = state.seed;
  return JSON.stringify(payload);
}

/**
 * The bookmark: the lesson id, and after "#" the quiz or scenario the learner was in. An LMS
 * keeps it in cmi.core.lesson_location (1.2, CMIString255) or cmi.location (2004, 1000
 * characters); ids are checked at build time, so it stays far below both.
 */
export function encodeLocation(state: Pick<LearnerState, 'location' | 'place'>): string {
  return state.location && state.place ? `${state.location}#${state.place}` : state.location;
}

export function decodeLocation(text: string): { location: string; place: string } {
  const [location = '', place = ''] = text.split('#');
  return { location, place };
}

export interface DecodeResult {
  state: LearnerState;
  /** What could not be kept, in words for the console: support reads these. */
  dropped: string[];
}

/** Steps from an older format version to the next one. */
const FORMAT_MIGRATIONS: Record<number, (payload: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 (the first release) had no retries, attempts or seed, and a check result without
  // objectives or date: [raw, max, passed]. Its pass was scored on the pass mark alone; it stands.
  1: (payload) => {
    const check = payload['k'];
    return { ...payload, v: 2, k: Array.isArray(check) && check.length === 3 ? [...check, [], null] : check };
  },
};

function migrateFormat(payload: Record<string, unknown>): Record<string, unknown> | null {
  let current = payload;
  while (typeof current['v'] === 'number' && current['v'] < SAVED_STATE_VERSION && FORMAT_MIGRATIONS[current['v']]) {
    current = FORMAT_MIGRATIONS[current['v']]!(current);
  }
  return current['v'] === SAVED_STATE_VERSION ? current : null;
}

type KnownIds = Pick<ModuleInfo, 'lessonIds' | 'questionIds' | 'scenarioIds' | 'renamed'>;

/** Never throws: garbage or foreign data yields an empty state plus a note of what was dropped. */
export function decodeSavedState(text: string, module: KnownIds): DecodeResult {
  const state = emptyState();
  const dropped: string[] = [];
  if (!text) return { state, dropped };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return { state, dropped: [`saved progress is not JSON: ${text.slice(0, 80)}`] };
  }
  const current = isRecord(payload) ? migrateFormat(payload) : null;
  if (!current) return { state, dropped: [`saved progress has an unknown format: ${text.slice(0, 80)}`] };
  const renamed = module.renamed ?? {};
  const latest = (id: string): string => (Object.hasOwn(renamed, id) ? renamed[id]! : id);
  const knownLessons = new Set(module.lessonIds);
  for (const id of asArray(current['s'])) {
    if (typeof id === 'string' && knownLessons.has(latest(id))) state.visitedLessonIds.push(latest(id));
    else dropped.push(`lesson ${JSON.stringify(id)}`);
  }
  const knownQuestions = new Set(module.questionIds);
  for (const [questionId, value] of Object.entries(isRecord(current['a']) ? current['a'] : {})) {
    const answer = decodeAnswer(value);
    if (answer && knownQuestions.has(latest(questionId))) state.answers[latest(questionId)] = answer;
    else dropped.push(`answer to ${JSON.stringify(questionId)}`);
  }
  state.check = decodeCheck(current['k']);
  const knownScenarios = new Set(module.scenarioIds);
  for (const [scenarioId, path] of Object.entries(isRecord(current['p']) ? current['p'] : {})) {
    if (knownScenarios.has(latest(scenarioId)) && Array.isArray(path) && path.every((id) => typeof id === 'string')) state.scenarioPaths[latest(scenarioId)] = path;
    else dropped.push(`scenario path ${JSON.stringify(scenarioId)}`);
  }
  for (const [questionId, used] of Object.entries(isRecord(current['r']) ? current['r'] : {})) {
    if (knownQuestions.has(latest(questionId)) && isCount(used)) state.retriesUsed[latest(questionId)] = used;
    else dropped.push(`retries of ${JSON.stringify(questionId)}`);
  }
  if (isCount(current['n']) && current['n'] >= 1) state.attempt = current['n'];
  if (typeof current['x'] === 'string' && /^[a-z0-9]{1,12}$/.test(current['x'])) state.seed = current['x'];
  return { state, dropped };
}

function decodeAnswer(value: unknown): StoredAnswer | null {
  if (!Array.isArray(value) || ![0, 1, 2].includes(value[0])) return null;
  const response = value.slice(1);
  if (!response.every((item): item is string => typeof item === 'string')) return null;
  return { isCorrect: value[0] === 2 ? null : value[0] === 1, response };
}

function decodeCheck(value: unknown): CheckResult | null {
  if (!Array.isArray(value) || value.length !== 5) return null;
  const [raw, max, passed, weak, passedOn] = value;
  if (typeof raw !== 'number' || typeof max !== 'number' || max <= 0 || raw < 0 || raw > max) return null;
  const weakObjectives = Array.isArray(weak) ? weak.filter((id): id is string => typeof id === 'string') : [];
  const day = typeof passedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(passedOn) ? passedOn : null;
  return { raw, max, isPassed: passed === 1, weakObjectives, passedOn: day };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
