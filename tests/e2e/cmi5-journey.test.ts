import { randomUUID } from 'node:crypto';
import { nl } from '../../src/i18n/nl.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './support/fixtures.ts';
import { builtModules, firstModule, knowledgeCheckOf, lessonPageOf, scenariosOf } from './support/course-data.ts';
import { answerQuiz, answerQuestion, followLink, gradedOf, pressButton, readLessons, tick } from './support/learner.ts';
import { cspViolations } from './support/lms.ts';
import { closeCmi5Course, courseFrame, describeStatement, expectCmi5Rules, fetchUses, launchCmi5, reloadCoursePage, requirement, sessionOf, statementsOf, verbOf, waitForSessions, type Cmi5LaunchParameters } from './support/cmi5.ts';

// The deep cmi5 journey on module 1, against the real LRS (xapi-statements) behind the test LMS.
const module = firstModule();
const check = knowledgeCheckOf(module.id);
const packageName = `${module.id}-cmi5`;
const lessonTitles = module.lessonTitles;
const MASTERY = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const scenario = scenariosOf(module.id)[0]!;
const scenarioLesson = module.lessonTitles[module.pages.filter((page) => /--\d/.test(page)).indexOf(lessonPageOf(module.id, scenario.id))]!;

test.describe(`cmi5: ${module.id}`, () => {
  test.beforeEach(({ network }) => {
    // The State API answers 404 for saved progress that does not exist yet, as xAPI says it must.
    network.allowFailures('stateId=oov-leermodule.progress');
  });

  test('a learner reads every lesson, fails the check, resumes from the State API, passes, and the LRS holds a stream that follows the cmi5 rules', async ({ browser }) => {
    const registration = randomUUID();
    const launches: Array<Cmi5LaunchParameters & { mode: 'Normal' }> = [];

    // First session: read everything, fail the knowledge check, leave.
    const first = await browser.newPage();
    let { course, launched } = await launchCmi5(first, { packageName, registration });
    launches.push({ ...launched, mode: 'Normal' });
    await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
    await followLink(course, 'Begin met de module');
    await readLessons(course, lessonTitles);
    // One decision in the scenario, then the knowledge check.
    await followLink(course, 'Terug naar het overzicht');
    await followLink(course, scenarioLesson);
    const island = course.locator(`[data-scenario-id="${scenario.id}"]`);
    await island.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-ready', 'true');
    await tick(island.getByRole('radio', { name: scenario.steps[0]!.choices[0]!.text, exact: true }));
    await pressButton(island.getByRole('button', { name: 'Kies' }));
    await expect(island.getByRole('status')).toHaveText('Je keuze is vastgelegd. Hieronder lees je wat er gebeurt.');
    await followLink(course, 'Terug naar het overzicht');
    await followLink(course, lessonTitles.at(-1)!);
    const firstAttempt = gradedOf(check, await answerQuiz(course, check, () => false));
    await expect(course.getByRole('status').filter({ hasText: 'Nog niet gehaald' })).toBeVisible();

    // The package's policy, set at launch, lets the page reach the launch's endpoint and nothing else.
    const elsewhere = await courseFrame(first).evaluate(() => fetch('http://localhost:9/elders').then(() => 'reached', () => 'blocked'));
    expect(elsewhere).toBe('blocked');
    expect((await cspViolations(first)).join('\n')).toContain('connect-src http://localhost:9/elders');

    await closeCmi5Course(first);
    let statements = await waitForSessions(registration, 1);
    expect(statements.filter((s) => verbOf(s) === 'failed'), requirement('9.3.5.0-1')).toHaveLength(1);
    await first.close();

    // Second session: the LMS relaunches the registration; the course resumes at the bookmark from the State API.
    const second = await browser.newPage();
    ({ course, launched } = await launchCmi5(second, { packageName, registration }));
    launches.push({ ...launched, mode: 'Normal' });
    await expect(course.getByRole('heading', { level: 1, name: lessonTitles.at(-1)! })).toBeVisible();
    await expect(course.getByText(/Welkom terug/)).toBeVisible();
    await expect(course.locator(`[data-question-id="${firstAttempt[0]}"] .verdict`)).toHaveText('✗ Niet goed');
    const retake = course.getByRole('button', { name: 'Maak de kennischeck opnieuw' });
    await retake.focus();
    await retake.press('Enter');
    const secondAttempt = gradedOf(check, await answerQuiz(course, check, () => true));
    await expect(course.getByRole('status').filter({ hasText: 'Je hebt deze module afgerond' })).toBeVisible();
    await closeCmi5Course(second);
    statements = await waitForSessions(registration, 2);
    await second.close();

    // Each launch's single-use fetch URL was used exactly once.
    expect(await fetchUses(registration), requirement('8.2.3.0-1')).toEqual([1, 1]);
    expectCmi5Rules(statements, launches);

    const [one, two] = launches.map((launch) => statements.filter((s) => sessionOf(s) === launch.sessionId).map(verbOf));
    const answered = (count: number) => Array<string>(count).fill('answered');
    expect(one).toEqual(['initialized', ...answered(1 + firstAttempt.length), 'completed', 'failed', 'terminated']);
    const decision = statements.find((s) => s.object.id.endsWith(`/interactions/${scenario.id}.${scenario.steps[0]!.id}`))!;
    expect(decision.result?.['response']).toBe(scenario.steps[0]!.choices[0]!.id);
    expect(decision.result?.['success'], 'a decision is not graded').toBeUndefined();
    expect(decision.object.definition?.['choices']).toHaveLength(scenario.steps[0]!.choices.length);
    expect(two).toEqual(['initialized', ...answered(secondAttempt.length), 'passed', 'terminated']);

    const passed = statements.find((s) => verbOf(s) === 'passed')!;
    expect(passed.result?.['score']?.scaled).toBe(1);
    expect(passed.context.extensions?.[MASTERY], requirement('9.6.3.2-2')).toBe(module.passMark / 100);
    const failed = statements.find((s) => verbOf(s) === 'failed')!;
    expect(failed.result?.['score']?.scaled).toBeLessThan(module.passMark / 100);

    // An answer is an interaction activity: question text, type, correct pattern, the objective as context.
    const question = check.questions.find((q) => q.id === firstAttempt[0])!;
    const answer = statements.find((s) => verbOf(s) === 'answered' && s.object.id.endsWith(`/interactions/${question.id}`))!;
    expect(answer.object.definition?.['type']).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(answer.object.definition?.['name']?.['nl-NL']).toBeTruthy();
    expect(answer.object.definition?.['interactionType']).toBeTruthy();
    expect(answer.object.definition?.['correctResponsesPattern']).toHaveLength(1);
    expect(answer.result?.['success']).toBe(false);
    expect(answer.context.contextActivities?.['other']?.[0]?.id).toContain(`/objectives/${question.objective}`);
    expect(answer.context.contextActivities?.['grouping']?.[0]?.id).toBe(`https://oov-leermodule.nl/cmi5/${module.id}/${module.id}`);

    // The list for the README and the closing note, from this run.
    const list = launches.flatMap((launch, index) => [`Session ${index + 1} (launchMode Normal):`, ...statements.filter((s) => sessionOf(s) === launch.sessionId).map((s, n) => `${n + 1}. ${describeStatement(s, launch.activityId)}`)]);
    mkdirSync(new URL('../.tmp/', import.meta.url), { recursive: true });
    writeFileSync(new URL('../.tmp/cmi5-statements.txt', import.meta.url), `${list.join('\n')}\n`);
    test.info().annotations.push({ type: 'statements', description: list.join(' | ') });
  });

  test('Browse mode sends initialized and terminated only, however much the learner does', async ({ page }) => {
    const registration = randomUUID();
    const { course, launched } = await launchCmi5(page, { packageName, registration, mode: 'Browse' });
    await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
    await expect(course.getByText(/Je bekijkt een afgeronde poging/)).toBeVisible();
    await followLink(course, 'Begin met de module');
    await readLessons(course, lessonTitles);
    await answerQuiz(course, check, () => true);
    await closeCmi5Course(page);
    const statements = await waitForSessions(registration, 1);
    expectCmi5Rules(statements, [{ ...launched, mode: 'Browse' }]);
    expect(statements.map(verbOf), requirement('10.2.2.0-9')).toEqual(['initialized', 'terminated']);
  });

  test('the link back to the LMS ends the session, then takes the window to the launch\u2019s returnURL', async ({ page }) => {
    const registration = randomUUID();
    const { course, launched } = await launchCmi5(page, { packageName, registration });
    await followLink(course, 'Begin met de module');
    await expect(course.getByRole('heading', { level: 1, name: lessonTitles[0]! })).toBeVisible();
    await followLink(course, nl.returnToLms);
    await expect.poll(() => page.frames().some((frame) => frame.url().includes('/lms/cmi5-host.html?terug=1')), requirement('10.2.6.0-1')).toBe(true);
    const statements = await waitForSessions(registration, 1);
    expect(statements.map(verbOf).at(-1), requirement('9.3.8.0-1')).toBe('terminated');
    expectCmi5Rules(statements, [{ ...launched, mode: 'Normal' }]);
  });

  test('a reload of the course page keeps the launch and its token: the fetch URL is used once', async ({ page }) => {
    const registration = randomUUID();
    const { course } = await launchCmi5(page, { packageName, registration });
    await followLink(course, 'Begin met de module');
    await expect(course.getByRole('heading', { level: 1, name: lessonTitles[0]! })).toBeVisible();
    // A session that has begun: the reload ends it (terminated) and starts the second.
    await expect.poll(async () => (await statementsOf(registration)).map(verbOf)).toEqual(['initialized']);
    await reloadCoursePage(page);
    await readLessons(course, lessonTitles);
    await answerQuestion(course, check.questions.find((q) => q.type !== 'reflection')!, true);
    await expect.poll(async () => (await statementsOf(registration)).filter((s) => verbOf(s) === 'answered').length).toBe(1);
    expect(await fetchUses(registration), requirement('8.2.3.0-1')).toEqual([1]);
    await closeCmi5Course(page);
    await waitForSessions(registration, 2);
  });
});

test.describe('cmi5: the whole-course package', () => {
  test.beforeEach(({ network }) => {
    network.allowFailures('stateId=oov-leermodule.progress');
  });

  test('launches a module\u2019s AU from the course block, with that AU\u2019s publisher id in every statement', async ({ page }) => {
    const second = builtModules()[1]!;
    const registration = randomUUID();
    const { course, launched } = await launchCmi5(page, { packageName: 'oov-leermodule-cursus-cmi5', au: second.id, registration });
    await expect(course.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
    await followLink(course, 'Begin met de module');
    await expect(course.getByRole('heading', { level: 1, name: second.lessonTitles[0]!, exact: true })).toBeVisible();
    await closeCmi5Course(page);
    const statements = await waitForSessions(registration, 1);
    expectCmi5Rules(statements, [{ ...launched, mode: 'Normal' }]);
    for (const statement of statements) expect(statement.context.contextActivities?.['grouping']?.map((activity) => activity.id)).toContain(`https://oov-leermodule.nl/cmi5/cursus/${second.id}`);
  });
});
