import type { ModuleInfo } from '../learning/types.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import type { Delivery, Report } from './outbox.ts';
import { obtainAuthToken, restrictConnectionsToLaunch, type Cmi5Launch } from './cmi5-launch.ts';
import { answeredStatement, definedStatement, newUuid, type StatementContext, type XapiStatement } from './cmi5-statements.ts';
import { formatScorm2004Duration as isoDuration } from './scorm-time.ts';
import type { LaunchData, LaunchMode, ProgressReport } from './types.ts';

/**
 * cmi5 adapter: statements to the LRS at the launch's endpoint, saved progress to its State API.
 *
 * Order (9.3): initialized first; answered per answer and decision as they come; completed once
 * (9.3.3.0-2) when every lesson is visited and the check done; passed once per registration
 * (9.3.4.0-3), as soon as it is earned; terminated last. At most one of passed and failed per
 * session (9.3.0.0-3) and never failed after passed (9.3.0.0-8): a failed check is therefore
 * reported at the end of the session, and only if the session did not pass and its best failing
 * score is not the one already reported. Browse and Review send initialized and terminated only
 * (the tracker sends no reports there).
 *
 * Saved progress lives in the State API document PROGRESS_STATE_ID for the registration, as JSON:
 *   {"v":1,"l":bookmark,"d":saved state (the codec of learning/saved-state.ts),
 *    "c":completed sent,"p":passed sent,"f":failed score sent (raw, or null)}
 * Every report's statements are built once, when first sent, and keep their ids: a retry or the
 * page-exit transport re-sends the same statements, which the LRS stores once.
 */
export const PROGRESS_STATE_ID = 'oov-leermodule.progress';
const LAUNCH_DATA_STATE_ID = 'LMS.LaunchData';
const XAPI_VERSION = '1.0.3';

interface ProgressDocument {
  v: 1;
  l: string;
  d: string;
  c: boolean;
  p: boolean;
  f: number | null;
}

export interface Cmi5AdapterOptions {
  fetch?: typeof fetch;
  storage?: Storage | null;
  now?: () => Date;
  newId?: () => string;
  /** The AU's id in cmi5.xml as the packager stamped it on the page; the context template's grouping otherwise. */
  publisherId?: string;
  doc?: Document;
}

type Outcome = { status: 'ok' } | Exclude<Delivery, { status: 'accepted' }>;

