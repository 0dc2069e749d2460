import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const log = `${root}tests/.tmp/axe-runs.jsonl`;
/** Read by src/pages/toegankelijkheidsverklaring.astro: the statement is built from these results. */
export const SUMMARY = `${root}content/accessibility/axe-summary.json`;

interface AxeRun {
  label: string;
  axe: string;
  violations: string[];
  passed: number;
  needsReview: string[];
}

export interface AxeSummary {
  date: string;
  axe: string;
  rules: string;
  /** The latest result per page or component state; a run of one test file updates only its own. */
  results: Record<string, { violations: string[]; needsReview: string[] }>;
}

/** Playwright global set-up returns this teardown: it merges the run's axe results into the summary. */
export default function startAxeLog(): () => void {
  rmSync(log, { force: true });
  return () => {
    if (!existsSync(log)) return;
    const runs = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AxeRun);
    const previous: AxeSummary | null = existsSync(SUMMARY) ? JSON.parse(readFileSync(SUMMARY, 'utf8')) : null;
    const results = { ...(previous?.results ?? {}) };
    for (const run of runs) results[run.label] = { violations: run.violations, needsReview: run.needsReview };
    const summary: AxeSummary = {
      date: new Date().toISOString().slice(0, 10),
      axe: runs[0]?.axe ?? previous?.axe ?? '',
      rules: 'WCAG 2.0, 2.1 en 2.2, niveau A en AA (axe-tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)',
      results: Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b))),
    };
    mkdirSync(dirname(SUMMARY), { recursive: true });
    writeFileSync(SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
  };
}
