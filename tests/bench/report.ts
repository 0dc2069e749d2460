import { BENCH_BUDGETS } from '../budgets.ts';
import type { BenchResult, Finding } from './bench-result.ts';
import { groupOverBudget, kb, ms, ratio, times } from './budget-check.ts';
import type { PageSummary } from './summarise.ts';

/** The Markdown report: findings first, then the tables, then how each figure was measured. */
export function writeReport(result: BenchResult, findings: Finding[]): string {
  const over = findings.filter((finding) => finding.isOver);
  const groups = groupOverBudget(findings);
  return [
    '# Performance bench',
    '',
    `${result.startedAt.toISOString()} · ${result.environment.cores} × ${result.environment.cpu} · Node ${result.environment.node} · Chromium ${result.environment.chromium} · CPU slowed ${result.settings.cpuSlowdown}× · median of ${result.settings.runs} cold run${result.settings.runs === 1 ? '' : 's'} · bench took ${(result.durationMs / 60_000).toFixed(1)} min · load average ${result.environment.loadAverage.map((load) => load.toFixed(1)).join(' → ')} during the page runs${result.environment.loadAverage.some((load) => load > result.environment.cores) ? ' (above the core count: other work shared the CPU, so timings and even ratios are inflated)' : ''}`,
    '',
    '## Over budget',
    '',
    groups.length
      ? table(
          ['measure', 'budget', 'over in', 'worst', 'by'],
          groups.map((group) => [group.measure, group.budget, `${group.over.length} of ${group.checked}`, `**${group.worst.value}** (${group.worst.subject})`, excess(group.worst)]),
        )
      : 'Nothing: every figure with a budget is within it.',
    '',
    `${findings.length - over.length} of ${findings.length} figures with a budget are within it; each page’s figures over budget are named in its row below. Budgets live in \`tests/budgets.ts\` (\`BENCH_BUDGETS\`).`,
    '',
    ...packagesSection(result),
    ...floorSection(result),
    ...pagesSection(result, findings),
    ...nextSection(result),
    ...splitSection(result),
    ...growthSection(result),
    ...methodSection(result),
    ...runsSection(result),
  ].join('\n');
}

function packagesSection(result: BenchResult): string[] {
  const rows = result.packages.map((pkg) => {
    const budget = BENCH_BUDGETS.moduleZipBytes[pkg.version];
    return [pkg.name, pkg.version, kb(pkg.zipBytes), String(pkg.fileCount), `≤ ${kb(budget)}`, mark(pkg.zipBytes <= budget)];
  });
  const course = result.courseZip
    ? `Whole-course package \`${result.courseZip.file}\`: ${kb(result.courseZip.bytes)} (budget ≤ ${kb(BENCH_BUDGETS.courseZipBytes)}) ${mark(result.courseZip.bytes <= BENCH_BUDGETS.courseZipBytes)}.`
    : `Whole-course package: not built (no \`dist/packages/oov-leermodule-cursus-*.zip\`); budget ≤ ${kb(BENCH_BUDGETS.courseZipBytes)}. All module zips together: ${kb(result.packages.reduce((sum, pkg) => sum + pkg.zipBytes, 0))}.`;
  return ['## Packages', '', table(['package', 'SCORM', 'zip', 'files', 'budget', ''], rows), '', course, ''];
}

function floorSection({ floor }: BenchResult): string[] {
  return [
    '## Floor (plain HTML, same run)',
    '',
    table(
      ['text visible', 'first question usable', 'page load (next page, navigation start → h1 painted)', 'text'],
      [[ms(floor.textVisibleMs), ms(floor.questionUsableMs), ms(floor.pageLoadMs), `${floor.textLength} characters (the course lesson it copies: ${floor.courseLessonTextLength}, islands included)`]],
    ),
    '',
  ];
}

function pagesSection(result: BenchResult, findings: Finding[]): string[] {
  const { floor } = result;
  const rows = result.pages.map((summary) => [
    summary.page.packageName,
    `${summary.page.role}<br>\`${summary.page.file.replace(`${summary.page.packageName.replace(/-scorm(12|2004)$/, '')}--`, '…--')}\``,
    `${kb(summary.js.raw)} / **${kb(summary.js.gzip)}**`,
    `${kb(summary.css.raw)} / ${kb(summary.css.gzip)}`,
    `${ms(summary.textVisibleMs)} (${times(ratio(summary.textVisibleMs, floor.textVisibleMs))})`,
    summary.page.kind === 'launch' ? '–' : `${ms(summary.questionUsableMs)} (${times(ratio(summary.questionUsableMs, floor.textVisibleMs))})${summary.answersLost ? ` ⚠ answer lost in ${summary.answersLost} run(s)` : ''}`,
    ms(summary.clickDelayMs),
    summary.longTasks === null ? 'n/a' : `${summary.longTasks} (longest ${ms(summary.longestTaskMs)})`,
    ms(summary.totalBlockingMs),
    pageMarks(summary, findings),
  ]);
  return [
    '## Pages',
    '',
    'JS and CSS: raw / gzip (level 9), every script the page ran including inline ones. Timings: median, and in brackets the ratio to the floor’s text time.',
    '',
    table(['package', 'page', 'JS raw / gzip', 'CSS raw / gzip', 'text visible', 'first question usable', 'click waited', 'long tasks', 'TBT', 'budgets'], rows),
    '',
  ];
}

