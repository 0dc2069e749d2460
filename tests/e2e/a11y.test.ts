import { test, expect } from './support/fixtures.ts';
import { firstModule, knowledgeCheckOf, lessonIdsOf } from './support/course-data.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { answerQuiz } from './support/learner.ts';

// Every page type, opened as the packaged files (no LMS: the course runs in its no-LMS mode).
const module = firstModule();
const lessonPages = lessonIdsOf(module).map((id) => `${module.id}--${id}.html`);
const base = `/lms/cursus 1/pakket-é/${module.id}-scorm2004/`;
const check = knowledgeCheckOf(module.id);
const checkPage = lessonPages.at(-1)!;

test('the course home on the site has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/site/index.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'course home');
});

for (const [path, label] of [
  ['/site/toegankelijkheidsverklaring.html', 'accessibility statement'],
  ['/site/voorbeelden.html', 'authors’ examples'],
  ['/site/begrippen.html', 'course glossary'],
  ['/site/bronnen.html', 'course sources'],
  [`${base}${module.id}--begrippen.html`, 'module glossary'],
  [`${base}${module.id}--bronnen.html`, 'module sources'],
  [`${base}${module.id}--verslag.html`, 'hand-in'],
]) {
  test(`the ${label} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path!);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expectNoAxeViolations(page, label!);
  });
}

test('the module overview has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto(base + module.launchPage);
  await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  await expectNoAxeViolations(page, 'module overview');
});

for (const lessonPage of lessonPages.slice(0, -1)) {
  test(`lesson ${lessonPage} has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(base + lessonPage);
    // Islands hydrate when scrolled into view; check them hydrated.
    for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expectNoAxeViolations(page, lessonPage);
  });
}

test('the knowledge check has no WCAG 2.2 AA violations, unanswered and answered', async ({ page }) => {
  await page.goto(base + checkPage);
  const quiz = page.locator(`[data-quiz-id="${check.id}"]`);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-ready', 'true');
  await expectNoAxeViolations(page, 'knowledge check, unanswered');
  await answerQuiz(page, check, (_, index) => index % 2 === 0);
  await expect(page.getByRole('status').filter({ hasText: 'Je resultaat' })).toBeVisible();
  await expectNoAxeViolations(page, 'knowledge check, answered');
});

test('pages reflow on a 320 px wide phone screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of module.pages) {
    await page.goto(base + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the skip link and every control can be reached by keyboard with a visible focus', async ({ page }) => {
  await page.goto(base + lessonPages[0]!);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
