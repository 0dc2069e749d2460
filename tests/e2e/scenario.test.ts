import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';
import type { Scenario } from '../../src/schemas/scenario.ts';
import { replayPath } from '../../src/learning/scenario-play.ts';
import { builtModules, firstModule, lessonPageOf, scenariosOf } from './support/course-data.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { closeCourse, expectOneSession, launchCourse, lmsData, lmsErrors } from './support/lms.ts';

// Module 1's scenario, played in the SCORM 1.2 package as a trainee would: keyboard only.
const module = firstModule();
const scenario: Scenario = scenariosOf(module.id)[0]!;
const lessonPage = lessonPageOf(module.id, scenario.id);
const lessonId = lessonPage.slice(module.id.length + 2, -'.html'.length);
const packageName = `${module.id}-scorm12`;

/** The path of the strongest choices (`best: true`), from the start to an ending. */
const bestPath = ((): string[] => {
  const path: string[] = [];
  for (;;) {
    const replay = replayPath(scenario, path);
    if (!replay.isValid || replay.play.position.kind === 'ending') return path;
    const { choices } = replay.play.position.step;
    path.push((choices.find((choice) => choice.best) ?? choices[0]!).id);
  }
})();
/** Where the first choice of the first step leads: a step the learner leaves midway. */
const firstChoice = scenario.steps.find((step) => step.id === scenario.start)!.choices[0]!;
const afterFirstChoice = replayPath(scenario, [firstChoice.id]);
const secondStep = afterFirstChoice.isValid && afterFirstChoice.play.position.kind === 'step' ? afterFirstChoice.play.position.step : null;

const firstLaunch = { core: { student_id: 'cursist-2', student_name: 'Bakker, Ilse', entry: 'ab-initio', lesson_mode: 'normal' }, student_data: { mastery_score: String(module.passMark) } };
const relaunch = (saved: Record<string, any>, suspendData: string = saved.suspend_data) => ({
  core: { student_id: 'cursist-2', student_name: 'Bakker, Ilse', entry: 'resume', lesson_mode: 'normal', lesson_location: saved.core.lesson_location, lesson_status: saved.core.lesson_status, score: saved.core.score },
  suspend_data: suspendData,
  student_data: { mastery_score: String(module.passMark) },
});

type Scope = FrameLocator | Page;

/** Scrolls the scenario into view (islands hydrate when visible) and waits until it has restored the saved path. */
async function openScenario(scope: Scope): Promise<Locator> {
  const island = scope.locator(`[data-scenario-id="${scenario.id}"]`);
  await island.scrollIntoViewIfNeeded();
  await expect(island).toHaveAttribute('data-ready', 'true');
  return island;
}

/**
 * From the focused step heading: Tab into the radio group, arrow to the choice, Tab to "Kies",
 * Enter. Focus then sits on the feedback; Tab and Enter press "Verder".
 */
