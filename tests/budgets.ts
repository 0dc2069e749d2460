/**
 * Performance budgets, set once here and checked by tests/e2e/budgets.test.ts and packages.test.ts.
 *
 * TARGETS are the budgets of issue #2. Two are not met with React 19, whose react-dom alone is
 * 65.6 KB gzipped: router, tracking and react-dom together already weigh 83 KB before any island
 * code, and react-dom is 64 KB of every zip. Until that is decided (Preact's React compatibility
 * layer would save about 60 KB; see the closing note of issue #2), the tests hold the line at
 * CEILINGS, just above what is measured now, so that nothing grows unnoticed.
 */
export const TARGETS = {
  zipBytes: 150 * 1024,
  plainPageJsGzipBytes: 10 * 1024,
  interactivePageJsGzipBytes: 80 * 1024,
  firstTextMs: 700,
} as const;

export const BUDGETS = {
  /** Each module's SCORM zip, either version. Target 150 KB; measured 155 KB (1.2) and 169 KB (2004). */
  zipBytes: 175 * 1024,
  /** Gzipped JavaScript a page without quiz or scenario loads. Target met. */
  plainPageJsGzipBytes: TARGETS.plainPageJsGzipBytes,
  /** Gzipped JavaScript a page with quiz or scenario islands loads, islands hydrated. Target 80 KB; measured 87 KB. */
  interactivePageJsGzipBytes: 90 * 1024,
  /** Lesson text visible (first contentful paint) on a 4× slowed CPU. Target met. */
  firstTextMs: TARGETS.firstTextMs,
} as const;
