import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { classifyScripts, gzipBytes, totalsByOwner, type CodeOwner, type ScriptShare } from './js-split.ts';
import type { LoadedFile, PageMeasurement } from './measure-page.ts';
import type { BenchPage } from './page-targets.ts';
import { median, type PageRuns } from './run-pages.ts';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageSummary {
  page: BenchPage;
  /** Every script the page ran: files it loaded and inline scripts. */
  js: Bytes & { inlineGzip: number };
  css: Bytes;
  split: Record<CodeOwner, Bytes>;
  shares: ScriptShare[];
  textVisibleMs: number | null;
  firstContentfulPaintMs: number | null;
  questionUsableMs: number | null;
  clickDelayMs: number | null;
  longTasks: number | null;
  longestTaskMs: number | null;
  totalBlockingMs: number | null;
  control: string | null;
  /** Runs in which the early answer was gone after hydration. */
  answersLost: number;
  /** Runs that needed more than one click (a layout shift moved the radio). */
  repeatedClicks: number;
  next: NextSummary | null;
  runs: PageMeasurement[];
}

export interface NextSummary {
  ms: number | null;
  methods: string[];
  files: LoadedFile[];
  repeated: string[];
  js: Bytes;
  totalBlockingMs: number | null;
}

/** Medians of the timings; bytes from the run that loaded the most (runs normally agree). */
export async function summarisePage(packagesDir: string, { page, runs }: PageRuns): Promise<PageSummary> {
  const dir = join(packagesDir, page.packageName);
  const html = await readFile(join(dir, page.file), 'utf8');
  const largest = [...runs].sort((a, b) => scriptFiles(b.files).length - scriptFiles(a.files).length)[0]!;
  const scripts = await Promise.all(scriptFiles(largest.files).map(async (file) => ({ file, data: new Uint8Array(await readFile(join(dir, file))) })));
  const shares = classifyScripts(html, scripts);
  const css = await bytesOf(dir, largest.files.filter((loaded) => loaded.type === 'stylesheet').map((loaded) => loaded.file));
  const inline = shares.filter((share) => share.name.startsWith('inline'));
  const next = runs.some((run) => run.next) ? await summariseNext(dir, runs) : null;
  return {
    page,
    js: { raw: sum(shares.map((share) => share.raw)), gzip: sum(shares.map((share) => share.gzip)), inlineGzip: sum(inline.map((share) => share.gzip)) },
    css,
    split: totalsByOwner(shares),
    shares,
    textVisibleMs: median(runs.map((run) => run.textVisibleMs)),
    firstContentfulPaintMs: median(runs.map((run) => run.firstContentfulPaintMs)),
    questionUsableMs: median(runs.map((run) => run.questionUsableMs)),
    clickDelayMs: median(runs.map((run) => run.clickDelayMs)),
    longTasks: median(runs.map((run) => run.longTasks)),
    longestTaskMs: median(runs.map((run) => run.longestTaskMs)),
    totalBlockingMs: median(runs.map((run) => run.totalBlockingMs)),
    control: runs.find((run) => run.control)?.control ?? null,
    answersLost: runs.filter((run) => run.isAnswerKept === false).length,
    repeatedClicks: runs.filter((run) => run.clicks > 1).length,
    next,
    runs,
  };
}

async function summariseNext(dir: string, runs: PageMeasurement[]): Promise<NextSummary> {
  const moves = runs.map((run) => run.next).filter((move) => move !== undefined);
  const widest = [...moves].sort((a, b) => b.files.length - a.files.length)[0]!;
  return {
    ms: median(moves.map((move) => move.ms)),
    methods: [...new Set(moves.map((move) => move.method))],
    files: widest.files,
    repeated: [...new Set(moves.flatMap((move) => move.repeated))],
    js: await bytesOf(dir, scriptFiles(widest.files)),
    totalBlockingMs: median(moves.map((move) => move.totalBlockingMs)),
  };
}

function scriptFiles(files: LoadedFile[]): string[] {
  return [...new Set(files.filter((loaded) => loaded.type === 'script').map((loaded) => loaded.file))];
}

async function bytesOf(dir: string, files: string[]): Promise<Bytes> {
  const data = await Promise.all([...new Set(files)].map((file) => readFile(join(dir, file))));
  return { raw: sum(data.map((bytes) => bytes.byteLength)), gzip: sum(data.map((bytes) => gzipBytes(bytes))) };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
