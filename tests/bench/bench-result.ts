import type { BuildResult } from './build-course.ts';
import type { BenchPackage } from './page-targets.ts';
import type { PageMeasurement } from './measure-page.ts';
import type { PageSummary } from './summarise.ts';

/** Everything one bench run measured; report.ts and budget-check.ts read only this. */
export interface BenchResult {
  startedAt: Date;
  durationMs: number;
  /** `loadAverage`: the 1-minute load average before the page runs and after them; above the core count, other work shared the CPU. */
  environment: { cpu: string; cores: number; node: string; chromium: string; loadAverage: [number, number] };
  settings: { runs: number; cpuSlowdown: number; growthFactors: number[] };
  /** The real course, built from cold into dist/: also the 1× point of the growth table. */
  build: BuildResult;
  realCourse: { modules: number; lessons: number; questions: number };
  packages: BenchPackage[];
  /** A package of every module in one zip, if the build wrote one. */
  courseZip: { file: string; bytes: number } | null;
  floor: FloorSummary;
  pages: PageSummary[];
  growth: GrowthPoint[];
}

export interface FloorSummary {
  textVisibleMs: number | null;
  questionUsableMs: number | null;
  /** A full page load: a cold load of the floor's next page, navigation start until its h1 is painted. */
  pageLoadMs: number | null;
  textLength: number;
  /** Text of the course lesson the floor copies, islands included, for comparison. */
  courseLessonTextLength: number;
  runs: PageMeasurement[];
  nextPageRuns: PageMeasurement[];
}

export interface GrowthPoint {
  factor: number;
  modules: number;
  lessons: number;
  questions: number;
  build: BuildResult;
}

export interface Finding {
  subject: string;
  measure: string;
  value: string;
  budget: string;
  /** The figure and its budget as numbers, to find the worst of a kind. */
  amount: number;
  limit: number;
  isOver: boolean;
}

/** One budget and the subjects over it, e.g. "zip size ≤ 160 KB: 6 of 6 packages, worst 195.3 KB". */
export interface FindingGroup {
  measure: string;
  budget: string;
  over: Finding[];
  checked: number;
  worst: Finding;
}
