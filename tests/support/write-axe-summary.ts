import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FullResult, Reporter } from '@playwright/test/reporter';

const root = new URL('../..', import.meta.url).pathname;
export const AXE_LOG = `${root}tests/.tmp/axe-runs.jsonl`;
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
  /** The commit the run tested, so the statement says which version it speaks for. */
  commit: string;
  axe: string;
  rules: string;
  results: Record<string, { violations: string[]; needsReview: string[] }>;
}

/**
 * A Playwright reporter that writes the accessibility summary, but only for a complete run that
 * passed: the statement must not rest on a run of one test file, or on a run that stopped
 * halfway. A run is complete when no test file, grep or shard narrowed it.
 */
export default class AxeSummaryReporter implements Reporter {
  onBegin(): void {
    rmSync(AXE_LOG, { force: true });
  }

  onEnd(result: FullResult): void {
    if (result.status !== 'passed' || !isCompleteRun(process.argv) || !existsSync(AXE_LOG)) return;
    const runs = readFileSync(AXE_LOG, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AxeRun);
    const results: AxeSummary['results'] = {};
    for (const run of runs) results[run.label] = { violations: run.violations, needsReview: run.needsReview };
    const summary: AxeSummary = {
      date: new Date().toISOString().slice(0, 10),
      commit: currentCommit(),
      axe: runs[0]?.axe ?? '',
      rules: 'WCAG 2.0, 2.1 en 2.2, niveau A en AA (axe-tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)',
      results: Object.fromEntries(Object.entries(results).sort(([a], [b]) => a.localeCompare(b))),
    };
    mkdirSync(dirname(SUMMARY), { recursive: true });
    writeFileSync(SUMMARY, `${JSON.stringify(summary, null, 2)}\n`);
  }
}

/** `playwright test -c config` with no file, grep, shard or last-failed filter. */
export function isCompleteRun(argv: readonly string[]): boolean {
  const args = argv.slice(argv.indexOf('test') + 1);
  let isValue = false;
  for (const arg of args) {
    if (isValue) {
      isValue = false;
      continue;
    }
    if (/^(-g|--grep|--grep-invert|--shard|--last-failed|--only-changed|--project)(=|$)/.test(arg)) return false;
    if (/^(-c|--config|--reporter|--workers|-j|--output|--retries|--timeout)$/.test(arg)) {
      isValue = true;
      continue;
    }
    if (!arg.startsWith('-')) return false;
  }
  return true;
}

function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'onbekend';
  }
}
