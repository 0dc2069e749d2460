export type ApiName = 'API' | 'API_1484_11';

/** ADL's discovery algorithm gives up after this many parents (SCORM 2004 RTE 3.3.6.1). */
const MAX_PARENT_HOPS = 500;

/**
 * Finds the LMS API object as the SCORM standards describe: the window itself, its parent
 * chain, then the opener and the opener's parents. A cross-origin frame in the chain throws on
 * access; that frame is skipped and the search moves on to its parent.
 */
export function findApi<T>(name: ApiName, start: Window = window): T | null {
  const fromFrames = searchParents<T>(name, start);
  if (fromFrames) return fromFrames;
  const opener = readSafely(() => start.opener as Window | null);
  return opener ? searchParents<T>(name, opener) : null;
}

function searchParents<T>(name: ApiName, start: Window): T | null {
  let current: Window = start;
  for (let hops = 0; hops <= MAX_PARENT_HOPS; hops += 1) {
    const api = readSafely(() => (current as unknown as Record<string, unknown>)[name]);
    if (api && typeof api === 'object') return api as T;
    const parent = readSafely(() => current.parent);
    if (!parent || parent === current) return null;
    current = parent;
  }
  return null;
}

function readSafely<T>(read: () => T): T | null {
  try {
    return read() ?? null;
  } catch {
    return null;
  }
}

export interface FoundApi {
  name: ApiName;
  api: unknown;
}

/**
 * Some LMSs (Cornerstone and SuccessFactors players among them) create the API object after the
 * content frame has loaded. Inside a frame or a pop-up we therefore look again a few times
 * before concluding there is no LMS; a top-level page on the open web does not wait.
 */
export async function discoverApi(
  preferred: readonly ApiName[],
  { attempts = 8, intervalMs = 250, win = window }: { attempts?: number; intervalMs?: number; win?: Window } = {},
): Promise<FoundApi | null> {
  const isEmbedded = readSafely(() => win.parent !== win) || Boolean(readSafely(() => win.opener));
  const tries = isEmbedded ? attempts : 1;
  for (let attempt = 1; attempt <= tries; attempt += 1) {
    for (const name of preferred) {
      const api = findApi<unknown>(name, win);
      if (api) return { name, api };
    }
    if (attempt < tries) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return null;
}
