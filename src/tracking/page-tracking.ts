import { navigate } from 'astro:transitions/client';
import { getTracker, readModuleInfo } from './session.ts';
import type { Tracker } from './tracker.ts';

/**
 * Page-level tracking for module pages: marks lessons visited, keeps progress marks and the
 * save notice current, and takes a returning learner to the bookmark once per launch.
 * Astro's router fires `astro:page-load` after the first load and after every lesson swap.
 * The Dutch texts come from data-text-* attributes that the pages render from src/i18n/nl.ts,
 * so pages without islands do not download the interface strings.
 */
let hasResumed = false;
let unsubscribe: (() => void) | undefined;

document.addEventListener('astro:page-load', () => {
  if (!document.getElementById('oov-module')) return;
  void getTracker().then(onModulePage);
});

function onModulePage(tracker: Tracker): void {
  const { dataset } = document.body;
  const shouldResume = !hasResumed && dataset['pageKind'] === 'overview';
  hasResumed = true;
  const bookmark = tracker.getState().location;
  if (shouldResume && bookmark) {
    const { lessonHrefs, lessonTitles } = readModuleInfo();
    const href = lessonHrefs[bookmark];
    if (href) {
      const title = lessonTitles?.[bookmark] ?? bookmark;
      showNotice('resumed', false, { title });
      void navigate(href);
      return;
    }
  }
  if (dataset['pageKind'] === 'lesson' && dataset['pageId']) tracker.visitLesson(dataset['pageId']);
  unsubscribe?.();
  unsubscribe = tracker.subscribe(() => renderTrackerState(tracker));
  renderTrackerState(tracker);
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
  if (tracker.saveState === 'delayed' && lastSaveState !== 'delayed') showNotice('delayed', true);
  if (tracker.saveState === 'saved' && lastSaveState === 'delayed') showNotice('recovered');
  if (tracker.saveState !== 'saving') lastSaveState = tracker.saveState;
  const noLms = document.getElementById('geen-lms');
  if (noLms) noLms.hidden = tracker.lmsKind !== 'no-lms';
  // Inside a frame the learner expects an LMS: say plainly that progress stays in this browser.
  if (tracker.lmsKind === 'no-lms' && window.parent !== window) showNotice('noLms', true);
}

/** Good news is read out and then cleared, so it does not keep a strip of a phone screen; warnings stay. */
const GOOD_NEWS_SHOWN_MS = 10_000;
let clearTimer: ReturnType<typeof setTimeout> | undefined;

function showNotice(kind: 'resumed' | 'delayed' | 'recovered' | 'noLms', isWarning = false, values: Record<string, string> = {}): void {
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
