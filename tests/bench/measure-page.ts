import type { Browser, Page } from '@playwright/test';
import type { BenchServer } from './bench-server.ts';
import { PACKAGE_PATH } from './bench-server.ts';
import { installLmsStub, type StubVersion } from './lms-stub.ts';
import { installPageProbe, type ProbeState, type ProbeWindow } from './page-probe.ts';

export type PageKind = 'launch' | 'lesson' | 'check' | 'floor';

export interface PageTarget {
  packageName: string;
  /** File at the package root, e.g. `m1-drie-manieren--02-new-public-management.html`. */
  file: string;
  kind: PageKind;
  /** The LMS API the page finds; none for the floor, which does not look. */
  lms: StubVersion | null;
  /** Also time the move to the next page through its "Volgende" link; `title` is that page's h1. */
  next?: { file: string; title: string };
}

/** A file the page requested, relative to the package root. */
export interface LoadedFile {
  file: string;
  type: string;
}

export interface PageMeasurement {
  /** The h1 painted (Element Timing), or first contentful paint where Element Timing gave nothing. */
  textVisibleMs: number | null;
  firstContentfulPaintMs: number | null;
  /** The first question's radio button checked on screen after a real click, from navigation start. */
  questionUsableMs: number | null;
  /** From the pointerdown's time stamp to its `change` handler: how long the click waited for the main thread. */
  clickDelayMs: number | null;
  control: string | null;
  clicks: number;
  /** The radio is still checked after its island hydrated (hydration must not drop an early answer). */
  isAnswerKept: boolean | null;
  longTasks: number;
  longestTaskMs: number;
  /** Sum over long tasks after first contentful paint of the part over 50 ms, until the page is quiet. */
  totalBlockingMs: number;
  files: LoadedFile[];
  next?: NextPageMeasurement;
}

export interface NextPageMeasurement {
  /** From the click's time stamp until the next page's h1 is painted. */
  ms: number | null;
  method: 'element timing' | 'first frame' | 'none';
  files: LoadedFile[];
  /** Files this move requested that the launch had already requested. */
  repeated: string[];
  totalBlockingMs: number;
}

export interface MeasureOptions {
  cpuSlowdown: number;
  /** Give up waiting for a quiet page after this long. */
  timeoutMs?: number;
}

const QUIET_MS = 300;
const POLL_MS = 100;
const BLOCKING_THRESHOLD_MS = 50;

/** One cold load of one page: a new browser context (empty cache), CPU slowed over CDP. */
export async function measurePage(browser: Browser, server: BenchServer, target: PageTarget, { cpuSlowdown, timeoutMs = 20_000 }: MeasureOptions): Promise<PageMeasurement> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const notes = new Map<string, number>();
    await context.exposeBinding('__benchClick', async ({ page }, x: number, y: number) => page.mouse.click(x, y));
    await context.exposeBinding('__benchNote', (_source, kind: string, epochMs: number) => void notes.set(kind, epochMs));
    if (target.lms) await context.addInitScript(installLmsStub, target.lms);
    await context.addInitScript(installPageProbe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const network = trackNetwork(page, server, target.packageName);

    await page.goto(server.urlOf(target.packageName, target.file), { waitUntil: 'load' });
    const probe = await waitUntilQuiet(page, network, timeoutMs, (state, islandsLeft) => {
      const hasText = state.firstContentfulPaint !== null;
      const isAnswered = state.control.answeredAt !== null || (state.control.description === null && state.loadEventAt !== null);
      return hasText && isAnswered && islandsLeft === 0;
    });
    const isAnswerKept = probe.control.answeredAt === null ? null : await page.evaluate(() => document.querySelector<HTMLInputElement>('[data-bench-control]')?.checked === true);
    const measurement = summariseLoad(probe, network.files(), isAnswerKept);
    if (target.next) measurement.next = await measureNextPage(page, network, notes, target.next, timeoutMs);
    return measurement;
  } finally {
    await context.close();
  }
}

function summariseLoad(probe: ProbeState, files: LoadedFile[], isAnswerKept: boolean | null): PageMeasurement {
  const fcp = probe.firstContentfulPaint;
  const heading = probe.headings[0];
  const { control } = probe;
  return {
    textVisibleMs: heading?.paintAt ?? fcp,
    firstContentfulPaintMs: fcp,
    questionUsableMs: control.answeredAt,
    clickDelayMs: control.changedAt !== null && control.pointerDownAt !== null ? control.changedAt - control.pointerDownAt : null,
    control: control.description,
    clicks: control.clicks,
    isAnswerKept,
    longTasks: probe.longTasks.length,
    longestTaskMs: Math.max(0, ...probe.longTasks.map((task) => task.duration)),
    totalBlockingMs: blockingTime(probe.longTasks, fcp ?? 0),
    files,
  };
}

