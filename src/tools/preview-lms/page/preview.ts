import { createCallLog } from './call-log.ts';
import { summariseCmi } from './cmi-reading.ts';
import { freshSeed, resumeSeed, type KeptData } from './cmi-seed.ts';
import { renderCmiValues, renderInteractions } from './cmi-view.ts';
import { byId, code, el, facts } from './dom.ts';
import type { LaunchInfo, ScoLaunch } from './launch-info.ts';
import { startSession, type ApiCall, type LmsSession } from './lms-session.ts';
import { renderSuspendData } from './suspend-data-view.ts';
import { createToc } from './toc-view.ts';

type LaunchKind = 'new attempt' | 'resume';

const launch = (await (await fetch('/preview/launch.json', { cache: 'no-store' })).json()) as LaunchInfo;
const isMultiSco = launch.scos.length > 1;
const [initializeName, terminateName] = launch.version === '1.2' ? ['LMSInitialize', 'LMSFinish'] : ['Initialize', 'Terminate'];
const status = byId('session-status');
const logScroller = byId('call-log-scroller');
const callLog = createCallLog(byId<HTMLTableSectionElement>('call-log-body'), byId('call-log-count'));
let session: LmsSession | null = null;
// What the LMS keeps, per SCO: an LMS holds a data model for each SCO of a package.
const keptBySco = new Map<string, KeptData | null>();
let sco: ScoLaunch = launch.scos[0]!;
let kept: KeptData | null = null;
let sessionCount = 0;
let lastRendered = '';

const toc = isMultiSco ? createToc(byId('toc-list'), launch, (chosen) => void chooseSco(chosen)) : null;
byId('toc').hidden = !isMultiSco;
describeLaunch();
wireButtons();
await launchSession('new attempt');

function describeLaunch(): void {
  byId('package-title').textContent = launch.title || launch.zipName;
  byId('launch-facts').replaceChildren(
    facts([
      ['Package', code(launch.zipName)],
      ['SCORM version', `${launch.version} (schemaversion "${launch.schemaVersion}"), API on window.${launch.version === '1.2' ? 'API' : 'API_1484_11'}`],
      ...(isMultiSco ? [['SCO', sco.title] as [string, string]] : []),
      ['Launch page', code(sco.launchPath)],
      ['Pass mark seeded', passMarkText(sco)],
    ]),
  );
}

function passMarkText(each: ScoLaunch): string {
  const { value, source } = each.passMark;
  return value === null ? 'none' : `${value}% (${source === 'manifest' ? 'from imsmanifest.xml' : 'from --pass-mark'})`;
}

/** Choosing a SCO in the table of contents leaves the one that runs and launches it as an LMS does: with what it kept for that SCO. */
async function chooseSco(chosen: ScoLaunch): Promise<void> {
  if (session?.isCourseOpen()) await leaveCourse();
  sco = chosen;
  kept = keptBySco.get(sco.id) ?? null;
  await launchSession('resume');
}

function wireButtons(): void {
  byId('leave').addEventListener('click', () => void leaveCourse());
  byId('relaunch').addEventListener('click', () => void launchSession('resume'));
  byId('new-attempt').addEventListener('click', () => void launchSession('new attempt'));
  byId<HTMLInputElement>('errors-only').addEventListener('change', (event) => callLog.setErrorsOnly((event.target as HTMLInputElement).checked));
}

