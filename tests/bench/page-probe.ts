/**
 * What the probe records in the page, in milliseconds of the page's own clock
 * (performance.now(), 0 = navigation start).
 */
export interface ProbeState {
  timeOrigin: number;
  firstContentfulPaint: number | null;
  /** Every h1 the page showed, in order, with its paint time from Element Timing. */
  headings: Array<{ text: string; inDomAt: number; frameAt: number | null; paintAt: number | null }>;
  longTasks: Array<{ start: number; duration: number }>;
  control: {
    /** The first radio button or checkbox of a question, as "question id: type". */
    description: string | null;
    presentAt: number | null;
    /** When the probe asked for the click (the control scrolled into view, text already shown). */
    requestedAt: number | null;
    /** The pointerdown's own time stamp: when the browser received the click. */
    pointerDownAt: number | null;
    /** When the `change` listener ran: the radio had become checked. */
    changedAt: number | null;
    /** The first frame after that: the checked radio on screen. */
    answeredAt: number | null;
    clicks: number;
  };
  /** `astro:page-load` events: the first load and every router swap. */
  pageLoads: number[];
  loadEventAt: number | null;
}

/** The page's window with what the probe and the bench's bindings add to it. */
export type ProbeWindow = Window & {
  __benchProbe?: ProbeState;
  __benchClick?: (x: number, y: number) => Promise<void>;
  __benchNote?: (kind: string, epochMs: number) => Promise<void>;
};

/**
 * Runs in every document before its own scripts (Playwright's addInitScript), so it sees the
 * whole load. It must be self-contained: Playwright sends its source text to the page.
 *
 * - Text visible: each h1 gets an `elementtiming` attribute as soon as the parser or the router
 *   inserts it (a MutationObserver runs before the next rendering step), so Element Timing
 *   reports when its text was painted. The first frame after insertion (rAF, then a posted task)
 *   is kept as a fallback for a swap that Element Timing does not report.
 * - First question usable: once the text is shown and the first radio button or checkbox inside a
 *   question (`fieldset.question`) is present and enabled, the probe scrolls it into view and asks
 *   the bench (a Playwright binding) for a real mouse click at its centre. The click is a browser
 *   input event, so it waits for the main thread like a learner's. The question is usable when
 *   the radio is checked and that is painted: the first frame after its `change` event. A click
 *   that a layout shift made miss is repeated after 1.5 s.
 */
export function installPageProbe(): void {
  const probe: ProbeState = {
    timeOrigin: performance.timeOrigin,
    firstContentfulPaint: null,
    headings: [],
    longTasks: [],
    control: { description: null, presentAt: null, requestedAt: null, pointerDownAt: null, changedAt: null, answeredAt: null, clicks: 0 },
    pageLoads: [],
    loadEventAt: null,
  };
  const win = window as ProbeWindow;
  win.__benchProbe = probe;
  const CONTROL = 'fieldset.question input[type=radio]:not(:disabled), fieldset.question input[type=checkbox]:not(:disabled)';
  let control: HTMLInputElement | null = null;
  let isArmed = false;

  const afterNextFrame = (record: (at: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => record(performance.now());
      channel.port2.postMessage(null);
    });
  const isTextVisible = () => probe.firstContentfulPaint !== null || probe.headings.some((heading) => heading.paintAt !== null);

  const requestClick = () => {
    if (!control || !control.isConnected || probe.control.changedAt !== null) return;
    control.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => {
      if (!control) return;
      const box = control.getBoundingClientRect();
      probe.control.requestedAt ??= performance.now();
      probe.control.clicks += 1;
      void win.__benchClick?.(box.left + box.width / 2, box.top + box.height / 2);
      setTimeout(() => {
        if (probe.control.changedAt === null) requestClick();
      }, 1500);
    });
  };
  const tryArm = () => {
    if (isArmed || !control || !isTextVisible()) return;
    isArmed = true;
    requestClick();
  };

  const scan = () => {
    for (const heading of document.querySelectorAll('h1:not([elementtiming])')) {
      const entry = { text: (heading.textContent ?? '').replace(/\s+/g, ' ').trim(), inDomAt: performance.now(), frameAt: null as number | null, paintAt: null as number | null };
      heading.setAttribute('elementtiming', `bench-h1-${probe.headings.length}`);
      probe.headings.push(entry);
      afterNextFrame((at) => (entry.frameAt = at));
    }
    if (!control) {
      const found = document.querySelector<HTMLInputElement>(CONTROL);
      if (found && found.getClientRects().length) {
        control = found;
        // So that the bench can ask whether this very control is still checked after hydration.
        found.setAttribute('data-bench-control', '');
        const question = found.closest<HTMLElement>('fieldset.question');
        probe.control.description = `${question?.dataset['questionId'] ?? '?'}: ${question?.dataset['questionType'] ?? found.type}`;
        probe.control.presentAt = performance.now();
      }
    }
    tryArm();
  };
  new MutationObserver(scan).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') probe.firstContentfulPaint = entry.startTime;
    }
    tryArm();
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { identifier: string; renderTime: number; loadTime: number }>) {
      const index = Number(/^bench-h1-(\d+)$/.exec(entry.identifier)?.[1] ?? -1);
      const heading = probe.headings[index];
      if (heading && heading.paintAt === null) heading.paintAt = entry.renderTime || entry.loadTime;
    }
    tryArm();
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  document.addEventListener(
    'pointerdown',
    (event) => {
      if (control && event.target instanceof Node && (control === event.target || control.closest('label')?.contains(event.target))) probe.control.pointerDownAt ??= event.timeStamp;
    },
    true,
  );
  document.addEventListener(
    'change',
    (event) => {
      if (event.target !== control || !control?.checked || probe.control.changedAt !== null) return;
      probe.control.changedAt = performance.now();
      afterNextFrame((at) => (probe.control.answeredAt = at));
    },
    true,
  );
  // The click on "Volgende" is timed here: on a full page load this document is gone before the bench can ask.
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[rel=next]')) void win.__benchNote?.('next-click', performance.timeOrigin + event.timeStamp);
    },
    true,
  );
  document.addEventListener('astro:page-load', () => probe.pageLoads.push(performance.now()));
  addEventListener('load', () => (probe.loadEventAt = performance.now()));
}
