import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import { BENCH_BUDGETS, CEILINGS } from '../budgets.ts';
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

test(`a page without islands loads at most ${CEILINGS.plainPageJsGzipBytes / 1024} KB of gzipped JavaScript`, async ({ page }) => {
  const { gzip, raw, files } = await javascriptLoaded(page, module.launchPage);
  test.info().annotations.push({ type: 'js', description: `${module.launchPage}: ${raw} B raw, ${gzip} B gzip (${files.join(', ')})` });
  if (gzip > BENCH_BUDGETS.plainPageJsGzipBytes) test.info().annotations.push({ type: 'over budget', description: `${gzip} B > ${BENCH_BUDGETS.plainPageJsGzipBytes} B` });
  expect(gzip).toBeLessThanOrEqual(CEILINGS.plainPageJsGzipBytes);
});

for (const lessonPage of lessonPages) {
  test(`${lessonPage} loads at most ${CEILINGS.interactivePageJsGzipBytes / 1024} KB of gzipped JavaScript with its islands`, async ({ page }) => {
    const { gzip, raw, files } = await javascriptLoaded(page, lessonPage);
    test.info().annotations.push({ type: 'js', description: `${lessonPage}: ${raw} B raw, ${gzip} B gzip (${files.join(', ')})` });
    if (gzip > BENCH_BUDGETS.interactivePageJsGzipBytes) test.info().annotations.push({ type: 'over budget', description: `${gzip} B > ${BENCH_BUDGETS.interactivePageJsGzipBytes} B` });
    expect(gzip).toBeLessThanOrEqual(CEILINGS.interactivePageJsGzipBytes);
  });
}

// Timings are not tested here: they are noisy on shared machines. `npm run bench` measures them
// against a plain-HTML floor in the same run.