function nextSection(result: BenchResult): string[] {
  const rows = result.pages
    .filter((summary) => summary.next)
    .map((summary) => {
      const next = summary.next!;
      return [
        summary.page.packageName,
        `\`${summary.page.file.split('--').pop()}\` → \`${summary.page.next!.file.split('--').pop()}\``,
        `${ms(next.ms)} (${times(ratio(next.ms, result.floor.pageLoadMs))})`,
        next.files.map((loaded) => `\`${loaded.file.replace(/^_astro\//, '')}\` (${loaded.type})`).join(', ') || 'nothing',
        kb(next.js.gzip),
        next.repeated.length ? `**${next.repeated.join(', ')}**` : 'none',
        ms(next.totalBlockingMs),
        next.methods.join(', '),
      ];
    });
  return [
    '## Next lesson (client-side router)',
    '',
    'From the click on "Volgende" to the next lesson’s h1 painted; in brackets the ratio to the floor’s page load.',
    '',
    table(['package', 'move', 'time', 'requested on the move', 'new JS gzip', 'requested again', 'TBT', 'timed by'], rows),
    '',
    ...(result.pages.some((summary) => summary.next?.repeated.includes('favicon.svg'))
      ? [
          'Why `favicon.svg` comes again: the icon link is kept across lessons (`data-astro-transition-persist`), but Chromium asks for the page icon again after every same-document navigation (the router’s `history.pushState`); a plain page with one icon link and two `pushState` calls shows the same. The bench serves `no-store`, so each ask is a request; served with any cache lifetime (as LMSs and web servers serve static files) the icon comes from the cache and nothing is requested (checked with `max-age=3600`).',
          '',
        ]
      : []),
  ];
}

function splitSection(result: BenchResult): string[] {
  const interactive = result.pages.filter((summary) => summary.page.kind !== 'launch');
  const rows = interactive.map((summary) => [
    summary.page.packageName,
    summary.page.role,
    kb(summary.split['react-dom'].gzip),
    kb(summary.split.react.gzip),
    kb(summary.split.astro.gzip),
    `**${kb(summary.split.own.gzip)}**`,
    kb(summary.js.gzip),
  ]);
  const classified = new Map<string, string>();
  for (const summary of result.pages) for (const share of summary.shares) if (!share.name.startsWith('inline')) classified.set(share.name.replace(/^_astro\//, ''), share.owner);
  return [
    '## JavaScript split (gzip) on pages with islands',
    '',
    table(['package', 'page', 'react-dom', 'react', 'Astro runtime + router', 'own code', 'total'], rows),
    '',
    'Classified by chunk file name (tests/bench/js-split.ts): `react.*` is react; the chunk an island names as `renderer-url` is react-dom (@astrojs/react’s client entry, which bundles react-dom/client and scheduler); `ClientRouter.*` and the `client.*` chunk holding `data-astro-transition-persist` are Astro’s router; inline scripts defining `astro-island` or a built-in `client:` directive are Astro’s runtime; the rest is ours, including our inline `client:interact` directive.',
    '',
    `<details><summary>Chunks and their class</summary>\n\n${table(['chunk', 'class'], [...classified].sort().map(([name, owner]) => [`\`${name}\``, owner]))}\n\n</details>`,
    '',
  ];
}

function growthSection(result: BenchResult): string[] {
  const base = result.build;
  const points = [{ factor: 1, ...result.realCourse, build: base }, ...result.growth];
  const rows = points.map((point) => [
    `${point.factor}×`,
    `${point.modules} / ${point.lessons} / ${point.questions}`,
    `${(point.build.ms / 1000).toFixed(1)} s (${times(point.build.ms / base.ms)})`,
    `${Math.round(point.build.peakRssBytes / 2 ** 20)} MB (${times(point.build.peakRssBytes / base.peakRssBytes)})`,
    `${point.build.packages} zips, ${(point.build.packageBytes / 2 ** 20).toFixed(1)} MB (${times(point.build.packageBytes / base.packageBytes)})`,
  ]);
  return [
    '## Growth',
    '',
    ...(result.growth.length ? [] : ['No synthetic courses were built in this run (`--growth none`).', '']),
    table(['course', 'modules / lessons / questions', 'cold build', 'peak memory (process tree)', 'packages'], rows),
    '',
    `Budgets: full course ≤ ${BENCH_BUDGETS.fullBuildMs / 1000} s; the 10× course ≤ ${BENCH_BUDGETS.tenfoldGrowthRatio}× the 1× time and memory. Chart: \`growth.svg\`.`,
    '',
    '![Build time and memory against course size](growth.svg)',
    '',
  ];
}

