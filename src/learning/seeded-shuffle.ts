/**
 * Display orders for `shuffle: true` and for ordering questions. The order depends only on the
 * seed (the question id) and the items, never on Math.random: the page renders the same order
 * on the server and in the browser, and a learner who comes back sees what they saw before.
 * Saved answers and SCORM responses always use ids, so the display order is never stored.
 */
export function shuffleStable<T>(items: readonly T[], seed: string): T[] {
  const random = mulberry32(hashString(seed));
  const result = [...items];
  // Fisher–Yates: every permutation equally likely for a given random stream.
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * Like shuffleStable, but never returns the original order when there are two or more items:
 * an ordering question must not start out solved. Falls back to a rotation by one.
 */
export function scrambleStable<T>(items: readonly T[], seed: string): T[] {
  const shuffled = shuffleStable(items, seed);
  const isUnchanged = shuffled.every((item, i) => item === items[i]);
  return isUnchanged && items.length > 1 ? [...items.slice(1), items[0]!] : shuffled;
}

/** cyrb53-style string hash folded to 32 bits: small, fast and well spread for short ids. */
function hashString(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: a 32-bit seeded generator returning numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
