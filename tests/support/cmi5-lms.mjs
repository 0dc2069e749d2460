// The LMS side of the cmi5 tests, small on purpose: what cmi5 asks of an LMS around its LRS,
// and no more. The statements themselves go to the real LRS (xapi-statements, started by the
// e2e global setup) and are read back from it.
//
//   POST /cmi5/launches        {au, registration?, launchMode?, masteryScore?, fetchFails?}
//                              registers a launch as an LMS does before it opens an AU: a session
//                              id, LMS.LaunchData in the State API, a single-use fetch URL; answers
//                              the launch parameters ({endpoint, fetch, actor, registration, activityId}).
//   POST /cmi5/fetch/<id>      the fetch URL (cmi5 8.2): {"auth-token"} once, then error-code 1.
//   /cmi5/xapi/activities/state   the State API (GET, PUT, POST, DELETE), per activity, agent,
//                              registration and stateId.
//   /cmi5/xapi/statements      passed through to the LRS with the LMS's own credentials.
//   POST /cmi5/faults          {registration, lrsDown?, holdMs?}: lrsDown makes the LRS unreachable
//                              for that registration's statements (503) until it is false again;
//                              holdMs > 0 answers them that much later (a slow network), 0 at once.
//   GET /cmi5/fetches/<registration>   how often each of its fetch URLs was used.
//
// Every xAPI request must carry a token this LMS handed out.
import { randomUUID, createHash } from 'node:crypto';

const launches = new Map(); // fetch id → { registration, token, uses, fails }
const tokens = new Set();
const documents = new Map(); // state key → { body, type }
const down = new Set(); // registrations whose statements cannot reach the LRS
const held = new Map(); // registration → ms its statements wait before they go to the LRS
const lrsPort = () => Number(process.env.LRS_PORT ?? Number(process.env.PORT ?? 4391) + 1);
const LRS_AUTH = `Basic ${Buffer.from('oov-test-lms:oov-test-lms').toString('base64')}`;
export const TEST_ACTOR = { objectType: 'Agent', name: 'Eva Jansen', account: { homePage: 'https://lms.oov-test.nl', name: 'eva.jansen' } };

export async function handleCmi5(request, response, url) {
  const { pathname } = url;
  if (!pathname.startsWith('/cmi5/')) return false;
  const origin = `http://${request.headers.host}`;
  // The LRS side answers on another origin than the package (as in every real cmi5 LMS), so the
  // course's CSP and CORS are part of what the tests exercise.
  if (pathname.startsWith('/cmi5/xapi/') || pathname.startsWith('/cmi5/fetch/')) {
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
    response.setHeader('access-control-allow-headers', 'authorization, content-type, x-experience-api-version');
    response.setHeader('access-control-allow-methods', 'GET, PUT, POST, DELETE, OPTIONS');
    response.setHeader('access-control-expose-headers', 'x-experience-api-version');
    if (request.method === 'OPTIONS') {
      response.writeHead(204);
      response.end();
      return true;
    }
  }
  if (pathname === '/cmi5/launches' && request.method === 'POST') return json(response, 200, createLaunch(JSON.parse(await readBody(request)), origin));
  if (pathname.startsWith('/cmi5/fetch/') && request.method === 'POST') return json(response, 200, useFetchUrl(pathname.slice('/cmi5/fetch/'.length)));
  if (pathname === '/cmi5/faults' && request.method === 'POST') {
    // Each field given changes its fault; a field left out leaves it as it is.
    const { registration, lrsDown, holdMs } = JSON.parse(await readBody(request));
    if (lrsDown === true) down.add(registration);
    if (lrsDown === false) down.delete(registration);
    if (typeof holdMs === 'number' && holdMs > 0) held.set(registration, holdMs);
    if (holdMs === 0) held.delete(registration);
    return json(response, 200, { registration, lrsDown: down.has(registration), holdMs: held.get(registration) ?? 0 });
  }
  if (pathname.startsWith('/cmi5/fetches/')) {
    const registration = decodeURIComponent(pathname.slice('/cmi5/fetches/'.length));
    return json(response, 200, [...launches.values()].filter((launch) => launch.registration === registration).map((launch) => launch.uses));
  }
  if (pathname.startsWith('/cmi5/xapi/')) {
    const token = (request.headers.authorization ?? '').replace(/^Basic /, '');
    if (!tokens.has(token)) return json(response, 401, { message: 'no valid auth token' });
    if (pathname === '/cmi5/xapi/activities/state') return (await handleState(request, response, url), true);
    if (pathname === '/cmi5/xapi/statements') return (await passToLrs(request, response, url), true);
  }
  return json(response, 404, { message: 'not found' });
}

