import type { ClientDirective } from 'astro';

/**
 * `client:interact`: hydrate when the browser is idle, or at once when the learner reaches into
 * the island (pointer, key or focus), whichever comes first. Until then the server-rendered
 * controls already work (see early-actions.ts), so deferring never blocks a keyboard user.
 */
const interactDirective: ClientDirective = (load, _options, element) => {
  let isStarted = false;
  const start = async () => {
    if (isStarted) return;
    isStarted = true;
    for (const type of EVENTS) element.removeEventListener(type, start, true);
    const hydrate = await load();
    await hydrate();
  };
  const EVENTS = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;
  for (const type of EVENTS) element.addEventListener(type, start, { capture: true, passive: true });
  if ('requestIdleCallback' in window) requestIdleCallback(() => void start(), { timeout: 1500 });
  else setTimeout(() => void start(), 200);
};

export default interactDirective;
