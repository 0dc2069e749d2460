/**
 * `npm run bench`: builds the course from cold, measures every package in Chromium on a slowed
 * CPU against a plain-HTML floor, builds synthetic courses 10× and 50× the size, and writes
 * tests/.tmp/bench/report.md and growth.svg. Figures over the budgets of tests/budgets.ts are
 * reported, not enforced: the bench exits 0 unless it crashed.
 *
 * Options: --runs 5, --cpu 4, --growth 10,50 (or none), --modules m1,m3, --versions 1.2,2004.
 */
import { isWholeCourseZip } from '../budgets.ts';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { parsePackagedCourse, COURSE_DATA_FILE } from '../../src/integration/packaged-course.ts';
import { buildCourse } from './build-course.ts';
import { startBenchServer } from './bench-server.ts';
import type { BenchResult, FloorSummary, GrowthPoint } from './bench-result.ts';
import { checkBudgets, groupOverBudget } from './budget-check.ts';
import { FLOOR_LESSON, FLOOR_NEXT, FLOOR_PACKAGE, writeFloorPackage } from './floor.ts';
import { growthChartSvg } from './growth-chart.ts';
import { visibleTextLength } from './html-text.ts';
import { pagesOfPackage, type BenchPackage, type BenchPage } from './page-targets.ts';
import { writeReport } from './report.ts';
import { median, runPages } from './run-pages.ts';
import { summarisePage } from './summarise.ts';
import { countCourse, writeSyntheticCourse } from './synthetic-course.ts';
import { unpackPackage } from './unpack.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const reportDir = join(root, 'tests/.tmp/bench');
const packagesDir = join(reportDir, 'packages');
// The same flags as tests/playwright.config.ts: Debian's Chromium, nothing in the background.
const CHROMIUM = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    cpu: { type: 'string', default: '4' },
    growth: { type: 'string', default: '10,50' },
    modules: { type: 'string' },
    versions: { type: 'string', default: '1.2,2004' },
  },
});
const runs = Number(options.runs);
const cpuSlowdown = Number(options.cpu);
const growthFactors = options.growth === 'none' ? [] : options.growth.split(',').map(Number).filter((factor) => factor > 1);
const versions = options.versions.split(',');
const modulePrefixes = options.modules?.split(',');

