/**
 * Ids that are unique within one page and the same in every build (reproducible packages): a
 * counter per page and prefix, so the second use of a term on a page gets "-2".
 */
const counters = new Map<string, number>();

export function pageUniqueId(page: string, prefix: string): string {
  const key = `${page}\u0000${prefix}`;
  const count = (counters.get(key) ?? 0) + 1;
  counters.set(key, count);
  return count === 1 ? prefix : `${prefix}-${count}`;
}