async function measureNextPage(page: Page, network: NetworkLog, notes: Map<string, number>, next: { file: string; title: string }, timeoutMs: number): Promise<NextPageMeasurement> {
  const before = new Set(network.files().map((loaded) => loaded.file));
  const requestsBefore = network.files().length;
  const pageLoadsBefore = (await readProbe(page)).pageLoads.length;
  await page.locator('a[rel=next]').first().click();
  const probe = await waitUntilQuiet(page, network, timeoutMs, (state) => {
    const heading = state.headings.find((candidate) => candidate.text === next.title);
    const isSwapDone = state.pageLoads.length > pageLoadsBefore || (state.pageLoads.length === 0 && state.loadEventAt !== null);
    return Boolean(heading && (heading.paintAt !== null || heading.frameAt !== null) && isSwapDone);
  });
  const clickedAt = notes.get('next-click');
  const heading = probe.headings.find((candidate) => candidate.text === next.title);
  const shownAt = heading?.paintAt ?? heading?.frameAt ?? null;
  const files = network.files().slice(requestsBefore);
  const clickOnPageClock = clickedAt === undefined ? 0 : clickedAt - probe.timeOrigin;
  return {
    ms: clickedAt === undefined || shownAt === null ? null : probe.timeOrigin + shownAt - clickedAt,
    method: heading?.paintAt != null ? 'element timing' : heading?.frameAt != null ? 'first frame' : 'none',
    files,
    repeated: files.map((loaded) => loaded.file).filter((file) => before.has(file)),
    totalBlockingMs: blockingTime(probe.longTasks.filter((task) => task.start >= clickOnPageClock), clickOnPageClock),
  };
}

/** Total blocking time as Lighthouse counts it: each long task's time beyond 50 ms, from `from` on. */
export function blockingTime(tasks: ProbeState['longTasks'], from: number): number {
  return tasks.filter((task) => task.start + task.duration > from).reduce((sum, task) => sum + Math.max(0, task.duration - BLOCKING_THRESHOLD_MS), 0);
}

interface NetworkLog {
  files: () => LoadedFile[];
  isQuietFor: (ms: number) => boolean;
}

/** Every request of the page, and whether the network has been idle for a while. */
function trackNetwork(page: Page, server: BenchServer, packageName: string): NetworkLog {
  const files: LoadedFile[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const prefix = `${PACKAGE_PATH}${packageName}/`;
  page.on('request', (request) => {
    inFlight += 1;
    lastActivity = Date.now();
    const url = new URL(request.url());
    if (url.origin !== server.origin) return;
    const path = decodeURIComponent(url.pathname);
    files.push({ file: path.startsWith(prefix) ? path.slice(prefix.length) : path, type: request.resourceType() });
  });
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  return { files: () => [...files], isQuietFor: (ms) => inFlight === 0 && Date.now() - lastActivity >= ms };
}

async function readProbe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => (window as ProbeWindow).__benchProbe!);
}

/**
 * Polls (every 100 ms, one small evaluate) until `isDone`, no request for 300 ms and no long
 * task in the last 300 ms: then every script the page loads on its own has run.
 */
async function waitUntilQuiet(page: Page, network: NetworkLog, timeoutMs: number, isDone: (state: ProbeState, islandsLeft: number) => boolean): Promise<ProbeState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const read = await page
      .evaluate(() => ({ state: (window as ProbeWindow).__benchProbe, now: performance.now(), islandsLeft: document.querySelectorAll('astro-island[ssr]').length }))
      .catch(() => null); // a full page load replaced the document mid-call
    if (read?.state) {
      const lastTaskEnd = Math.max(0, ...read.state.longTasks.map((task) => task.start + task.duration));
      const isQuiet = network.isQuietFor(QUIET_MS) && read.now - lastTaskEnd >= QUIET_MS;
      if ((isQuiet && isDone(read.state, read.islandsLeft)) || Date.now() > deadline) return read.state;
    }
    if (Date.now() > deadline + 5_000) throw new Error(`${page.url()}: the page never answered the bench's probe`);
    await page.waitForTimeout(POLL_MS);
  }
}
