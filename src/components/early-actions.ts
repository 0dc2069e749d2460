/**
 * Questions work before their island hydrates: their radio buttons, checkboxes, lists and text
 * fields are plain form controls the server rendered, so Tab reaches them and they keep what the
 * learner does. Buttons (check, move up, choose) need the island; a press on one before hydration
 * is kept here and replayed when the island is ready, so nothing the learner does is lost.
 * Loaded with every page (CoursePage.astro); an island calls takeEarlyActions on hydration.
 */
const pending: HTMLElement[] = [];

/** An island Astro has not hydrated yet carries the `ssr` attribute. */
function inUnhydratedIsland(element: Element): boolean {
  return element.closest('astro-island[ssr]') !== null;
}

export function watchEarlyActions(doc: Document = document): void {
  doc.addEventListener(
    'click',
    (event) => {
      const action = (event.target as Element | null)?.closest?.<HTMLElement>('[data-action]');
      if (!action || !inUnhydratedIsland(action)) return;
      event.preventDefault();
      if (!pending.includes(action)) pending.push(action);
    },
    true,
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      const field = event.target as HTMLElement | null;
      if (event.key !== 'Enter' || !field?.matches?.('input[data-enter-action]') || !inUnhydratedIsland(field)) return;
      event.preventDefault();
      const button = field.closest('fieldset')?.querySelector<HTMLElement>(`[data-action="${field.dataset['enterAction']}"]`);
      if (button && !pending.includes(button)) pending.push(button);
    },
    true,
  );
}

/** The buttons pressed inside `root` before it hydrated, in order; they are forgotten here. */
export function takeEarlyActions(root: Element): HTMLElement[] {
  const mine = pending.filter((element) => root.contains(element));
  for (const element of mine) pending.splice(pending.indexOf(element), 1);
  return mine;
}