function createLaunch({ au, registration = randomUUID(), launchMode = 'Normal', masteryScore, fetchFails = false }, origin) {
  // 8.1.5: the LMS's own activity id, not the publisher id, the same for every launch of the registration.
  const activityId = `https://lms.oov-test.nl/activiteiten/${createHash('sha256').update(`${registration} ${au}`).digest('hex').slice(0, 16)}`;
  const sessionId = randomUUID();
  const fetchId = randomUUID();
  launches.set(fetchId, { registration, token: Buffer.from(`au-${fetchId}:${randomUUID()}`).toString('base64'), uses: 0, fails: fetchFails });
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: au }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
    },
    launchMode,
    moveOn: 'CompletedAndPassed',
    returnURL: `${origin}/lms/cmi5-host.html?terug=1`,
    ...(masteryScore === undefined ? {} : { masteryScore }),
  };
  documents.set(stateKey({ activityId, agent: JSON.stringify(TEST_ACTOR), registration, stateId: 'LMS.LaunchData' }), { body: JSON.stringify(launchData), type: 'application/json' });
  const lrsSide = otherOrigin(origin);
  return { endpoint: `${lrsSide}/cmi5/xapi/`, fetch: `${lrsSide}/cmi5/fetch/${fetchId}`, actor: TEST_ACTOR, registration, activityId, sessionId };
}

/** The same server under its other loopback name: 127.0.0.1 and localhost are different origins. */
function otherOrigin(origin) {
  return origin.includes('://127.0.0.1') ? origin.replace('://127.0.0.1', '://localhost') : origin.replace('://localhost', '://127.0.0.1');
}

function useFetchUrl(id) {
  const launch = launches.get(id);
  if (!launch) return { 'error-code': '3', 'error-text': 'unknown fetch URL' };
  launch.uses += 1;
  if (launch.fails) return { 'error-code': '2', 'error-text': 'the LMS could not issue a token' };
  // 8.2.3: a fetch URL gives its token once.
  if (launch.uses > 1) return { 'error-code': '1', 'error-text': 'already in use' };
  tokens.add(launch.token);
  return { 'auth-token': launch.token };
}

async function handleState(request, response, url) {
  const query = Object.fromEntries(url.searchParams);
  const key = stateKey({ ...query, agent: normaliseAgent(query.agent) });
  if (request.method === 'GET') {
    const document = documents.get(key);
    if (!document) return json(response, 404, { message: 'no such document' });
    response.writeHead(200, { 'content-type': document.type, 'cache-control': 'no-store' });
    return response.end(document.body);
  }
  if (request.method === 'PUT' || request.method === 'POST') {
    documents.set(key, { body: await readBody(request), type: request.headers['content-type'] ?? 'application/octet-stream' });
    response.writeHead(204);
    return response.end();
  }
  if (request.method === 'DELETE') {
    documents.delete(key);
    response.writeHead(204);
    return response.end();
  }
  return json(response, 405, { message: 'method not allowed' });
}

async function passToLrs(request, response, url) {
  const body = request.method === 'GET' ? undefined : await readBody(request);
  const registrations = body ? [].concat(JSON.parse(body)).map((statement) => statement?.context?.registration) : [];
  if (registrations.some((registration) => down.has(registration))) return json(response, 503, { message: 'the LRS cannot be reached' });
  const holdMs = Math.max(0, ...registrations.map((registration) => held.get(registration) ?? 0));
  if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));
  const answer = await fetch(`http://127.0.0.1:${lrsPort()}/xAPI/statements${url.search}`, {
    method: request.method,
    headers: { authorization: LRS_AUTH, 'x-experience-api-version': '1.0.3', ...(body ? { 'content-type': 'application/json' } : {}) },
    body,
  }).catch((error) => ({ status: 502, headers: new Headers(), text: async () => JSON.stringify({ message: String(error) }) }));
  response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'x-experience-api-version': '1.0.3' });
  response.end(await answer.text());
}

function stateKey({ activityId, agent, registration = '', stateId }) {
  return JSON.stringify([activityId, agent, registration, stateId]);
}

/** The AU sends the agent as given in the launch; key on its account, whatever the property order. */
function normaliseAgent(text) {
  try {
    const agent = JSON.parse(text);
    return JSON.stringify({ ...TEST_ACTOR, ...agent, account: agent.account }) === JSON.stringify(TEST_ACTOR) ? JSON.stringify(TEST_ACTOR) : text;
  } catch {
    return text;
  }
}

async function readBody(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function json(response, status, value) {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(value));
  return true;
}
