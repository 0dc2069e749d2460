import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { unzipSync } from 'fflate';
import { test, expect } from './support/fixtures.ts';
import { builtModules, firstModule, knowledgeCheckOf, lessonPageOf, quizzesOf, scenariosOf } from './support/course-data.ts';
import { launchCourse, lmsInteractions, type ScormVersion } from './support/lms.ts';
import { seedCmi } from './support/cmi.ts';
import { answerQuiz } from './support/learner.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { csvRecords } from './support/csv.ts';
import { DICTIONARY_COLUMNS } from '../../src/course/question-dictionary.ts';
import { FacilitatorGuideSchema } from '../../src/schemas/facilitator-guide.ts';

// The instructors' section of the site: catalogue, facilitator guide, question dictionary and
// import guide, as an instructor or LMS administrator opens them from the course home.
const root = new URL('../..', import.meta.url).pathname;
const module = firstModule();
const builtZips = readdirSync(join(root, 'dist/packages')).filter((name) => name.endsWith('.zip')).sort();
const guide = FacilitatorGuideSchema.parse(parse(readFileSync(join(root, 'content/modules', module.id, 'docent.yaml'), 'utf8')));
const decisionIds = (moduleId: string) => scenariosOf(moduleId).flatMap((scenario) => scenario.steps.map((step) => `${scenario.id}.${step.id}`));
const questionIds = (moduleId: string) => quizzesOf(moduleId).flatMap((quiz) => quiz.questions.map((question) => question.id));

test('the course home links quietly to the instructors\u2019 catalogue', async ({ page }) => {
  await page.goto('/site/index.html');
  await page.getByRole('link', { name: 'Voor docenten en beheerders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Catalogus van de modules' })).toBeVisible();
});

test('the catalogue offers every package the build wrote, each link a zip of the stated size beside a matching import sheet', async ({ page }) => {
  await page.goto('/site/docent.html');
  const rows = page.locator('tr[data-package]');
  expect((await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-package')))).sort()).toEqual(builtZips);
  for (const row of await rows.all()) {
    const download = row.getByRole('link', { name: /\.zip$/ });
    const zip = await download.getAttribute('href');
    const response = await page.request.get(new URL(zip!, page.url()).href);
    expect(response.status(), zip!).toBe(200);
    const body = await response.body();
    expect(String(body.length), zip!).toBe(await download.getAttribute('data-bytes'));
    await expect(row.locator('[data-size]')).toHaveText(`${(body.length / 1024).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`);
    const sha256 = await row.locator('.sha256 code').textContent();
    const sheet = await row.getByRole('link', { name: /^Importblad/ }).getAttribute('href');
    const sheetResponse = await page.request.get(new URL(sheet!, page.url()).href);
    expect(sheetResponse.status(), sheet!).toBe(200);
    expect(await sheetResponse.text()).toContain(sha256!);
  }
});

test('the catalogue shows per module the pass mark, questions per objective, the scenario maps and links to guide and dictionary', async ({ page }) => {
  await page.goto('/site/docent.html');
  for (const built of builtModules()) {
    const section = page.locator(`section#${built.id}`);
    await expect(section.getByRole('heading', { level: 2, name: built.title })).toBeVisible();
    await expect(section).toContainText(`norm ${built.passMark}%`);
    const check = knowledgeCheckOf(built.id);
    const graded = check.questions.filter((question) => question.type !== 'reflection');
    const counts = await section.locator('tr[data-objective-id] td:nth-child(2)').allTextContents();
    expect(counts.reduce((sum, count) => sum + Number(count), 0)).toBe(graded.length);
    await expect(section.getByRole('img', { name: /^Kaart van het scenario/ })).toHaveCount(scenariosOf(built.id).length);
    for (const link of [section.getByRole('link', { name: 'Docentenhandleiding' }), section.getByRole('link', { name: 'Vragenwoordenboek' })]) {
      expect((await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href)).status()).toBe(200);
    }
  }
});

test('the facilitator guide of module 1 has the conflict-of-interest note, the discussion, the hand-in, the reasoned answer key and the routes', async ({ page }) => {
  await page.goto(`/site/docent-${module.id}.html`);
  await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
  const conflict = page.getByRole('complementary', { name: /belang van de auteur/ });
  await expect(conflict).toContainText('Lucien St\u00f6pler, directeur van Justice in Practice');
  for (const item of guide.discussion) await expect(page.getByText(item.question, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'het verslag van deze module' })).toHaveAttribute('href', `./${module.id}--verslag.html`);
  const check = knowledgeCheckOf(module.id);
  for (const question of check.questions) {
    const item = page.locator(`section[aria-labelledby="kennischeck"] [data-question-id="${question.id}"]`);
    await expect(item).toBeVisible();
    if (question.type === 'single' || question.type === 'multiple') for (const option of question.options) await expect(item).toContainText(option.feedback);
    if (question.type === 'truefalse') await expect(item).toContainText(question.feedback.false);
  }
  for (const quiz of quizzesOf(module.id).filter((each) => !each.scored)) {
    for (const question of quiz.questions) await expect(page.locator(`section[aria-labelledby="oefenvragen"] [data-question-id="${question.id}"]`)).toHaveCount(1);
  }
  for (const scenario of scenariosOf(module.id)) {
    const routes = page.locator(`[data-scenario-id="${scenario.id}"] .scenario-routes`);
    await expect(routes.locator('tr[data-ending-id]')).toHaveCount(scenario.endings.length);
  }
});