function methodSection(result: BenchResult): string[] {
  return [
    '## How this was measured',
    '',
    `- Packages unzipped and served by the bench’s own server on 127.0.0.1 (a free port) from \`/lms/bench/cursus 1/pakket-é/<package>/\`, \`cache-control: no-store\`. Chromium (${result.environment.chromium}) through Playwright, viewport 1280×800, CPU slowed ${result.settings.cpuSlowdown}× with \`Emulation.setCPUThrottlingRate\`. Each page load is a new browser context (empty cache). A stub LMS API on the page’s window answers a first launch, so the SCORM adapter loads as in an LMS without timing an LMS runtime.`,
    `- ${result.settings.runs} runs; each run loads every page once (floor included), each run starting one step further along the list. Timings are medians; ratios are median ÷ the floor’s median.`,
    '- **Text visible**: the h1 painted, from Element Timing (the probe sets `elementtiming` on every h1 as it is inserted); first contentful paint where Element Timing reports nothing.',
    '- **First question usable**: an in-page MutationObserver finds the first radio button or checkbox inside a question (`fieldset.question`); once the text is visible and that control is present and enabled, the probe scrolls it into view and the bench sends a real mouse click at its centre (Playwright, CDP input). Usable = the first frame after its `change` event (the radio checked on screen), from navigation start. “Click waited” is pointerdown time stamp → `change` handler: how long the click queued behind the main thread. A click a layout shift made miss is repeated after 1.5 s. After hydration the bench checks the answer is still checked.',
    '- **Long tasks / TBT**: `longtask` entries from navigation start until the page is quiet (islands hydrated, no request and no long task for 300 ms); TBT is the sum of each long task’s time beyond 50 ms after first contentful paint.',
    '- **Next lesson**: after the lesson’s load, a click on the `rel=next` "Volgende" link; from the click event’s time stamp to the next lesson’s h1 painted (Element Timing; the first frame after the router inserted it where Element Timing gives nothing). "Requested again" lists files this move fetched that the launch had already fetched. The floor’s page load is a full load of its next page (`les-2.html`) in a new context, navigation start to h1 painted: Chromium drops CPU throttling when a click loads a new document into a new renderer process (ChromeDevTools/devtools-protocol#174), so a click on a plain link would be timed unthrottled.',
    '- **Bytes**: files the page requested, read from the unpacked package; gzip level 9 per file. Inline scripts counted with the page’s JS.',
    '- **Builds**: `astro build` from cold (a fresh `OOV_CACHE_DIR`), wall time, and the peak of VmRSS summed over the build process and all its descendants, sampled from /proc every 100 ms. Synthetic courses: every real module copied N times with unique ids (tests/bench/synthetic-course.ts), built from a temporary folder with `OOV_CONTENT_DIR` and `--outDir`, then deleted.',
    '',
  ];
}

function runsSection(result: BenchResult): string[] {
  const line = (name: string, values: Array<number | null | undefined>) => `| ${name} | ${values.map((value) => (value == null ? 'n/a' : String(Math.round(value)))).join(' · ')} |`;
  const rows = [line('floor: text visible', result.floor.runs.map((run) => run.textVisibleMs)), line('floor: page load', result.floor.nextPageRuns.map((run) => run.textVisibleMs))];
  for (const summary of result.pages) {
    rows.push(line(`${summary.page.packageName} ${summary.page.role}: text`, summary.runs.map((run) => run.textVisibleMs)));
    if (summary.page.kind !== 'launch') rows.push(line(`… first question usable`, summary.runs.map((run) => run.questionUsableMs)));
    if (summary.next) rows.push(line(`… next lesson`, summary.runs.map((run) => run.next?.ms)));
  }
  return ['<details><summary>Every run (ms)</summary>', '', '| measure | runs |', '| --- | --- |', ...rows, '', '</details>', ''];
}

/** ✓ when every budgeted figure of the page is within budget, else the figures that are over. */
function pageMarks(summary: PageSummary, findings: Finding[]): string {
  const subject = `${summary.page.packageName}: ${summary.page.role}`;
  const over = findings.filter((finding) => finding.subject === subject && finding.isOver);
  return over.length ? `✗ ${over.map((finding) => finding.measure).join('; ')}` : '✓';
}

/** How far over: a share of the budget, or a count for a budget of zero. */
function excess(finding: Finding): string {
  return finding.limit === 0 ? `+${finding.amount}` : `+${Math.round((finding.amount / finding.limit - 1) * 100)} %`;
}

function mark(isWithin: boolean): string {
  return isWithin ? '✓' : '✗ over';
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`)].join('\n');
}