const log = (line: string) => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const started = performance.now();
  const startedAt = new Date();
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const work = await mkdtemp(join(tmpdir(), 'oov-bench-'));
  try {
    log('building the course from cold (astro build, fresh cache) …');
    const build = await buildCourse({ root, outDir: join(root, 'dist'), cacheDir: join(work, 'cache') });
    log(`built in ${(build.ms / 1000).toFixed(1)} s, peak ${Math.round(build.peakRssBytes / 2 ** 20)} MB, ${build.packages} packages`);
    const course = parsePackagedCourse(await readFile(join(root, 'dist', COURSE_DATA_FILE), 'utf8'));
    const zipDir = join(root, 'dist/packages');
    const zips = (await readdir(zipDir)).filter((name) => name.endsWith('.zip')).sort();
    const courseZipName = zips.find((name) => isWholeCourseZip(name) && !name.includes('cmi5'));

    await rm(packagesDir, { recursive: true, force: true });
    await mkdir(packagesDir, { recursive: true });
    const packages: BenchPackage[] = [];
    const pages: BenchPage[] = [];
    for (const module of course.modules) {
      for (const [version, suffix] of [['1.2', 'scorm12'], ['2004', 'scorm2004']] as const) {
        const name = `${module.id}-${suffix}`;
        const zip = join(zipDir, `${name}.zip`);
        const files = await unpackPackage(zip, packagesDir);
        const pkg: BenchPackage = { name, moduleId: module.id, version, zipBytes: (await stat(zip)).size, fileCount: files.length };
        packages.push(pkg);
        const isMeasured = versions.includes(version) && (!modulePrefixes || modulePrefixes.some((prefix) => module.id.startsWith(prefix)));
        if (isMeasured) pages.push(...(await pagesOfPackage(packagesDir, pkg, module)));
      }
    }

    const floorSource = pages.find((page) => page.next);
    if (!floorSource) throw new Error(`No lesson with islands to measure: --modules ${options.modules ?? '(all)'} and --versions ${options.versions} leave none.`);
    const sourceDir = join(packagesDir, floorSource.packageName);
    const sourceHtml = await readFile(join(sourceDir, floorSource.file), 'utf8');
    const floorZip = join(work, `${FLOOR_PACKAGE}.zip`);
    const floorText = await writeFloorPackage(floorZip, sourceHtml, await readFile(join(sourceDir, floorSource.next!.file), 'utf8'));
    await unpackPackage(floorZip, packagesDir);
    const floorPage: BenchPage = { id: `${FLOOR_PACKAGE}/${FLOOR_LESSON}`, role: 'floor lesson', packageName: FLOOR_PACKAGE, file: FLOOR_LESSON, kind: 'floor', lms: null };
    // The floor's page load is a cold load of its next page, navigation start to h1 painted: a click
    // that loads a new document would lose the CPU throttling, which Chromium keeps per renderer
    // process (ChromeDevTools/devtools-protocol#174), while a new context's first load keeps it.
    const floorNextPage: BenchPage = { id: `${FLOOR_PACKAGE}/${FLOOR_NEXT}`, role: 'floor next page', packageName: FLOOR_PACKAGE, file: FLOOR_NEXT, kind: 'floor', lms: null };

    const server = await startBenchServer(packagesDir);
    const browser = await chromium.launch(CHROMIUM);
    let chromiumVersion = '';
    let measured;
    const loadBefore = loadavg()[0]!;
    let loadAfter = loadBefore;
    try {
      chromiumVersion = browser.version();
      log(`measuring ${pages.length} pages and the floor, ${runs} runs at ${cpuSlowdown}× CPU slowdown (${server.origin}) …`);
      measured = await runPages(browser, server, [floorPage, floorNextPage, ...pages], runs, cpuSlowdown, log);
      loadAfter = loadavg()[0]!;
    } finally {
      await browser.close();
      await server.close();
    }
    const floorRuns = measured.find((result) => result.page.id === floorPage.id)!.runs;
    const floorNextRuns = measured.find((result) => result.page.id === floorNextPage.id)!.runs;
    const floor: FloorSummary = {
      textVisibleMs: median(floorRuns.map((run) => run.textVisibleMs)),
      questionUsableMs: median(floorRuns.map((run) => run.questionUsableMs)),
      pageLoadMs: median(floorNextRuns.map((run) => run.textVisibleMs)),
      textLength: floorText.lessonTextLength,
      courseLessonTextLength: visibleTextLength(sourceHtml),
      runs: floorRuns,
      nextPageRuns: floorNextRuns,
    };
    const summaries = [];
    for (const result of measured) if (result.page.kind !== 'floor') summaries.push(await summarisePage(packagesDir, result));

    const growth: GrowthPoint[] = [];
    for (const factor of growthFactors) {
      const dir = join(work, `growth-${factor}x`);
      const synthetic = await writeSyntheticCourse(join(root, 'content'), dir, factor);
      log(`building the ${factor}× course (${synthetic.modules} modules, ${synthetic.lessons} lessons, ${synthetic.questions} questions) …`);
      const result = await buildCourse({ root, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), contentDir: synthetic.contentDir });
      log(`${factor}×: ${(result.ms / 1000).toFixed(1)} s, peak ${Math.round(result.peakRssBytes / 2 ** 20)} MB, ${result.packages} packages`);
      growth.push({ factor, modules: synthetic.modules, lessons: synthetic.lessons, questions: synthetic.questions, build: result });
      await rm(dir, { recursive: true, force: true });
    }

    const result: BenchResult = {
      startedAt,
      durationMs: performance.now() - started,
      environment: { cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, node: process.version, chromium: chromiumVersion, loadAverage: [loadBefore, loadAfter] },
      settings: { runs, cpuSlowdown, growthFactors },
      build,
      realCourse: await countCourse(join(root, 'content/modules')),
      packages,
      courseZip: courseZipName ? { file: courseZipName, bytes: (await stat(join(zipDir, courseZipName))).size } : null,
      floor,
      pages: summaries,
      growth,
    };
    const findings = checkBudgets(result);
    await writeFile(join(reportDir, 'report.md'), writeReport(result, findings));
    await writeFile(
      join(reportDir, 'growth.svg'),
      growthChartSvg([{ factor: 1, ...result.realCourse, build }, ...growth].map((point) => ({ factor: point.factor, modules: point.modules, seconds: point.build.ms / 1000, megabytes: point.build.peakRssBytes / 2 ** 20 }))),
    );
    printSummary(findings, result.durationMs);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function printSummary(findings: ReturnType<typeof checkBudgets>, durationMs: number): void {
  const over = findings.filter((finding) => finding.isOver);
  log(`${findings.length - over.length} of ${findings.length} budgeted figures within budget; bench took ${(durationMs / 60_000).toFixed(1)} min`);
  for (const group of groupOverBudget(findings)) {
    console.log(`  OVER BUDGET  ${group.measure} ${group.budget}: ${group.over.length} of ${group.checked} over, worst ${group.worst.value} (${group.worst.subject})`);
  }
  log(`report: ${join(reportDir, 'report.md')}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
