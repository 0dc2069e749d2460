import { stampCmi5Au } from '../../src/integration/relative-urls.ts';
import { describe, expect, test } from 'vitest';
import { obtainAuthToken, readCmi5Launch, type Cmi5Launch } from '../../src/tracking/cmi5-launch.ts';
import { createCmi5Adapter, PROGRESS_STATE_ID } from '../../src/tracking/cmi5.ts';
import { CMI5_CATEGORY, MOVEON_CATEGORY, SESSION_ID_EXTENSION, type XapiStatement } from '../../src/tracking/cmi5-statements.ts';
import type { AnswerEvent, ModuleInfo } from '../../src/learning/types.ts';
import type { Report } from '../../src/tracking/outbox.ts';
import type { ProgressReport } from '../../src/tracking/types.ts';

const actor = { objectType: 'Agent', name: 'Eva Jansen', account: { homePage: 'https://lms.example.nl', name: 'eva' } } as const;
const launchQuery = new URLSearchParams({ endpoint: 'https://lrs.example.nl/xapi', fetch: 'https://lms.example.nl/fetch/1', actor: JSON.stringify(actor), registration: 'reg-1', activityId: 'https://lms.example.nl/au/7' }).toString();

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key), clear: () => items.clear(), key: () => null, get length() { return items.size; } };
}

const module = {
  id: 'm1',
  title: 'M1',
  passMark: 70,
  lessonIds: ['01', '02'],
  check: { quizId: 'kc', lessonId: '02', questions: [{ id: 'q1', objective: 'doel-1' }], openQuestions: [], draw: null, attempts: null },
  objectiveTitles: { 'doel-1': 'Het eerste doel' },
  objectiveLessons: {},
  questionIds: ['q1'],
  scenarioIds: [],
  pageHrefs: { overview: '', begrippen: '', bronnen: '', verslag: '' },
  lessonHrefs: {},
  next: null,
} satisfies ModuleInfo;

const answer: AnswerEvent = { questionId: 'q1', kind: 'choice', description: 'Welke?', optionIds: ['a', 'b'], optionTexts: { a: 'Outputsturing', b: 'Outcomesturing' }, response: ['b'], correctResponse: ['a'], isCorrect: false, latencyMs: 3200 };
const progress = (overrides: Partial<ProgressReport>): Report => ({ kind: 'progress', progress: { location: '02', suspendData: '{"v":2}', completion: 'incomplete', success: 'unknown', progress: 0.5, score: null, isFinished: false, ...overrides } });

/** The LMS and LRS of one launch, in memory: LMS.LaunchData, one token, a state store, the statements. */
function fakeLms({ launchMode = 'Normal', masteryScore = 0.8 as number | undefined, isLrsDown = false } = {}) {
  const statements: XapiStatement[] = [];
  const documents = new Map<string, string>([[ 'LMS.LaunchData', JSON.stringify({ launchMode, ...(masteryScore === undefined ? {} : { masteryScore }), moveOn: 'CompletedAndPassed', contextTemplate: { contextActivities: { grouping: [{ id: 'https://oov-leermodule.nl/cmi5/m1/m1' }] }, extensions: { [SESSION_ID_EXTENSION]: 'sessie-1' } } }) ]]);
  const lms = {
    statements,
    documents,
    isLrsDown,
    fetchCalls: 0,
    usedFetchUrls: new Set<string>(),
    keepalive: [] as string[],
    /** The verbs of each statements request, in the order sent. */
    posts: [] as Array<ReturnType<typeof verbs>>,
    /** Set to a promise, the next statements request is answered only when it settles. */
    holdNextPost: null as Promise<void> | null,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      if (url.pathname.startsWith('/fetch/')) {
        lms.fetchCalls += 1;
        const isFirstUse = !lms.usedFetchUrls.has(url.pathname);
        lms.usedFetchUrls.add(url.pathname);
        return Response.json(isFirstUse ? { 'auth-token': 'dG9rZW4=' } : { 'error-code': '1', 'error-text': 'used' });
      }
      expect(new Headers(init?.headers).get('Authorization')).toBe('Basic dG9rZW4=');
      if (init?.keepalive) lms.keepalive.push(url.pathname);
      if (url.pathname === '/xapi/statements') {
        const posted = JSON.parse(String(init?.body)) as XapiStatement[];
        lms.posts.push(verbs(posted));
        const hold = lms.holdNextPost;
        lms.holdNextPost = null;
        await hold;
        if (lms.isLrsDown) throw new TypeError('Failed to fetch');
        for (const statement of posted) if (!statements.some((known) => known.id === statement.id)) statements.push(statement);
        return Response.json(posted.map((statement) => statement.id));
      }
      const stateId = url.searchParams.get('stateId')!;
      if (init?.method === 'PUT') {
        documents.set(stateId, String(init.body));
        return new Response(null, { status: 204 });
      }
      const document = documents.get(stateId);
      return document ? new Response(document, { headers: { 'content-type': 'application/json' } }) : new Response('{}', { status: 404 });
    }) as typeof fetch,
  };
  return lms;
}

