import { getTracker } from '../tracking/session.ts';
import type { LearnerState } from '../learning/types.ts';

/**
 * Fills the hand-in page from the learner's saved progress. Only textContent is set: what a
 * learner typed, or what an LMS handed back, is shown as text and never parsed as HTML.
 */
interface HandInData {
  scenarios: Array<{ id: string; title: string; start: string; steps: Record<string, { title: string; choices: Record<string, { text: string; logic: string; next: string }> }>; endings: Record<string, string> }>;
  reflections: Array<{ id: string; prompt: string; model: string }>;
}

export async function renderHandIn(): Promise<void> {
  const data = JSON.parse(document.getElementById('oov-hand-in')?.textContent ?? '{}') as HandInData;
  const texts = (document.getElementById('oov-hand-in-texts') as HTMLElement | null)?.dataset ?? {};
  const tracker = await getTracker();
  const state = tracker.getState();
  set('[data-hand-in-date]', new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }));
  if (tracker.learnerName) set('[data-hand-in-learner]', tracker.learnerName);
  renderResult(tracker.module.objectiveTitles, state, texts);
  renderDecisions(data, state, texts);
  renderReflections(data, state, texts);
  const print = document.querySelector<HTMLButtonElement>('[data-hand-in-print]');
  if (print) {
    print.hidden = false;
    print.onclick = () => window.print();
  }
}

function renderResult(objectiveTitles: Record<string, string>, state: Readonly<LearnerState>, texts: DOMStringMap): void {
  const { check } = state;
  if (!check) return;
  const box = replace('[data-hand-in-result]');
  if (!box) return;
  box.append(el('p', fill(texts['score'], { raw: check.raw, max: check.max }) + ' ' + (check.isPassed ? texts['passed'] : texts['failed'])));
  const list = el('ul');
  for (const [id, title] of Object.entries(objectiveTitles)) {
    const isWeak = check.weakObjectives.includes(id);
    list.append(el('li', `${title} ${isWeak ? '✗' : '✓'}`));
  }
  box.append(list);
}

function renderDecisions(data: HandInData, state: Readonly<LearnerState>, texts: DOMStringMap): void {
  const played = data.scenarios.filter((scenario) => state.scenarioPaths[scenario.id]?.length);
  if (!played.length) return;
  const box = replace('[data-hand-in-decisions]');
  if (!box) return;
  const logicNames = JSON.parse(texts['logic'] ?? '{}') as Record<string, string>;
  for (const scenario of played) {
    box.append(el('h3', scenario.title));
    const list = el('ol');
    let at = scenario.start;
    for (const choiceId of state.scenarioPaths[scenario.id] ?? []) {
      const step = scenario.steps[at];
      const choice = step?.choices[choiceId];
      if (!step || !choice) break;
      list.append(el('li', `${step.title}: ${choice.text} (${logicNames[choice.logic] ?? choice.logic})`));
      at = choice.next;
    }
    box.append(list);
    if (scenario.endings[at]) box.append(el('p', `${texts['ending'] ?? ''} ${scenario.endings[at]}`));
  }
}

function renderReflections(data: HandInData, state: Readonly<LearnerState>, texts: DOMStringMap): void {
  const answered = data.reflections.filter((reflection) => state.answers[reflection.id]);
  if (!answered.length) return;
  const box = replace('[data-hand-in-reflections]');
  if (!box) return;
  for (const reflection of answered) {
    box.append(el('h3', reflection.prompt));
    box.append(el('p', state.answers[reflection.id]?.response[0] ?? ''), el('p', ''));
    if (reflection.model) {
      const model = el('p', `${texts['model'] ?? ''} ${reflection.model}`);
      model.className = 'meta';
      box.append(model);
    }
  }
}

function set(selector: string, text: string): void {
  const element = document.querySelector(selector);
  if (element) element.textContent = text;
}

function replace(selector: string): HTMLElement | null {
  const element = document.querySelector<HTMLElement>(selector);
  element?.replaceChildren();
  return element;
}

function el(tag: string, text = ''): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function fill(template: string | undefined, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
