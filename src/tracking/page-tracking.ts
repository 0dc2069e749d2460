import { navigate } from 'astro:transitions/client';
import { getTracker, readModuleInfo } from './session.ts';
import type { Tracker } from './tracker.ts';

/**
 * Page-level tracking for module pages: marks lessons visited, remembers which quiz or scenario
 * the learner works in, keeps progress marks, pass-mark texts and the save notice current, and
 * takes a returning learner to the bookmark (lesson and place) once per launch. Astro's router
 * fires `astro:page-load` after the first load and after every lesson swap. The Dutch texts come
 * from data-text-* attributes that the pages render from src/i18n/nl.ts, so pages without
 * islands do not download the interface strings.
 */
let hasResumed = false;
let unsubscribe: (() => void) | undefined;

document.addEventListener('astro:page-load', () => {
  if (!document.getElementById('oov-module')) return;
  void getTracker().then(onModulePage);
});

// The place is where the learner last worked: a quiz or scenario they moved into.
document.addEventListener('focusin', (event) => {
  const island = (event.target as Element | null)?.closest?.<HTMLElement>('[data-island-id]');
  if (island && document.getElementById('oov-module')) void getTracker().then((tracker) => tracker.setPlace(island.dataset['islandId']!));
});

function onModulePage(tracker: Tracker): void {
  const { dataset } = document.body;
  const isFirstPage = !hasResumed;
  hasResumed = true;
  const { location: bookmark, place } = tracker.getState();
  if (isFirstPage && dataset['pageKind'] === 'overview' && bookmark) {
    const { lessonHrefs, lessonTitles } = readModuleInfo();
    const href = lessonHrefs[bookmark];
    if (href) {
      showNotice('resumed', false, { title: lessonTitles?.[bookmark] ?? bookmark });
      pendingPlace = place;
      void navigate(href);
      return;
    }
  }
  if (dataset['pageKind'] === 'lesson' && dataset['pageId']) tracker.visitLesson(dataset['pageId']);
  if (pendingPlace) goToPlace(pendingPlace);
  pendingPlace = '';
  unsubscribe?.();
  unsubscribe = tracker.subscribe(() => renderTrackerState(tracker));
  renderTrackerState(tracker);
  if (tracker.mode !== 'normal') showNotice('review', true);
}

let pendingPlace = '';

/** Scrolls to the quiz or scenario the learner left and moves focus to its heading, so a screen reader starts there. */
function goToPlace(islandId: string): void {
  const island = document.querySelector<HTMLElement>(`[data-island-id="${CSS.escape(islandId)}"]`);
  const heading = island?.querySelector<HTMLElement>('h2');
  if (!island || !heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  island.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

let lastSaveState = 'saved';

function renderTrackerState(tracker: Tracker): void {
  const { visitedLessonIds, check } = tracker.getState();
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-for]')) {
    const id = mark.dataset['progressFor']!;
    if (mark.dataset['isCheck'] !== undefined && check) {
      mark.textContent = fill(mark.dataset[check.isPassed ? 'textPassed' : 'textFailed'], { raw: check.raw, max: check.max });
      mark.dataset['state'] = check.isPassed ? 'passed' : 'failed';
    } else if (visitedLessonIds.includes(id)) {
      mark.textContent = fill(mark.dataset['textVisited'], {});
      mark.dataset['state'] = 'visited';
    }
  }
  // Texts that name the pass mark say the one in force: an LMS may set its own.
  for (const element of document.querySelectorAll<HTMLElement>('[data-pass-mark-text]')) {
    element.textContent = fill(element.dataset['passMarkText'], { mark: tracker.passMark });
  }
  renderModuleStatus(tracker);
  renderModuleProgress(tracker);
  renderReturnLink(tracker);
  if (tracker.saveState === 'delayed' && lastSaveState !== 'delayed') showNotice('delayed', true);
  if (tracker.saveState === 'saved' && lastSaveState === 'delayed') showNotice('recovered');
  if (tracker.saveState !== 'saving') lastSaveState = tracker.saveState;
  const noLms = document.getElementById('geen-lms');
  if (noLms) noLms.hidden = tracker.lmsKind !== 'no-lms';
  // Inside a frame the learner expects an LMS: say plainly that progress stays in this browser.
  if (document.documentElement.dataset['lmsUnreachable']) showNotice('noAccess', true);
  else if (tracker.lmsKind === 'no-lms' && window.parent !== window) showNotice('noLms', true);
}

