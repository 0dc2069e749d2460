/**
 * The cmi5 launch (cmi5 section 8): the LMS opens the AU with five query parameters, the AU
 * trades the single-use `fetch` URL for an auth token and reads `LMS.LaunchData` from the State
 * API at `endpoint`. Nothing here talks to any other address.
 */
export interface Cmi5Agent {
  objectType: 'Agent';
  account: { homePage: string; name: string };
  name?: string;
}

export interface Cmi5Launch {
  /** Base of every xAPI request, ending in "/". */
  endpoint: string;
  fetchUrl: string;
  actor: Cmi5Agent;
  registration: string;
  activityId: string;
}

export const LAUNCH_KEY = 'oov-cmi5-launch';
const TOKEN_KEY = 'oov-cmi5-token';

/**
 * The launch parameters (8.1, in any order), or null without a complete, well-formed set. The
 * first page of a launch has them; Astro's router swaps lessons without them, and a reload of a
 * lesson page loses them, so they are kept for the tab in sessionStorage.
 */
export function readCmi5Launch(search: string, storage: Storage | null): Cmi5Launch | null {
  const fromUrl = parseLaunch(new URLSearchParams(search));
  if (fromUrl) {
    safely(() => storage?.setItem(LAUNCH_KEY, search));
    return fromUrl;
  }
  const kept = safely(() => storage?.getItem(LAUNCH_KEY) ?? null);
  return kept ? parseLaunch(new URLSearchParams(kept)) : null;
}

function parseLaunch(params: URLSearchParams): Cmi5Launch | null {
  const endpoint = params.get('endpoint');
  const fetchUrl = params.get('fetch');
  const registration = params.get('registration');
  const activityId = params.get('activityId');
  const actorText = params.get('actor');
  if (!endpoint || !fetchUrl || !registration || !activityId || !actorText) return null;
  if (!isHttpUrl(endpoint) || !isHttpUrl(fetchUrl)) return null;
  const actor = safely(() => JSON.parse(actorText) as Cmi5Agent);
  // 9.2: the actor is an Agent with an account IFI.
  if (!actor || typeof actor.account?.homePage !== 'string' || typeof actor.account.name !== 'string') return null;
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, fetchUrl, actor: { ...actor, objectType: 'Agent' }, registration, activityId };
}

/**
 * 8.2: POST to the fetch URL once; it answers {"auth-token": …} the first time and an error
 * after that. A reload of the page, or one the browser restores from its back-forward cache,
 * must therefore reuse the token: it is kept for the tab, keyed by registration and fetch URL
 * (a new launch of the same registration comes with a new fetch URL and gets a new token).
 */
export async function obtainAuthToken(launch: Cmi5Launch, storage: Storage | null, send: typeof fetch = fetch): Promise<string> {
  const key = `${TOKEN_KEY}:${launch.registration}:${launch.fetchUrl}`;
  const kept = safely(() => storage?.getItem(key) ?? null);
  if (kept) return kept;
  const response = await send(launch.fetchUrl, { method: 'POST', credentials: 'omit' });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const token = body['auth-token'];
  if (!response.ok || typeof token !== 'string' || !token) {
    throw new Error(`the fetch URL gave no auth token (HTTP ${response.status}, error-code ${String(body['error-code'] ?? 'none')}: ${String(body['error-text'] ?? '')})`);
  }
  safely(() => storage?.setItem(key, token));
  return token;
}

/**
 * The package cannot know the LRS at build time, so its policy is set at launch, before the
 * first request: a <meta> Content-Security-Policy allowing connections to the package's own
 * origin (Astro's router fetches the next lesson), the launch's endpoint and its fetch URL, and
 * nothing else. A policy added later can only tighten, never widen, what the page may reach.
 */
export function restrictConnectionsToLaunch(launch: Cmi5Launch, doc: Document = document): void {
  const origins = [...new Set([new URL(launch.endpoint).origin, new URL(launch.fetchUrl).origin])];
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src 'self' ${origins.join(' ')}`;
  doc.head.prepend(meta);
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\//i.test(text) && safely(() => new URL(text)) !== null;
}

function safely<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}
