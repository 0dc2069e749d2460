/**
 * Performance budgets, in one place.
 *
 * BENCH_BUDGETS are the budgets of the performance issue. `npm run bench` (tests/bench/) reports
 * every figure against them in tests/.tmp/bench/report.md; timings are ratios to a plain-HTML
 * floor measured in the same run (tests/bench/floor.ts), so that they compare across machines.
 *
 * The test suite enforces the byte figures, which are stable, at CEILINGS: the budget where it
 * is met, otherwise just above what is measured, so that nothing grows unnoticed. Where a ceiling
 * is above its budget, the comment says why (figures from the build of 2026-12-02).
 */
export const BENCH_BUDGETS = {
  /** Each module's zip, per SCORM version. */
  moduleZipBytes: { '1.2': 160 * 1024, '2004': 175 * 1024 },
  /** A whole-course package (every module in one zip). */
  courseZipBytes: 450 * 1024,
  /** Gzipped JavaScript of a page without islands (the module overview). */
  plainPageJsGzipBytes: 10 * 1024,
  /** Gzipped JavaScript of a page with islands, hydrated… */
  interactivePageJsGzipBytes: 90 * 1024,
  /** …of which our own code: everything but react, react-dom and Astro's runtime and router. */
  interactivePageOwnJsGzipBytes: 20 * 1024,
  /** Files a move to the next lesson fetches again that the launch already fetched. */
  repeatedFilesPerMove: 0,
  /** At 4× CPU slowdown: lesson text visible, as a multiple of the floor's text time. */
  textVisibleFloorRatio: 1.5,
  /** The first question usable, as a multiple of the floor's text time. */
  questionUsableFloorRatio: 2,
  /** Client-side move to the next lesson, as a multiple of the floor's page load (click to next h1). */
  nextLessonFloorRatio: 1.2,
  /** The full course (site and every package) built from cold, on two cores. */
  fullBuildMs: 60_000,
  /** A course ten times the size builds in at most this multiple of the real course's time and peak memory. */
  tenfoldGrowthRatio: 10,
} as const;

export const CEILINGS = {
  /**
   * The module zips carry two to three times module 1's first text: pages are 85–105 KB of a
   * zip (a knowledge check of 20 questions with feedback per option is 30 KB of JSON alone),
   * beside 115 KB (1.2) or 128 KB (2004) of engine: react-dom 68 KB, our code and Astro's 40 KB,
   * CSS, XSDs, manifest. The engine part has its own ceiling below, so content growth and
   * engine growth are told apart.
   */
  moduleZipBytes: { '1.2': 230 * 1024, '2004': 245 * 1024, cmi5: 225 * 1024 },
  /** Six modules' pages are 512 KB of the 650 KB; React and shared code are in it once. */
  courseZipBytes: { '1.2': 680 * 1024, '2004': 695 * 1024, cmi5: 665 * 1024 },
  /**
   * Everything in a module zip but its pages: the engine, what every module pays. A cmi5 zip
   * carries no XSDs (its LMS reads cmi5.xml without them) and no SCORM adapter, but its own
   * (a SCORM zip carries no cmi5 adapter): measured 110–111 KB of engine, zips of 181–218 KB per
   * module and 650 KB for the course (2026-12-02).
   */
  moduleEngineBytes: { '1.2': 120 * 1024, '2004': 133 * 1024, cmi5: 113 * 1024 },
  /**
   * Measured 13.4 KB: Astro's client router 5.0 KB (it keeps one LMS session across lessons) and
   * tracking 7.9 KB, which must run on the launch page to open the session and restore progress.
   */
  plainPageJsGzipBytes: 14 * 1024,
  /** Measured 92.3–94.6 KB: react-dom 64 KB and react 3 KB of it, fixed by the choice of React. */
  interactivePageJsGzipBytes: 96 * 1024,
} as const;

type Version = '1.2' | '2004' | 'cmi5';

export function versionOfZip(fileName: string): Version {
  return fileName.includes('-scorm12') ? '1.2' : fileName.includes('-cmi5') ? 'cmi5' : '2004';
}

export function isWholeCourseZip(fileName: string): boolean {
  return fileName.startsWith('oov-leermodule-cursus');
}

export function zipBudget(fileName: string): number {
  const version = versionOfZip(fileName);
  return isWholeCourseZip(fileName) ? CEILINGS.courseZipBytes[version] : CEILINGS.moduleZipBytes[version];
}
