import { decodeLocation } from '../../../learning/saved-state.ts';
import type { CmiSummary, InteractionRow } from './cmi-reading.ts';
import { code, el, facts, table } from './dom.ts';
import type { CourseIds } from './launch-info.ts';

/** The data-model values and the bookmark in words. */
export function renderCmiValues(summary: CmiSummary, course: CourseIds | null): HTMLElement {
  return el('div', {}, facts(summary.values), renderBookmark(summary.location, course));
}

/** The course's bookmark is "lessonId#place" (src/learning/saved-state.ts, encodeLocation). */
function renderBookmark(location: string, course: CourseIds | null): HTMLElement | null {
  if (!location || !course) return null;
  const { location: lessonId, place } = decodeLocation(location);
  const title = course.lessonTitles?.[lessonId];
  return el('p', { class: 'bookmark' }, 'Bookmark: lesson ', code(lessonId), title ? ` (${title})` : '', place ? el('span', {}, ', at ', code(place)) : '');
}

export function renderInteractions(rows: InteractionRow[]): HTMLElement {
  if (rows.length === 0) return el('p', { class: 'empty' }, 'None recorded.');
  return table(
    `cmi.interactions (${rows.length})`,
    ['n', 'Id', 'Type', 'Response', 'Correct pattern', 'Result', 'Time'],
    rows.map((row) => [row.index, code(row.id), row.type, row.response, row.correctPattern, resultOf(row.result), row.time]),
    'interactions',
  );
}

/** 1.2 writes correct/wrong, 2004 correct/incorrect; both may write neutral or a number. */
function resultOf(result: string): HTMLElement | string {
  if (result === 'correct') return el('span', { class: 'verdict right' }, '✓ correct');
  if (result === 'wrong' || result === 'incorrect') return el('span', { class: 'verdict wrong' }, `✗ ${result}`);
  return result;
}