/** The overview's status block: done (with score, day and what next), begun, or not begun. */
function renderModuleStatus(tracker: Tracker): void {
  const status = document.getElementById('module-status');
  if (!status) return;
  const { check, visitedLessonIds } = tracker.getState();
  const kind = check?.isPassed ? 'done' : visitedLessonIds.length ? 'begun' : 'new';
  status.dataset['status'] = kind;
  for (const part of status.querySelectorAll<HTMLElement>('[data-when]')) part.hidden = part.dataset['when'] !== kind;
  const day = status.querySelector<HTMLElement>('[data-passed-on]');
  if (day && check?.passedOn) {
    const [year, month, date] = check.passedOn.split('-').map(Number) as [number, number, number];
    day.textContent = new Date(year, month - 1, date).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  }
  const start = document.querySelector<HTMLAnchorElement>('[data-start-link]');
  const { location } = tracker.getState();
  if (start && kind !== 'new') {
    start.textContent = start.dataset[kind === 'done' ? 'textDone' : 'textBegun'] ?? start.textContent;
    const href = tracker.module.lessonHrefs[location];
    if (kind === 'begun' && href) start.href = href;
  }
  const score = status.querySelector<HTMLElement>('[data-score]');
  if (score && check) score.textContent = fill(score.dataset['score'], { raw: check.raw, max: check.max });
}

/**
 * An LMS that gives a return address (cmi5 returnURL, 10.2.6) expects the AU to end its session
 * and then take its window there: the link does that, after the last statements are handed over.
 */
function renderReturnLink(tracker: Tracker): void {
  const holder = document.getElementById('terug-naar-lms');
  const link = holder?.querySelector('a');
  if (!holder || !link || !tracker.returnUrl) return;
  link.href = tracker.returnUrl;
  holder.hidden = false;
  link.onclick = (event) => {
    event.preventDefault();
    const giveUp = new Promise((resolve) => setTimeout(resolve, RETURN_WAIT_MS));
    void Promise.race([tracker.end(), giveUp]).finally(() => location.assign(tracker.returnUrl));
  };
}

/** The learner clicked to leave: an LRS that does not answer must not keep them waiting long. */
const RETURN_WAIT_MS = 3000;

/** The progress indicator in the module bar: lessons visited out of all. */
function renderModuleProgress(tracker: Tracker): void {
  const indicator = document.querySelector<HTMLElement>('[data-module-progress]');
  if (!indicator) return;
  const total = tracker.module.lessonIds.length;
  const visited = tracker.getState().visitedLessonIds.length;
  const text = indicator.querySelector<HTMLElement>('[data-module-progress-text]');
  if (text) text.textContent = fill(indicator.dataset['text'], { visited, total });
  const bar = indicator.querySelector<HTMLProgressElement>('[data-module-progress-fill]');
  if (bar) bar.value = visited;
}

/** Good news is read out and then cleared, so it does not keep a strip of a phone screen; warnings stay. */
const GOOD_NEWS_SHOWN_MS = 10_000;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function showNotice(kind: 'resumed' | 'delayed' | 'recovered' | 'noLms' | 'noAccess' | 'review', isWarning = false, values: Record<string, string> = {}): void {
  const notice = document.getElementById('opslagmelding');
  if (!notice) return;
  const text = fill(notice.dataset[`text${kind[0]!.toUpperCase()}${kind.slice(1)}`], values);
  if (notice.textContent === text) return;
  clearTimeout(clearTimer);
  notice.textContent = text;
  notice.dataset['warning'] = String(isWarning);
  if (!isWarning) clearTimer = setTimeout(() => (notice.textContent = ''), GOOD_NEWS_SHOWN_MS);
}

function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
