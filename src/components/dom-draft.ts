import type { Question } from '../schemas/quiz.ts';
import { withPair } from '../learning/grading.ts';

/**
 * What the learner did in a question's server-rendered controls before the island hydrated, as
 * a draft (the form of AnswerEvent.response). React keeps the DOM's values while it hydrates but
 * does not know them; the island adopts this draft so its first render keeps them instead of
 * wiping them. Controls mark their part: `data-draft` (a choice), `data-pair` (a statement's
 * bucket), `data-source` (a matching list), `data-text` (typed text).
 */
export function readDomDraft(fieldset: Element, question: Question): string[] | null {
  const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input[data-draft]')].filter((input) => input.checked).map((input) => input.dataset['draft']!);
  switch (question.type) {
    case 'single':
    case 'truefalse':
      return checked.length ? [checked[0]!] : null;
    case 'multiple':
      return checked.length ? question.options.map((option) => option.id).filter((id) => checked.includes(id)) : null;
    case 'categorise': {
      const ids = question.statements.map((statement) => statement.id);
      const pairs = [...fieldset.querySelectorAll<HTMLInputElement>('input[data-pair]')].filter((input) => input.checked).map((input) => input.dataset['pair']!);
      return pairs.length ? pairs.reduce<string[]>((draft, pair) => withPair(draft, ids, pair.split('.')[0]!, pair.split('.')[1]!), []) : null;
    }
    case 'matching': {
      const ids = question.pairs.map((pair) => pair.id);
      const draft = [...fieldset.querySelectorAll<HTMLSelectElement>('select[data-source]')].reduce<string[]>((soFar, select) => withPair(soFar, ids, select.dataset['source']!, select.value), []);
      return draft.length ? draft : null;
    }
    case 'fillin':
    case 'reflection': {
      const field = fieldset.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-text]');
      return field && field.value ? [field.value] : null;
    }
    case 'ordering':
      return null;
  }
}
