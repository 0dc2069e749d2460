import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const log = `${root}tests/.tmp/axe-runs.jsonl`;
/** Read by src/pages/toegankelijkheidsverklaring.astro: the statement is built from the last full test run. */
export const SUMMARY = `${root}content/accessibility/axe-summary.json`;

interface AxeRun {
  label: string;
  axe: string;
  violations: string[];
  passed: number;
  needsReview: string[];
}

/** Playwright global set-up returns this teardown: it writes the summary once every test has run. */
export default function startAxeLog(): () => void {
  rmSync(log, { force: true });
  return () => {
    if (!existsSync(log)) return;
    const runs = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AxeRun);
    const labels = [...new Set(runs.map((run) => run.label))].sort();
    // A partial run (one test file) must not replace the summary of a full one.
    if (labels.length < 10) return;
    const summary = {
      date: new Date().toISOString().slice(0, 10),
      axe: runs[0]?.axe ?? '',
      rules: 'WCAG 2.0, 2.1 en 2.2, niveau A en AA (axe-tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)',
      checks: labels,
      violations: [...new Set(runs.flatMap((run) => run.violations))].sort(),
      needsReview: [...new Set(runs.flatMap((run) => run.needsReview))].sort(),
    };
    mkdirSync(dirname(SUMMARY), { recursive: true });
    writeFileSync(SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
  };
}