test('the printed guide leaves out the site header and the links between the instructors\u2019 pages', async ({ page }) => {
  await page.goto(`/site/docent-${module.id}.html`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Docentenpagina\u2019s' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
});

test('the dictionary CSV is UTF-8 with BOM, semicolon-separated, and has every question and decision id of every module', async ({ page }) => {
  for (const built of builtModules()) {
    const response = await page.request.get(`/site/docent-vragen-${built.id}.csv`);
    expect(response.status()).toBe(200);
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(DICTIONARY_COLUMNS.join(';'));
    const ids = csvRecords(text).map((record) => record['interaction_id']);
    expect([...ids].sort(), built.id).toEqual([...questionIds(built.id), ...decisionIds(built.id)].sort());
  }
});

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  test(`every interaction a SCORM ${version} LMS records from the knowledge check is one lookup away in the dictionary CSV`, async ({ page, request }) => {
    const check = knowledgeCheckOf(module.id);
    const packageName = `${module.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;
    const course = await launchCourse(page, { version, packageName, launchPage: lessonPageOf(module.id, check.id), cmi: seedCmi(version, { passMark: module.passMark }) });
    const answered = await answerQuiz(course, check, (_, index) => index % 2 === 0);
    await expect.poll(async () => (await lmsInteractions(page)).length).toBeGreaterThanOrEqual(answered.length);
    const records = csvRecords((await (await request.get(`/site/docent-vragen-${module.id}.csv`)).body()).toString('utf8').slice(1));
    const codesColumn = version === '1.2' ? 'codes_scorm12' : 'codes_scorm2004';
    for (const interaction of await lmsInteractions(page)) {
      const record = records.find((each) => each['interaction_id'] === interaction.id);
      expect(record, interaction.id).toBeDefined();
      expect(record![version === '1.2' ? 'type_scorm12' : 'type_scorm2004']).toBe(interaction.type);
      if (interaction.pattern !== undefined) expect(record![version === '1.2' ? 'juist_patroon_scorm12' : 'juist_patroon_scorm2004']).toBe(interaction.pattern);
      // Each code in the response ("b", "a,c", "a.b", "true") is explained in the codes column.
      if (interaction.type === 'choice' || interaction.type === 'true-false' || interaction.type === 'sequencing') {
        for (const code of interaction.response.split(version === '1.2' ? ',' : '[,]')) expect(record![codesColumn], `${interaction.id}: ${code}`).toMatch(new RegExp(`(^|\\| )${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} = `));
      }
    }
  });
}

for (const [path, label] of [
  ['/site/docent.html', 'catalogue'],
  [`/site/docent-${module.id}.html`, 'facilitator guide'],
  ['/site/docent-m4-inwoners-partners.html', 'facilitator guide with endings that teach'],
  [`/site/docent-vragen-${module.id}.html`, 'question dictionary'],
  ['/site/docent-importgids.html', 'import guide'],
] as const) {
  test(`the ${label} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, label);
  });
}

test('no learner package carries an instructors\u2019 page, a dictionary CSV or a link to either', async () => {
  for (const zip of builtZips) {
    const entries = unzipSync(new Uint8Array(readFileSync(join(root, 'dist/packages', zip))));
    const names = Object.keys(entries);
    expect(names.filter((name) => /(^|\/)docent|\.csv$/.test(name)), zip).toEqual([]);
    for (const name of names.filter((each) => /\.(html|js|css)$/.test(each))) {
      expect(new TextDecoder().decode(entries[name]), `${zip}: ${name}`).not.toMatch(/docent[-.][\w-]*(html|csv)|docent-conflict|answer-key/);
    }
  }
});
