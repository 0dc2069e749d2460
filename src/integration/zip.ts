import { zipSync, type Zippable } from 'fflate';

/** Fixed timestamp so that the same input gives the same zip, byte for byte. */
const STABLE_MTIME = new Date('2026-01-01T00:00:00Z');

/** Builds a zip in memory, entries in the given order (imsmanifest.xml first helps some LMSs). */
export function createZip(entries: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const tree: Zippable = {};
  for (const [name, data] of entries) tree[name] = [data, { mtime: STABLE_MTIME, level: 9 }];
  return zipSync(tree);
}
