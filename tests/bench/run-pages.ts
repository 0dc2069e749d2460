import type { Browser } from '@playwright/test';
import type { BenchServer } from './bench-server.ts';
import { measurePage, type PageMeasurement } from './measure-page.ts';
import type { BenchPage } from './page-targets.ts';

export interface PageRuns {
  page: BenchPage;
  runs: PageMeasurement[];
}

/**
 * `runs` cold loads of every page. One run loads every page once, so a noisy moment on the shared
 * machine hits the floor and the course alike; each run starts one step further along the list,
 * so no page is always the first one after a quiet spell.
 */
export async function runPages(browser: Browser, server: BenchServer, pages: BenchPage[], runs: number, cpuSlowdown: number, onProgress: (line: string) => void): Promise<PageRuns[]> {
  const results = new Map(pages.map((page) => [page.id, { page, runs: [] as PageMeasurement[] }]));
  // A new browser's first loads are slow (processes starting, code caches cold): two loads it does not count.
  for (const page of pages.slice(0, 2)) await measurePage(browser, server, page, { cpuSlowdown });
  const step = Math.max(1, Math.floor(pages.length / runs));
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const offset = (run * step) % pages.length;
    for (const page of [...pages.slice(offset), ...pages.slice(0, offset)]) {
      results.get(page.id)!.runs.push(await measurePage(browser, server, page, { cpuSlowdown }));
    }
    onProgress(`run ${run + 1} of ${runs}: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return [...results.values()];
}

/** The median of the values that were measured; null when none was. */
export function median(values: Array<number | null | undefined>): number | null {
  const known = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = Math.floor(known.length / 2);
  return known.length % 2 ? known[middle]! : (known[middle - 1]! + known[middle]!) / 2;
}
