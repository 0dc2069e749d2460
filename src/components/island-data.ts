/**
 * The data of a quiz or scenario travels to the browser once, as JSON in a
 * `<script type="application/json">` beside its island, instead of as island props: Astro
 * writes props into an HTML attribute, where every quote becomes `&quot;` and every value is
 * wrapped, which made the props the largest part of a lesson page. The server renders the island
 * from the same data, handed over here by the .astro wrapper.
 */
const onServer = new Map<string, unknown>();
const parsed = new Map<string, unknown>();

/** Called by the .astro wrapper while rendering: the island rendered next reads it on the server. */
export function provideIslandData(key: string, data: unknown): void {
  onServer.set(key, data);
}

/** JSON that is safe inside a script element: no "</script>" or "<!--" can end or open anything. */
export function toScriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function readIslandData<T>(key: string): T {
  if (typeof document === 'undefined') return onServer.get(key) as T;
  if (!parsed.has(key)) parsed.set(key, JSON.parse(document.getElementById(key)?.textContent ?? 'null'));
  return parsed.get(key) as T;
}

export function islandDataKey(kind: 'quiz' | 'scenario', id: string): string {
  return `oov-${kind}-${id}`;
}