export function createCmi5Adapter(launch: Cmi5Launch, module: ModuleInfo, options: Cmi5AdapterOptions = {}): LmsAdapter {
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const now = options.now ?? (() => new Date());
  let authorization = '';
  let context: StatementContext;
  let mode: LaunchMode = 'normal';
  let sent: ProgressDocument = { v: 1, l: '', d: '', c: false, p: false, f: null };
  /** Statements accepted by no LRS yet that belong to no report (initialized). */
  let backlog: XapiStatement[] = [];
  /** initialized while on its way to the LRS (else null); reports wait for `initializing`, so no two requests carry it at once. */
  let initializedOnItsWay: XapiStatement | null = null;
  let initializing: Promise<void> = Promise.resolve();
  /** The best failing score of this session, to report as failed at its end. */
  let failedScore: number | null = null;
  let hasPassedThisSession = false;
  const built = new WeakMap<Report, XapiStatement[]>();
  const startedAt = now().getTime();

  const request = (method: string, path: string, query: Record<string, string>, body?: unknown, keepalive = false): Promise<Response> =>
    send(`${launch.endpoint}${path}?${new URLSearchParams(query)}`, {
      method,
      keepalive,
      credentials: 'omit',
      headers: { Authorization: `Basic ${authorization}`, 'X-Experience-API-Version': XAPI_VERSION, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const stateQuery = (stateId: string) => ({ stateId, activityId: launch.activityId, agent: JSON.stringify(launch.actor), registration: launch.registration });

  const outcomeOf = async (attempt: Promise<Response>, what: string): Promise<Outcome> => {
    try {
      const response = await attempt;
      if (response.ok) return { status: 'ok' };
      const reason = `${what}: HTTP ${response.status} ${(await response.text().catch(() => '')).slice(0, 300)}`;
      // 4xx but 408 and 429 will not change on a retry: the LRS refuses the content.
      return response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429 ? { status: 'rejected', reason } : { status: 'retry', reason };
    } catch (error) {
      return { status: 'retry', reason: `${what}: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  const postStatements = (statements: XapiStatement[], keepalive = false) => outcomeOf(request('POST', 'statements', {}, statements, keepalive), 'statements');
  const putProgress = (doc: ProgressDocument, keepalive = false) => outcomeOf(request('PUT', 'activities/state', stateQuery(PROGRESS_STATE_ID), doc, keepalive), 'saved progress');

  /** The statements a report adds; the flags change as they are built, so nothing is built twice. */
  const statementsFor = (report: Report): XapiStatement[] => {
    const known = built.get(report);
    if (known) return known;
    const statements = report.kind === 'answer' ? [answeredStatement(report.answer, context)] : progressStatements(report.progress);
    built.set(report, statements);
    return statements;
  };
  const progressStatements = (progress: ProgressReport): XapiStatement[] => {
    const statements: XapiStatement[] = [];
    const duration = isoDuration(now().getTime() - startedAt);
    if (progress.completion === 'completed' && !sent.c) {
      sent = { ...sent, c: true };
      statements.push(definedStatement('completed', context, { completion: true, duration }));
    }
    if (progress.success === 'passed' && progress.score && !sent.p) {
      sent = { ...sent, p: true };
      hasPassedThisSession = true;
      failedScore = null;
      statements.push(definedStatement('passed', context, { success: true, score: scoreOf(progress.score), duration }));
    }
    if (progress.success === 'failed' && progress.score && !sent.p && progress.score.raw !== sent.f) failedScore = progress.score.raw;
    return statements;
  };
  const progressDocument = (progress: ProgressReport): ProgressDocument => ({ ...sent, l: progress.location, d: progress.suspendData });

  return {
    kind: 'cmi5',
    async start(): Promise<LaunchData> {
      restrictConnectionsToLaunch(launch, options.doc);
      authorization = await obtainAuthToken(launch, options.storage ?? null, send);
      const launchData = await readState(LAUNCH_DATA_STATE_ID);
      if (!launchData) throw new Error('the LMS has no LMS.LaunchData for this launch (cmi5 10.0)');
      mode = toLaunchMode(launchData['launchMode']);
      const masteryScore = typeof launchData['masteryScore'] === 'number' ? launchData['masteryScore'] : null;
      const template = (launchData['contextTemplate'] ?? {}) as Record<string, unknown>;
      const grouping = ((template['contextActivities'] as Record<string, Array<{ id?: unknown }>> | undefined)?.['grouping'] ?? []).find((activity) => typeof activity.id === 'string');
      context = {
        actor: launch.actor,
        registration: launch.registration,
        activityId: launch.activityId,
        publisherId: options.publisherId || (grouping?.id as string | undefined) || launch.activityId,
        contextTemplate: template,
        masteryScore,
        objectiveTitles: module.objectiveTitles,
        objectiveOf: Object.fromEntries(module.check.questions.map((question) => [question.id, question.objective])),
        newId: options.newId ?? newUuid,
        now,
      };
      const saved = await readState(PROGRESS_STATE_ID).catch(() => null);
      if (saved && saved['v'] === 1) sent = { v: 1, l: String(saved['l'] ?? ''), d: String(saved['d'] ?? ''), c: saved['c'] === true, p: saved['p'] === true, f: typeof saved['f'] === 'number' ? saved['f'] : null };
      const initialized = definedStatement('initialized', context);
      backlog = [initialized];
      // Not awaited, and sent with keepalive: the session is open (and ends with terminated at
      // pagehide) while initialized is on its way, and a reload in that moment neither cancels
      // it nor leaves the session without terminated. An LRS that does not answer now gets it
      // first with the next report.
      initializedOnItsWay = initialized;
      initializing = postStatements([initialized], true).then((posted) => {
        initializedOnItsWay = null;
        if (posted.status !== 'retry') backlog = backlog.filter((statement) => statement !== initialized);
      });
      return {
        suspendData: sent.d,
        location: sent.l,
        entry: saved ? 'resume' : 'ab-initio',
        priorSuccess: sent.p ? 'passed' : sent.f !== null ? 'failed' : 'unknown',
        lmsPassMark: masteryScore === null ? null : Math.round(masteryScore * 10_000) / 100,
        mode,
        learnerId: `${launch.actor.account.homePage}|${launch.actor.account.name}`,
        learnerName: launch.actor.name ?? '',
        // Only an http(s) address: a javascript: URL in launch data must never run.
        returnUrl: typeof launchData['returnURL'] === 'string' && /^https?:\/\//i.test(launchData['returnURL']) ? launchData['returnURL'] : '',
      };
    },
    async send(report): Promise<Delivery> {
      await initializing;
      const statements = [...backlog, ...statementsFor(report)];
      if (statements.length) {
        const posted = await postStatements(statements);
        if (posted.status === 'retry') return posted;
        backlog = [];
        if (posted.status === 'rejected') return posted;
      }
      if (report.kind === 'answer') return { status: 'accepted' };
      const put = await putProgress(progressDocument(report.progress));
      return put.status === 'ok' ? { status: 'accepted' } : put;
    },
    async end(pending, final) {
      // initialized still on its way outlives the page (keepalive): it is not sent twice at once.
      const statements = [...backlog.filter((statement) => statement !== initializedOnItsWay), ...pending.flatMap(statementsFor), ...(final ? progressStatements(final) : [])];
      const duration = isoDuration(now().getTime() - startedAt);
      if (failedScore !== null && !hasPassedThisSession && mode === 'normal' && final?.score) {
        statements.push(definedStatement('failed', context, { success: false, score: scoreOf(final.score), duration }));
        sent = { ...sent, f: final.score.raw };
      }
      statements.push(definedStatement('terminated', context, { duration }));
      // Both requests leave before the first await: fetch keepalive outlives the page (pagehide).
      const saving = final ? putProgress(progressDocument(final), true) : Promise.resolve<Outcome>({ status: 'ok' });
      const posting = postStatements(statements, true);
      backlog = [];
      for (const outcome of await Promise.all([saving, posting])) {
        if (outcome.status !== 'ok') console.warn(`[oov-tracking] cmi5 at exit: ${outcome.reason}`);
      }
    },
  };

  async function readState(stateId: string): Promise<Record<string, unknown> | null> {
    const response = await request('GET', 'activities/state', stateQuery(stateId));
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`the State API answered HTTP ${response.status} for ${stateId}`);
    const value: unknown = await response.json();
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  }
}

/** Scaled from the percentage the tracker reports (9.5.1: raw comes with min and max). */
function scoreOf(score: NonNullable<ProgressReport['score']>): Record<string, number> {
  const scaled = score.max > score.min ? (score.raw - score.min) / (score.max - score.min) : 0;
  return { scaled: Number(scaled.toFixed(4)), raw: score.raw, min: score.min, max: score.max };
}

/** LMS.LaunchData launchMode (10.2.2): Normal, Browse or Review. */
function toLaunchMode(value: unknown): LaunchMode {
  return value === 'Browse' ? 'browse' : value === 'Review' ? 'review' : 'normal';
}