async function launchSession(kind: LaunchKind): Promise<void> {
  if (session?.isCourseOpen()) await leaveCourse();
  if (kind === 'new attempt') kept = null;
  const isFirstLaunch = !keptBySco.has(sco.id);
  keptBySco.set(sco.id, kept);
  const passMark = sco.passMark.value;
  const seed = kind === 'resume' && kept ? resumeSeed(launch.version, kept, passMark) : freshSeed(launch.version, passMark);
  const entry = String((launch.version === '1.2' ? (seed['core'] as Record<string, unknown>)['entry'] : seed['entry']) ?? '');
  sessionCount += 1;
  const launched = sco;
  const what = isFirstLaunch
    ? `first launch, empty data, entry "${entry}"`
    : kind === 'resume' && !kept
      ? 'relaunch, but the LMS kept nothing (no Commit or Terminate succeeded): empty data'
      : `${kind === 'resume' ? 'relaunch with the saved data' : 'new attempt, empty data'}, entry "${entry}"`;
  const description = isMultiSco ? `${sco.title}, ${what}` : what;
  callLog.startSession(sessionCount, description);
  announce(`Session ${sessionCount} (${description}) started: waiting for ${initializeName}.`);
  session = startSession({
    number: sessionCount,
    version: launch.version,
    seed,
    launchUrl: encodeURI(sco.launchPath),
    frameHost: byId('course-host'),
    onCall: recordCall,
    onStored(data) {
      keptBySco.set(launched.id, data);
      if (sco.id === launched.id) kept = data;
      scheduleRender();
    },
  });
  lastRendered = '';
  describeLaunch();
  render();
}

async function leaveCourse(): Promise<void> {
  const current = session;
  if (!current?.isCourseOpen()) return announce('The course is not open. Relaunch it, or start a new attempt.');
  await current.leave();
  render();
  const exit = kept ? summariseCmi(launch.version, kept.cmi).exit : '';
  if (current.hasTerminated()) announce(`Course left: ${terminateName} arrived. The LMS keeps exit "${exit}"${exit === 'suspend' ? ', so a relaunch resumes' : ''}.`);
  else announce(`Course left, but no ${terminateName} arrived: an LMS keeps only what was committed${kept ? ` (last at ${kept.storedAt.toLocaleTimeString('en-GB')})` : ', which is nothing'}.`);
}

function recordCall(call: ApiCall): void {
  const isAtBottom = logScroller.scrollTop + logScroller.clientHeight >= logScroller.scrollHeight - 4;
  callLog.append(call);
  if (isAtBottom) logScroller.scrollTop = logScroller.scrollHeight;
  if (call.session === session?.number && call.name === initializeName) {
    announce(call.result === 'true' ? `Session ${call.session} running: ${initializeName} arrived.` : `${initializeName} failed with error ${call.errorCode}.`);
  }
  scheduleRender();
}

let renderTimer: ReturnType<typeof setTimeout> | null = null;

/** A session makes bursts of calls: draw the panel once per burst, not once per call. */
function scheduleRender(): void {
  renderTimer ??= setTimeout(() => {
    renderTimer = null;
    render();
  }, 30);
}

function render(): void {
  if (!session) return;
  const cmi = session.readCmi();
  const drawn = JSON.stringify([cmi, kept?.storedAt.getTime()]);
  if (drawn === lastRendered) return;
  lastRendered = drawn;
  toc?.update(sco.id, keptBySco);
  const summary = summariseCmi(launch.version, cmi);
  byId('cmi-values').replaceChildren(renderCmiValues(summary, sco.course));
  keepingOpenDetails(byId('suspend-data'), () => renderSuspendData(summary.suspendData, launch.version, sco.course));
  byId('interactions').replaceChildren(renderInteractions(summary.interactions));
  byId('kept').replaceChildren(
    kept ? el('span', {}, `Last stored by ${kept.storedBy} at ${kept.storedAt.toLocaleTimeString('en-GB')}: a relaunch starts from that.`) : el('span', {}, 'Nothing yet: the course has not committed in this attempt.'),
  );
}

/** Re-rendering must not close the raw view an administrator opened. */
function keepingOpenDetails(container: HTMLElement, render: () => HTMLElement): void {
  const open = new Set([...container.querySelectorAll('details[open] > summary')].map((summary) => summary.textContent));
  container.replaceChildren(render());
  for (const summary of container.querySelectorAll('details > summary')) if (open.has(summary.textContent)) summary.parentElement!.setAttribute('open', '');
}

function announce(message: string): void {
  status.textContent = message;
}