const fakeDocument = { createElement: () => ({}), head: { prepend: () => undefined } } as unknown as Document;
let ids = 0;
/** Launch `n` of the registration: each launch has its own single-use fetch URL. */
const adapterFor = (lms: ReturnType<typeof fakeLms>, n = 1, storage = memoryStorage()) =>
  createCmi5Adapter(readCmi5Launch(`?${launchQuery.replace('fetch%2F1', `fetch%2F${n}`)}`, storage)!, module, { fetch: lms.fetch, storage, doc: fakeDocument, newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` });
const verbs = (statements: XapiStatement[]) => statements.map((statement) => statement.verb.display['en-US']);

describe('the cmi5 launch', () => {
  test('needs all five launch parameters, with http(s) endpoint and fetch URLs and an account actor', () => {
    const launch = readCmi5Launch(`?${launchQuery}`, null)!;
    expect(launch.endpoint).toBe('https://lrs.example.nl/xapi/');
    expect(launch.actor.account.name).toBe('eva');
    for (const name of ['endpoint', 'fetch', 'actor', 'registration', 'activityId']) {
      const query = new URLSearchParams(launchQuery);
      query.delete(name);
      expect(readCmi5Launch(`?${query}`, null), name).toBeNull();
    }
    const hostile = new URLSearchParams(launchQuery);
    hostile.set('endpoint', 'javascript:alert(1)');
    expect(readCmi5Launch(`?${hostile}`, null)).toBeNull();
  });

  test('a page without the parameters (a reloaded lesson) finds the launch this tab kept', () => {
    const storage = memoryStorage();
    readCmi5Launch(`?${launchQuery}`, storage);
    expect(readCmi5Launch('', storage)?.registration).toBe('reg-1');
    expect(readCmi5Launch('', memoryStorage())).toBeNull();
  });

  test('posts to the single-use fetch URL once per launch, and reuses the token after a reload', async () => {
    const lms = fakeLms();
    const storage = memoryStorage();
    const launch = readCmi5Launch(`?${launchQuery}`, storage) as Cmi5Launch;
    expect(await obtainAuthToken(launch, storage, lms.fetch)).toBe('dG9rZW4=');
    expect(await obtainAuthToken(launch, storage, lms.fetch)).toBe('dG9rZW4=');
    expect(lms.fetchCalls).toBe(1);
    await expect(obtainAuthToken(launch, memoryStorage(), lms.fetch)).rejects.toThrow('error-code 1');
  });
});

describe('the cmi5 adapter', () => {
  test('reads LMS.LaunchData: the masteryScore becomes the pass mark, and initialized goes first', async () => {
    const lms = fakeLms({ masteryScore: 0.85 });
    const launched = await adapterFor(lms).start();
    expect(launched).toMatchObject({ lmsPassMark: 85, mode: 'normal', entry: 'ab-initio', priorSuccess: 'unknown', learnerName: 'Eva Jansen' });
    expect(verbs(lms.statements)).toEqual(['initialized']);
    const [initialized] = lms.statements;
    expect(initialized!.object.id).toBe('https://lms.example.nl/au/7');
    expect(initialized!.context.contextActivities!['category']).toEqual([{ id: CMI5_CATEGORY }]);
    expect(initialized!.context.extensions![SESSION_ID_EXTENSION]).toBe('sessie-1');
    expect(initialized!.context.registration).toBe('reg-1');
  });

  test('an answer is an allowed statement: an interaction with its pattern and objective, without the cmi5 category', async () => {
    const lms = fakeLms();
    const adapter = adapterFor(lms);
    await adapter.start();
    expect(await adapter.send({ kind: 'answer', answer })).toEqual({ status: 'accepted' });
    const answered = lms.statements[1]!;
    expect(answered.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(answered.object).toMatchObject({ id: 'https://oov-leermodule.nl/cmi5/m1/m1/interactions/q1', definition: { interactionType: 'choice', correctResponsesPattern: ['a'], choices: [{ id: 'a', description: { 'nl-NL': 'Outputsturing' } }, { id: 'b', description: { 'nl-NL': 'Outcomesturing' } }], name: { 'nl-NL': 'Welke?' } } });
    expect(answered.result).toEqual({ response: 'b', success: false, duration: 'PT3.2S' });
    expect(answered.context.contextActivities!['category']).toBeUndefined();
    expect(answered.context.contextActivities!['other']![0]!.id).toBe('https://oov-leermodule.nl/cmi5/m1/m1/objectives/doel-1');
  });

  test('completed and passed go once per registration, with moveon and the masteryscore; progress goes to the State API', async () => {
    const lms = fakeLms();
    let adapter = adapterFor(lms);
    await adapter.start();
    await adapter.send(progress({ completion: 'completed', success: 'passed', score: { raw: 90, min: 0, max: 100 } }));
    await adapter.send(progress({ completion: 'completed', success: 'passed', score: { raw: 95, min: 0, max: 100 } }));
    await adapter.end([], { ...(progress({ completion: 'completed', success: 'passed', score: { raw: 95, min: 0, max: 100 } }) as { progress: ProgressReport }).progress, isFinished: true });
    expect(verbs(lms.statements)).toEqual(['initialized', 'completed', 'passed', 'terminated']);
    const passed = lms.statements[2]!;
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.9, raw: 90, min: 0, max: 100 } });
    expect(passed.context.contextActivities!['category']).toEqual([{ id: CMI5_CATEGORY }, { id: MOVEON_CATEGORY }]);
    expect(passed.context.extensions!['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(0.8);
    expect(JSON.parse(lms.documents.get(PROGRESS_STATE_ID)!)).toEqual({ v: 1, l: '02', d: '{"v":2}', c: true, p: true, f: null });

    // The next launch of the registration knows: nothing is judged twice.
    adapter = adapterFor(lms, 2);
    expect((await adapter.start()).priorSuccess).toBe('passed');
    await adapter.send(progress({ completion: 'completed', success: 'passed', score: { raw: 95, min: 0, max: 100 } }));
    await adapter.end([], null);
    expect(verbs(lms.statements).slice(4)).toEqual(['initialized', 'terminated']);
  });

  test('a failed check is reported at the end of the session, once, and not at all when the session passes', async () => {
    const lms = fakeLms();
    const failing = progress({ completion: 'completed', success: 'failed', score: { raw: 40, min: 0, max: 100 } });
    let adapter = adapterFor(lms);
    await adapter.start();
    await adapter.send(failing);
    expect(verbs(lms.statements)).toEqual(['initialized', 'completed']);
    await adapter.end([], (failing as { progress: ProgressReport }).progress);
    expect(verbs(lms.statements)).toEqual(['initialized', 'completed', 'failed', 'terminated']);
    expect(lms.statements[2]!.result).toMatchObject({ success: false, score: { scaled: 0.4 } });

    // The same best failing result in the next session is not reported again; a pass after a fail is.
    adapter = adapterFor(lms, 2);
    await adapter.start();
    await adapter.send(failing);
    await adapter.send(progress({ completion: 'completed', success: 'passed', score: { raw: 80, min: 0, max: 100 } }));
    await adapter.end([], null);
    expect(verbs(lms.statements).slice(4)).toEqual(['initialized', 'passed', 'terminated']);
  });

  test('Browse sends initialized and terminated only', async () => {
    const lms = fakeLms({ launchMode: 'Browse' });
    const adapter = adapterFor(lms);
    expect((await adapter.start()).mode).toBe('browse');
    await adapter.end([], null);
    expect(verbs(lms.statements)).toEqual(['initialized', 'terminated']);
  });

  test('an LRS that does not answer gets the same statements again later, initialized first; the exit goes with keepalive', async () => {
    const lms = fakeLms({ isLrsDown: true });
    const adapter = adapterFor(lms);
    await adapter.start();
    const report: Report = { kind: 'answer', answer };
    expect((await adapter.send(report)).status).toBe('retry');
    lms.isLrsDown = false;
    expect(await adapter.send(report)).toEqual({ status: 'accepted' });
    expect(verbs(lms.statements)).toEqual(['initialized', 'answered']);
    const beforeExit = lms.keepalive.length;
    await adapter.end([report], (progress({}) as { progress: ProgressReport }).progress);
    expect(verbs(lms.statements)).toEqual(['initialized', 'answered', 'terminated']);
    expect(lms.keepalive.slice(beforeExit).sort()).toEqual(['/xapi/activities/state', '/xapi/statements']);
  });

  /** A started adapter whose initialized the LRS has not answered yet; `answerInitialized` lets it. */
  async function startedWithInitializedOnItsWay() {
    const lms = fakeLms();
    let answerInitialized = () => {};
    lms.holdNextPost = new Promise<void>((resolve) => (answerInitialized = resolve));
    const adapter = adapterFor(lms);
    await adapter.start();
    return { lms, adapter, answerInitialized };
  }

  test('a page left while initialized is on its way still ends the session, and initialized goes once', async () => {
    const { lms, adapter, answerInitialized } = await startedWithInitializedOnItsWay();
    const ending = adapter.end([], null);
    answerInitialized();
    await ending;
    expect(lms.posts).toEqual([['initialized'], ['terminated']]);
    expect(lms.keepalive).toEqual(['/xapi/statements', '/xapi/statements']);
  });

  test('an answer given while initialized is on its way waits for it, and initialized goes once', async () => {
    const { lms, adapter, answerInitialized } = await startedWithInitializedOnItsWay();
    const sending = adapter.send({ kind: 'answer', answer });
    answerInitialized();
    expect(await sending).toEqual({ status: 'accepted' });
    expect(lms.posts).toEqual([['initialized'], ['answered']]);
    expect(verbs(lms.statements)).toEqual(['initialized', 'answered']);
  });

  test('a launch without LMS.LaunchData fails, so the course falls back and says so', async () => {
    const lms = fakeLms();
    lms.documents.clear();
    await expect(adapterFor(lms).start()).rejects.toThrow('LMS.LaunchData');
  });
});

describe('a cmi5 page\u2019s policy', () => {
  const page = `<html lang="nl"><head><meta http-equiv="content-security-policy" content="default-src 'self';connect-src 'self';object-src 'none'; script-src 'self'"></head></html>`;

  test('allows connections beyond its own origin, for the adapter to narrow to the launch\u2019s, and keeps the rest', () => {
    const stamped = stampCmi5Au(page, 'https://oov-leermodule.nl/cmi5/c/m1');
    expect(stamped).toContain(`content="default-src 'self';connect-src 'self' https: http:;object-src 'none'; script-src 'self'"`);
    expect(stamped).toContain('data-cmi5-publisher-id="https://oov-leermodule.nl/cmi5/c/m1"');
  });

  test('a policy whose connections cannot be widened fails the packaging instead of shipping a page that cannot reach the LRS', () => {
    expect(() => stampCmi5Au(`<html><head><meta http-equiv="content-security-policy" content="default-src 'none'"></head></html>`, 'x')).toThrow(/connect-src/);
  });
});
