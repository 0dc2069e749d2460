import { navigate } from 'astro:transitions/client';
import { nl } from '../i18n/nl.ts';
import { getTracker, readModuleInfo } from './session.ts';
import type { Tracker } from './tracker.ts';

/**
 * Page-level tracking for module pages: marks lessons visited, keeps progress marks and the
 * save notice current, and takes a returning learner to the bookmark once per launch.
 * Astro's router fires `astro:page-load` after the first load and after every lesson swap.
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
    const href = readModuleInfo().lessonHrefs[bookmark];
    if (href) {
      const title = readModuleInfo().lessonTitles?.[bookmark] ?? bookmark;
      showNotice(nl.resumed(title));
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
      mark.textContent = check.isPassed ? nl.checkPassed(check.raw, check.max) : nl.checkFailed(check.raw, check.max);
      mark.dataset['state'] = check.isPassed ? 'passed' : 'failed';
    } else if (visitedLessonIds.includes(id)) {
      mark.textContent = nl.visited;
      mark.dataset['state'] = 'visited';
    }
  }
  if (tracker.saveState === 'delayed' && lastSaveState !== 'delayed') showNotice(nl.saveDelayed, true);
  if (tracker.saveState === 'saved' && lastSaveState === 'delayed') showNotice(nl.saveRecovered);
  if (tracker.saveState !== 'saving') lastSaveState = tracker.saveState;
  const noLms = document.getElementById('geen-lms');
  if (noLms) noLms.hidden = tracker.lmsKind !== 'no-lms';
}

function showNotice(text: string, isWarning = false): void {
  const notice = document.getElementById('opslagmelding');
  if (!notice) return;
  notice.textContent = text;
  notice.dataset['warning'] = String(isWarning);
}