async function decide(page: Page, island: Locator, choiceId: string, { shouldContinue = true } = {}): Promise<void> {
  const step = island.locator('.scenario-step');
  const stepId = await step.getAttribute('data-step-id');
  const choices = scenario.steps.find((each) => each.id === stepId)!.choices;
  const index = choices.findIndex((choice) => choice.id === choiceId);
  await page.keyboard.press('Tab');
  await expect(island.getByRole('radio', { name: choices[0]!.text, exact: true })).toBeFocused();
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(island.getByRole('radio', { name: choices[index]!.text, exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(island.getByRole('button', { name: 'Kies' })).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback = island.locator(`#${scenario.id}-gevolg`);
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText(choices[index]!.text);
  await expect(island.getByRole('status')).toHaveText('Je keuze is vastgelegd. Hieronder lees je wat er gebeurt.');
  if (!shouldContinue) return;
  await page.keyboard.press('Tab');
  await expect(island.getByRole('button', { name: 'Verder' })).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Expected heading of the step the path leads to, e.g. "Beslissing 2: Vijf weken later". */
function stepHeading(path: string[]): string {
  const replay = replayPath(scenario, path);
  if (!replay.isValid || replay.play.position.kind !== 'step') throw new Error(`path ${path.join(',')} does not lead to a step`);
  return `Beslissing ${path.length + 1}: ${replay.play.position.step.title}`;
}

function interactionsOf(data: Record<string, any>): any[] {
  return Object.values(data.interactions?.childArray ?? data.interactions ?? {}).filter((entry: any) => typeof entry?.id === 'string' && entry.id.startsWith(`${scenario.id}.`));
}

test.describe('SCORM 1.2: the branching scenario', () => {
  test('a learner plays to an ending by keyboard, replays, leaves midway and resumes at the same step', async ({ browser }) => {
    const first = await browser.newPage();
    let course = await launchCourse(first, { version: '1.2', packageName, launchPage: lessonPage, cmi: firstLaunch });
    let island = await openScenario(course);

    // The first decision: the learner reaches the radio group from the scenario heading.
    await island.getByRole('heading', { name: stepHeading([]) }).focus();
    for (const [index, choiceId] of bestPath.entries()) {
      if (index > 0) await expect(island.getByRole('heading', { name: stepHeading(bestPath.slice(0, index)) })).toBeFocused();
      await decide(first, island, choiceId);
    }

    const replay = replayPath(scenario, bestPath);
    if (!replay.isValid || replay.play.position.kind !== 'ending') throw new Error('the best path must end at an ending');
    const { ending } = replay.play.position;
    await expect(island.getByRole('heading', { name: `Afloop: ${ending.title}` })).toBeFocused();
    await expect(island.getByRole('status')).toHaveText(`Einde van het scenario: ${ending.title}.`);
    await expect(island.getByText('Beste afloop', { exact: true })).toBeVisible();
    await expect(island.getByText(ending.debrief.split('\n\n')[0]!.replace(/\s+/g, ' ').trim().slice(0, 60))).toBeVisible();
    for (const meter of scenario.effects) {
      await expect(island.locator('.scenario-totals')).toContainText(`${meter.label}: ${replay.play.totals[meter.id]}`);
    }
    const recap = island.locator('.scenario-path > li');
    await expect(recap).toHaveCount(bestPath.length);
    for (const [index, { step, choice }] of replay.play.decisions.entries()) {
      await expect(recap.nth(index)).toContainText(`Beslissing ${index + 1}: ${step.title}`);
      await expect(recap.nth(index)).toContainText(choice.text);
      await expect(recap.nth(index)).toContainText(`Logica: ${choice.logic} (`);
    }

    // The LMS holds one ungraded choice interaction per decision, keyed <scenario>.<step>.
    await expect.poll(async () => interactionsOf(await lmsData(first)).length).toBe(bestPath.length);
    const played = interactionsOf(await lmsData(first));
    expect(played.map((entry) => [entry.id, entry.type, entry.student_response, entry.result])).toEqual(
      replay.play.decisions.map(({ step, choice }) => [`${scenario.id}.${step.id}`, 'choice', choice.id, 'neutral']),
    );

    // Replay, then leave after the first decision of the second play-through.
    await first.keyboard.press('Tab');
    await expect(island.getByRole('button', { name: 'Opnieuw spelen' })).toBeFocused();
    await first.keyboard.press('Enter');
    await expect(island.getByRole('heading', { name: stepHeading([]) })).toBeFocused();
    await expect(island.getByRole('status')).toHaveText('Het scenario begint opnieuw.');
    await decide(first, island, firstChoice.id);
    await expect(island.getByRole('heading', { name: stepHeading([firstChoice.id]) })).toBeFocused();
    await expect.poll(async () => JSON.parse((await lmsData(first)).suspend_data).p).toEqual({ [scenario.id]: [firstChoice.id] });

    await closeCourse(first);
    const saved = await lmsData(first);
    expect(saved.core.exit).toBe('suspend');
    expect(interactionsOf(saved).map((entry) => entry.id)).toEqual([...replay.play.decisions.map(({ step }) => `${scenario.id}.${step.id}`), `${scenario.id}.${scenario.start}`]);
    await expectOneSession(first, '1.2');
    expect(await lmsErrors(first)).toEqual([]);
    await first.close();

    // Second session: back at the bookmarked lesson, the scenario at the same step.
    const second = await browser.newPage();
    course = await launchCourse(second, { version: '1.2', packageName, launchPage: module.launchPage, cmi: relaunch(saved) });
    await expect(course.getByText(/Welkom terug/)).toBeVisible();
    island = await openScenario(course);
    await expect(island.getByRole('heading', { name: stepHeading([firstChoice.id]) })).toBeVisible();
    await expect(island.locator('.scenario-step')).toHaveAttribute('data-step-id', secondStep!.id);
    await island.getByRole('heading', { name: stepHeading([firstChoice.id]) }).focus();
    const next = secondStep!.choices.at(-1)!.id;
    await decide(second, island, next);
    await expect.poll(async () => JSON.parse((await lmsData(second)).suspend_data).p).toEqual({ [scenario.id]: [firstChoice.id, next] });
    await expect.poll(async () => interactionsOf(await lmsData(second)).map((entry) => [entry.id, entry.result])).toEqual([[`${scenario.id}.${secondStep!.id}`, 'neutral']]);
    await closeCourse(second);
    await expectOneSession(second, '1.2');
    expect(await lmsErrors(second)).toEqual([]);
    await second.close();
  });

  test('a saved path that no longer fits the scenario starts it again from the first step', async ({ browser }) => {
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const stale = JSON.stringify({ v: 2, s: [lessonId], a: {}, p: { [scenario.id]: [firstChoice.id, 'z'] } });
    const course = await launchCourse(page, {
      version: '1.2',
      packageName,
      launchPage: module.launchPage,
      cmi: relaunch({ core: { lesson_location: lessonId, lesson_status: 'incomplete', score: { raw: '' } } }, stale),
    });
    const island = await openScenario(course);
    await expect(island.getByRole('heading', { name: stepHeading([]) })).toBeVisible();
    expect(warnings.some((text) => text.includes(`scenario "${scenario.id}" no longer fits`))).toBe(true);
    await expect.poll(async () => JSON.parse((await lmsData(page)).suspend_data).p).toBeUndefined();
    expect(await lmsErrors(page)).toEqual([]);
    await page.close();
  });
});

test.describe('SCORM 2004: the branching scenario', () => {
  test('decisions are recorded as neutral choice interactions with a description, and the position survives a relaunch', async ({ browser }) => {
    const seed = { learner_id: 'cursist-3', learner_name: 'Visser, Sam', entry: 'ab-initio', mode: 'normal', scaled_passing_score: String(module.passMark / 100) };
    const first = await browser.newPage();
    let course = await launchCourse(first, { version: '2004', packageName: `${module.id}-scorm2004`, launchPage: lessonPage, cmi: seed });
    let island = await openScenario(course);
    await island.getByRole('heading', { name: stepHeading([]) }).focus();
    await decide(first, island, bestPath[0]!);
    await expect(island.getByRole('heading', { name: stepHeading(bestPath.slice(0, 1)) })).toBeFocused();
    const [decision] = interactionsOf(await lmsData(first));
    expect(decision).toMatchObject({ id: `${scenario.id}.${scenario.start}`, type: 'choice', learner_response: bestPath[0], result: 'neutral' });
    expect(decision.description.length).toBeGreaterThan(0);
    await closeCourse(first);
    const saved = await lmsData(first);
    await first.close();

    const second = await browser.newPage();
    course = await launchCourse(second, {
      version: '2004',
      packageName: `${module.id}-scorm2004`,
      launchPage: module.launchPage,
      cmi: { ...seed, entry: 'resume', location: saved.location, suspend_data: saved.suspend_data },
    });
    island = await openScenario(course);
    await expect(island.getByRole('heading', { name: stepHeading(bestPath.slice(0, 1)) })).toBeVisible();
    await closeCourse(second);
    expect(await lmsErrors(second)).toEqual([]);
    await second.close();
  });
});

test.describe('accessibility of the scenario and the instructors page', () => {
  const scenarioAxe = (page: Page, state: string) => expectNoAxeViolations(page, `scenario, ${state}`, `[data-scenario-id="${scenario.id}"]`);

  test('the scenario has no WCAG 2.2 AA violations at the start, after a choice and at an ending', async ({ page }) => {
    await page.goto(`/lms/cursus 1/pakket-é/${packageName}/${lessonPage}`);
    const island = await openScenario(page);
    await scenarioAxe(page, 'at the start');
    await island.getByRole('heading', { name: stepHeading([]) }).focus();
    await decide(page, island, bestPath[0]!, { shouldContinue: false });
    await scenarioAxe(page, 'showing feedback');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (const choiceId of bestPath.slice(1)) await decide(page, island, choiceId);
    await expect(island.locator('.scenario-ending')).toBeVisible();
    await scenarioAxe(page, 'at an ending');
  });

  test('the instructors page shows the map and outline of each scenario and has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto(`/site/docent-${module.id}.html`);
    await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
    const map = page.getByRole('img', { name: `Kaart van het scenario “${scenario.title}”` });
    await expect(map).toBeVisible();
    expect(await map.locator('[data-node-id]').count()).toBe(scenario.steps.length + scenario.endings.length);
    for (const step of scenario.steps) await expect(page.getByRole('heading', { name: new RegExp(`^Stap ${step.id}: `) })).toBeVisible();
    for (const ending of scenario.endings) await expect(page.getByRole('heading', { name: new RegExp(`^Afloop ${ending.id}: `) })).toBeVisible();
    await expectNoAxeViolations(page, 'instructors page');
  });

  test('the instructors page is in no package and no lesson links to it', async () => {
    for (const each of builtModules()) {
      expect(each.pages.some((page) => page.startsWith('docent-'))).toBe(false);
      for (const page of each.pages) expect(readFileSync(new URL(`../../dist/${page}`, import.meta.url), 'utf8')).not.toContain('docent-');
    }
  });
});
