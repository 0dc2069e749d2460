import { BENCH_BUDGETS } from '../budgets.ts';
import type { BenchResult, Finding, FindingGroup } from './bench-result.ts';

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number | null) => (value === null ? 'n/a' : `${Math.round(value)} ms`);
export const times = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);

export function ratio(value: number | null, floor: number | null): number | null {
  return value === null || floor === null || floor === 0 ? null : value / floor;
}

/** Every figure that has a budget in tests/budgets.ts, against that budget. */
export function checkBudgets(result: BenchResult): Finding[] {
  const findings: Finding[] = [];
  const add = (subject: string, measure: string, value: number | null, budget: number, format: (n: number) => string) => {
    if (value === null) return;
    findings.push({ subject, measure, value: format(value), budget: `≤ ${format(budget)}`, amount: value, limit: budget, isOver: value > budget });
  };
  for (const pkg of result.packages) add(`${pkg.name}.zip`, 'zip size', pkg.zipBytes, BENCH_BUDGETS.moduleZipBytes[pkg.version], kb);
  if (result.courseZip) add(result.courseZip.file, 'whole-course zip', result.courseZip.bytes, BENCH_BUDGETS.courseZipBytes, kb);

  const { floor } = result;
  for (const summary of result.pages) {
    const subject = `${summary.page.packageName}: ${summary.page.role}`;
    if (summary.page.kind === 'launch') {
      add(subject, 'JS gzip (no islands)', summary.js.gzip, BENCH_BUDGETS.plainPageJsGzipBytes, kb);
    } else {
      add(subject, 'JS gzip (with islands)', summary.js.gzip, BENCH_BUDGETS.interactivePageJsGzipBytes, kb);
      add(subject, 'own JS gzip', summary.split.own.gzip, BENCH_BUDGETS.interactivePageOwnJsGzipBytes, kb);
      add(subject, 'first question usable / floor text', ratio(summary.questionUsableMs, floor.textVisibleMs), BENCH_BUDGETS.questionUsableFloorRatio, times);
    }
    add(subject, 'text visible / floor text', ratio(summary.textVisibleMs, floor.textVisibleMs), BENCH_BUDGETS.textVisibleFloorRatio, times);
    if (summary.next) {
      add(subject, 'next lesson / floor page load', ratio(summary.next.ms, floor.pageLoadMs), BENCH_BUDGETS.nextLessonFloorRatio, times);
      add(subject, 'files loaded again on the move', summary.next.repeated.length, BENCH_BUDGETS.repeatedFilesPerMove, (n) => String(n));
    }
  }

  add('full course', 'cold build', result.build.ms, BENCH_BUDGETS.fullBuildMs, (n) => `${(n / 1000).toFixed(1)} s`);
  const tenfold = result.growth.find((point) => point.factor === 10);
  if (tenfold) {
    add('10× course', 'build time / 1× course', tenfold.build.ms / result.build.ms, BENCH_BUDGETS.tenfoldGrowthRatio, times);
    add('10× course', 'peak memory / 1× course', tenfold.build.peakRssBytes / result.build.peakRssBytes, BENCH_BUDGETS.tenfoldGrowthRatio, times);
  }
  return findings;
}

/** The figures over budget, one group per budget, so twelve packages over the same limit are one line. */
export function groupOverBudget(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.measure}\u0000${finding.budget}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return [...groups.values()]
    .map((all) => {
      const over = all.filter((finding) => finding.isOver);
      return { measure: all[0]!.measure, budget: all[0]!.budget, over, checked: all.length, worst: [...over].sort((a, b) => b.amount - a.amount)[0]! };
    })
    .filter((group) => group.over.length > 0);
}
