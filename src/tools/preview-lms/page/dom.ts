/** A small element builder: the page renders tables and lists, never HTML strings, so LMS data cannot inject markup. */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the preview page has no #${id}`);
  return element as T;
}

/** A table with a caption and column headers; rows are lists of cells. */
export function table(caption: string, headers: string[], rows: Child[][], className = ''): HTMLTableElement {
  return el(
    'table',
    className ? { class: className } : {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...headers.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', {}, ...rows.map((cells) => el('tr', {}, ...cells.map((cell) => el('td', {}, cell))))),
  );
}

/** A description list of label → value; empty values read "(empty)" so absence is visible. */
export function facts(entries: Array<[string, Child]>): HTMLDListElement {
  const list = el('dl', { class: 'facts' });
  for (const [label, value] of entries) list.append(el('dt', {}, label), el('dd', {}, value === '' ? el('span', { class: 'empty' }, '(empty)') : value));
  return list;
}

export function code(text: string): HTMLElement {
  return el('code', {}, text);
}
