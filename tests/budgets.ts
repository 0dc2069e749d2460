/** Performance budgets, set once here and checked by tests/e2e/budgets.test.ts and packages.test.ts. */
export const BUDGETS = {
  /** Each module's SCORM zip, either version. */
  zipBytes: 150 * 1024,
  /** Gzipped JavaScript a lesson page loads when it has no quiz or scenario. */
  plainPageJsGzipBytes: 10 * 1024,
  /** Gzipped JavaScript a page with quiz or scenario islands loads, islands hydrated. */
  interactivePageJsGzipBytes: 80 * 1024,
  /** Lesson text visible (first contentful paint) on a 4× slowed CPU. */
  firstTextMs: 700,
} as const;
