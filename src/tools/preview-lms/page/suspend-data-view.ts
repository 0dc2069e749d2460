import { decodeSavedState } from '../../../learning/saved-state.ts';
import { code, el, facts, table } from './dom.ts';
import type { CourseIds, ScormVersion } from './launch-info.ts';

/** SCORM 1.2 types cmi.suspend_data as CMIString4096; SCORM 2004 4th Edition allows 64000 characters. */
const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/**
 * cmi.suspend_data decoded with the course's own decoder (src/learning/saved-state.ts), so the
 * panel shows exactly what a resume would restore, and what it would drop.
 */
export function renderSuspendData(text: string, version: ScormVersion, course: CourseIds | null): HTMLElement {
  const size = el('p', {}, `${text.length} of ${SUSPEND_DATA_LIMIT[version]} characters.`);
  if (text === '') return el('div', {}, el('p', { class: 'empty' }, 'Empty: nothing saved yet.'));
  // Open when it is all there is to show.
  const raw = el('details', course ? {} : { open: '' }, el('summary', {}, 'Raw cmi.suspend_data'), el('pre', {}, text));
  if (!course) return el('div', {}, size, el('p', {}, 'Not an OOV Leermodule package: its suspend data is shown as text only.'), raw);
  const { state, dropped } = decodeSavedState(text, course);
  const lessonTitle = (id: string) => course.lessonTitles?.[id];
  const answers = Object.entries(state.answers);
  const paths = Object.entries(state.scenarioPaths);
  const retries = Object.entries(state.retriesUsed);
  return el(
    'div',
    {},
    size,
    el('h3', {}, 'Visited lessons'),
    state.visitedLessonIds.length
      ? el('ol', {}, ...state.visitedLessonIds.map((id) => el('li', {}, code(id), lessonTitle(id) ? ` ${lessonTitle(id)}` : '')))
      : el('p', { class: 'empty' }, 'None.'),
    el('h3', {}, 'Answers'),
    answers.length
      ? table(
          `Checked answers by question id (${answers.length})`,
          ['Question id', 'Result', 'Response'],
          answers.map(([id, answer]) => [code(id), verdict(answer.isCorrect), answer.response.join(', ')]),
        )
      : el('p', { class: 'empty' }, 'None.'),
    el('h3', {}, 'Knowledge check'),
    state.check
      ? facts([
          ['Best complete attempt', `${state.check.raw} of ${state.check.max} right`],
          ['Passed', state.check.isPassed ? `yes${state.check.passedOn ? `, on ${state.check.passedOn}` : ''}` : 'no'],
          ['Objectives without a right answer', state.check.weakObjectives.join(', ')],
        ])
      : el('p', { class: 'empty' }, 'No complete attempt yet.'),
    facts([
      ['Attempt in progress', String(state.attempt)],
      ['Seed for drawing questions', state.seed],
    ]),
    el('h3', {}, 'Scenario paths'),
    paths.length
      ? table('Choices taken per scenario', ['Scenario id', 'Choices, in order'], paths.map(([id, path]) => [code(id), path.join(' → ')]))
      : el('p', { class: 'empty' }, 'None.'),
    retries.length ? table('Retries used per practice question', ['Question id', 'Retries'], retries.map(([id, used]) => [code(id), String(used)])) : null,
    dropped.length ? el('div', { class: 'warning' }, el('h3', {}, 'Dropped on resume'), el('p', {}, 'The course would ignore these: the module no longer has them, or they do not decode.'), el('ul', {}, ...dropped.map((item) => el('li', {}, item)))) : null,
    raw,
  );
}

/** Words and a symbol, never colour alone. */
function verdict(isCorrect: boolean | null): HTMLElement {
  if (isCorrect === null) return el('span', { class: 'verdict ungraded' }, '– ungraded');
  return isCorrect ? el('span', { class: 'verdict right' }, '✓ right') : el('span', { class: 'verdict wrong' }, '✗ wrong');
}
