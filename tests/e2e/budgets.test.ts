import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { BUDGETS, TARGETS } from '../budgets.ts';
import { firstModule, lessonIdsOf } from './support/course-data.ts';

// Measured as a learner's browser loads it: every script the page fetches, islands hydrated.
const module = firstModule();
const lessonPages = lessonIdsOf(module).map((id) => `${module.id}--${id}.html`);
const packageBase = `/lms/cursus 1/pakket-é/${module.id}-scorm2004/`;

async function javascriptLoaded(page: Page, path: string): Promise<{ raw: number; gzip: number; files: string[] }> {
  const scripts: Array<Promise<Buffer>> = [];
  const files: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      files.push(response.url().split('/').pop()!);
      scripts.push(response.body());
    }
  });
  await page.goto(packageBase + path);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  return { raw: bodies.reduce((sum, b) => sum + b.byteLength, 0), gzip: bodies.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).byteLength, 0), files };
}

test(`a page without islands loads at most ${BUDGETS.plainPageJsGzipBytes / 1024} KB of gzipped JavaScript`, async ({ page }) => {
  const { gzip, raw, files } = await javascriptLoaded(page, module.launchPage);
  test.info().annotations.push({ type: 'js', description: `${module.launchPage}: ${raw} B raw, ${gzip} B gzip (${files.join(', ')})` });
  expect(gzip).toBeLessThanOrEqual(BUDGETS.plainPageJsGzipBytes);
});

for (const lessonPage of lessonPages) {
  test(`${lessonPage} loads at most ${BUDGETS.interactivePageJsGzipBytes / 1024} KB of gzipped JavaScript with its islands`, async ({ page }) => {
    const { gzip, raw, files } = await javascriptLoaded(page, lessonPage);
    test.info().annotations.push({ type: 'js', description: `${lessonPage}: ${raw} B raw, ${gzip} B gzip (${files.join(', ')})` });
    if (gzip > TARGETS.interactivePageJsGzipBytes) test.info().annotations.push({ type: 'over target', description: `${gzip} B > ${TARGETS.interactivePageJsGzipBytes} B` });
    expect(gzip).toBeLessThanOrEqual(BUDGETS.interactivePageJsGzipBytes);
  });
}

// The best of three loads: the other test worker shares the two cores, and that noise is not the page's.
test(`lesson text is visible within ${BUDGETS.firstTextMs} ms on a 4× slowed CPU`, async ({ browser }) => {
  const timings: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(packageBase + lessonPages[0]!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    timings.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await page.close();
  }
  test.info().annotations.push({ type: 'fcp', description: `first contentful paint: ${timings.map(Math.round).join(', ')} ms` });
  expect(Math.min(...timings)).toBeLessThanOrEqual(BUDGETS.firstTextMs);
});
