import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test as guarded, expect } from './support/fixtures.ts';
import { builtModules, firstModule, lessonIdsOf, lessonPageOf, quizzesOf } from './support/course-data.ts';
import { answerQuestion, followLink, pressButton } from './support/learner.ts';
import type { ScormVersion } from './support/lms.ts';
import { WCAG_TAGS } from './support/axe.ts';

// `npm run preview:lms`, as an LMS administrator uses it: the tool serves one built package
// inside its own scorm-again LMS page, and the test walks a learner through it in Chromium
// while reading the panel the administrator reads.
const root = new URL('../..', import.meta.url).pathname;
const module = firstModule();
const firstLessonId = lessonIdsOf(module)[0]!;
const practiceQuiz = quizzesOf(module.id).find((quiz) => !quiz.scored && lessonPageOf(module.id, quiz.id) === `${module.id}--${firstLessonId}.html`)!;
const practiceQuestion = practiceQuiz.questions[0]!;

interface RunningPreview {
  origin: string;
  output: () => string;
}

/** Starts the tool with --no-open on a free port and waits for the address it prints. */
async function startPreview(args: string[], use: (preview: RunningPreview) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, ['src/tools/preview-lms/server.ts', ...args, '--no-open'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview:lms printed no address:\n${output}`)), 15_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /LMS preview: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`preview:lms exited with ${code}:\n${output}`)));
  });
  try {
    await use({ origin, output: () => output });
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

/** The network guard of fixtures.ts watches the preview's own origin: no 404s, nothing from outside. */
const test = guarded.extend<{ previewArgs: string[]; preview: RunningPreview }>({
  previewArgs: [[], { option: true }],
  preview: async ({ previewArgs }, use) => startPreview(previewArgs, use),
  baseURL: async ({ preview }, use) => use(preview.origin),
});

const elementNames: Record<ScormVersion, { location: string; entry: string; exit: string; passMark: string; initialize: string; terminate: string }> = {
  '1.2': { location: 'cmi.core.lesson_location', entry: 'cmi.core.entry', exit: 'cmi.core.exit', passMark: 'cmi.student_data.mastery_score', initialize: 'LMSInitialize', terminate: 'LMSFinish' },
  '2004': { location: 'cmi.location', entry: 'cmi.entry', exit: 'cmi.exit', passMark: 'cmi.scaled_passing_score', initialize: 'Initialize', terminate: 'Terminate' },
};

/** The value next to a data-model element's name in the panel. */
function cmiValue(page: Page, name: string): Locator {
  return page.locator('#cmi-values dt').filter({ hasText: new RegExp(`^${name.replace(/\./g, '\\.')}$`) }).locator('xpath=following-sibling::dd[1]');
}

function logRows(page: Page, call: string): Locator {
  return page.locator('#call-log-body tr').filter({ has: page.locator('td:nth-child(3)', { hasText: new RegExp(`^${call}$`) }) });
}

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const zip = `${module.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
  const names = elementNames[version];
  // 1.2 takes the manifest's pass mark, as an LMS does; 2004 gets one from --pass-mark.
  const passMarkArgs = version === '1.2' ? [] : ['--pass-mark', '80'];
  const seededPassMark = version === '1.2' ? String(module.passMark) : '0.8';

  test.describe(`preview:lms with the SCORM ${version} package`, () => {
    test.use({ previewArgs: [`dist/packages/${zip}`, ...passMarkArgs] });

    test('shows the course with its live CMI data and call log, then leaves, resumes and starts afresh', async ({ page, preview }) => {
      // Three sessions and an axe run: more than the default time on a busy two-core CI machine.
      test.slow();
      expect(preview.output()).toContain(`SCORM ${version}`);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: `LMS preview: ${module.title}` })).toBeVisible();
      await expect(page.locator('#launch-facts')).toContainText(`window.${version === '1.2' ? 'API' : 'API_1484_11'}`);
      await expect(page.locator('#launch-facts')).toContainText('/lms/cursus 1/pakket-é/');
      await expect(cmiValue(page, names.passMark)).toHaveText(seededPassMark);

      // The learner walks in and answers one practice question.
      const course = page.frameLocator('#course-frame');
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await expect(logRows(page, names.initialize).first()).toContainText('true');
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1, name: module.lessonTitles[0]! })).toBeVisible();
      await answerQuestion(course, practiceQuestion, true);

      await expect(cmiValue(page, names.location)).toContainText(firstLessonId);
      await expect(page.locator('.bookmark')).toContainText(`lesson ${firstLessonId}`);
      const suspendData = page.locator('#suspend-data');
      await expect(suspendData.locator('ol li').first()).toContainText(firstLessonId);
      await expect(suspendData.getByRole('row').filter({ hasText: practiceQuestion.id })).toContainText('✓ right');
      const interaction = page.locator('#interactions').getByRole('row').filter({ hasText: practiceQuestion.id });
      await expect(interaction).toContainText('correct');
      await expect(interaction.locator('td').nth(4)).not.toBeEmpty();
      if (version === '2004') {
        // Reading elements never set answers 403 in 2004: the log marks such calls.
        await expect(page.locator('#call-log-body tr.error').first()).toContainText('Error 403');
        await page.getByRole('checkbox', { name: 'Show only calls with an error code' }).check();
        await expect(logRows(page, names.initialize)).toBeHidden();
        await page.getByRole('checkbox', { name: 'Show only calls with an error code' }).uncheck();
      }
      // The preview's own page; the course in its frame has its own axe runs. Not logged to the
      // course's accessibility summary (support/axe.ts), which is about what trainees use.
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('#course-frame').analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

      // Leave: the course's page unloads and terminates.
      await pressButton(page.getByRole('button', { name: 'Leave the course' }));
      await expect(page.getByRole('status')).toContainText(`Course left: ${names.terminate} arrived`);
      await expect(logRows(page, names.terminate)).toHaveCount(1);
      await expect(logRows(page, names.terminate)).toContainText('true');
      await expect(cmiValue(page, names.exit)).toHaveText('suspend');
      await expect(page.locator('#course-host iframe')).toHaveCount(0);

      // Relaunch: a new session seeded with what the LMS kept; the course resumes.
      await pressButton(page.getByRole('button', { name: 'Relaunch with the saved data (resume)' }));
      await expect(course.getByText(/Welkom terug/)).toBeVisible();
      await expect(cmiValue(page, names.entry)).toHaveText('resume');
      await expect(logRows(page, names.initialize)).toHaveCount(2);
      await expect(page.locator('#call-log-body tr.session-start').nth(1)).toContainText('Session 2: relaunch with the saved data, entry "resume"');
      await expect(suspendData.getByRole('row').filter({ hasText: practiceQuestion.id })).toContainText('✓ right');
      await expect(page.locator('#interactions').getByRole('row').filter({ hasText: practiceQuestion.id })).toHaveCount(1);

      // A new attempt: empty data, the course starts at the beginning.
      await pressButton(page.getByRole('button', { name: 'Start a new attempt' }));
      await expect(course.getByText('Je bent nog niet begonnen.')).toBeVisible();
      await expect(logRows(page, names.terminate)).toHaveCount(2);
      await expect(logRows(page, names.initialize)).toHaveCount(3);
      await expect(cmiValue(page, names.entry)).toHaveText('ab-initio');
      await expect(cmiValue(page, names.location)).toHaveText('(empty)');
      await expect(page.locator('#interactions')).toHaveText('None recorded.');
      await expect(suspendData).not.toContainText(practiceQuestion.id);
      await expect(page.locator('#kept')).toContainText(/Nothing yet|Last stored by/);
    });
  });
}

// The whole-course package: the administrator sees the manifest's table of contents, launches
// the SCO they choose, and each SCO keeps its own data model, as an LMS keeps one per SCO.
const courseTitle = (JSON.parse(readFileSync(join(root, 'dist/course.json'), 'utf8')) as { title: string }).title;
const [secondModule] = builtModules().filter((each) => each.id !== module.id);

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const zip = `oov-leermodule-cursus-${version === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
  const names = elementNames[version];

  test.describe(`preview:lms with the whole-course SCORM ${version} package`, () => {
    test.use({ previewArgs: [`dist/packages/${zip}`] });

    test('lists the SCOs of the manifest and launches the chosen one, each with its own data model, relaunch and new attempt', async ({ page, preview }) => {
      test.slow();
      expect(preview.output()).toContain(`Table of contents: ${builtModules().length} SCOs`);
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1, name: `LMS preview: ${courseTitle}` })).toBeVisible();
      const toc = page.getByRole('navigation', { name: 'Table of contents' });
      await expect(toc.getByRole('button')).toHaveText(builtModules().map((each) => each.title));
      const tocButton = (title: string) => toc.getByRole('button', { name: title, exact: true });
      const tocStatus = (title: string) => toc.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) }).locator('.toc-status');
      const course = page.frameLocator('#course-frame');

      // The first SCO runs first, seeded with its own pass mark from the manifest.
      await expect(course.getByRole('heading', { level: 1, name: module.title })).toBeVisible();
      await expect(tocButton(module.title)).toHaveAttribute('aria-current', 'true');
      await expect(page.locator('#launch-facts')).toContainText(`${module.launchPage}`);
      await expect(page.locator('#launch-facts')).toContainText(`${module.passMark}% (from imsmanifest.xml)`);
      await expect(logRows(page, names.initialize).first()).toContainText('true');
      await followLink(course, 'Begin met de module');
      await expect(course.getByRole('heading', { level: 1, name: module.lessonTitles[0]! })).toBeVisible();
      await expect(cmiValue(page, names.location)).toContainText(firstLessonId);

      // Another SCO: the first one leaves (terminates), the chosen one starts with empty data of its own.
      await pressButton(tocButton(secondModule!.title));
      await expect(course.getByRole('heading', { level: 1, name: secondModule!.title })).toBeVisible();
      await expect(tocButton(secondModule!.title)).toHaveAttribute('aria-current', 'true');
      await expect(tocButton(module.title)).not.toHaveAttribute('aria-current', 'true');
      await expect(page.locator('#call-log-body tr.session-start').nth(1)).toContainText(`Session 2: ${secondModule!.title}, first launch, empty data, entry "ab-initio"`);
      await expect(page.locator('#launch-facts')).toContainText(secondModule!.launchPage);
      await expect(cmiValue(page, names.entry)).toHaveText('ab-initio');
      await expect(cmiValue(page, names.location)).toHaveText('(empty)');
      await expect(logRows(page, names.terminate)).toHaveCount(1);
      await expect(tocStatus(module.title)).toHaveText(version === '1.2' ? 'lesson_status incomplete' : 'incomplete, unknown');
      await expect(tocStatus(secondModule!.title)).toContainText('running');

      // Back to the first: it resumes from what the LMS kept for it, not for the SCO before it.
      await pressButton(tocButton(module.title));
      await expect(course.getByText(/Welkom terug/)).toBeVisible();
      await expect(page.locator('#call-log-body tr.session-start').nth(2)).toContainText(`Session 3: ${module.title}, relaunch with the saved data, entry "resume"`);
      await expect(cmiValue(page, names.entry)).toHaveText('resume');
      await expect(cmiValue(page, names.location)).toContainText(firstLessonId);
      await expect(page.locator('#suspend-data ol li').first()).toContainText(firstLessonId);

      // A new attempt starts this SCO afresh; the other SCO keeps its own data.
      await pressButton(page.getByRole('button', { name: 'Start a new attempt' }));
      await expect(course.getByText('Je bent nog niet begonnen.')).toBeVisible();
      // The overview's text is on the page before the course opens its session: wait for Initialize.
      await expect(logRows(page, names.initialize)).toHaveCount(4);
      await expect(cmiValue(page, names.entry)).toHaveText('ab-initio');
      await expect(cmiValue(page, names.location)).toHaveText('(empty)');
      await pressButton(tocButton(secondModule!.title));
      await expect(course.getByRole('heading', { level: 1, name: secondModule!.title })).toBeVisible();
      await expect(page.locator('#call-log-body tr.session-start').nth(4)).toContainText(`Session 5: ${secondModule!.title}, relaunch with the saved data, entry "resume"`);
      await expect(cmiValue(page, names.entry)).toHaveText('resume');
      await expect(logRows(page, names.initialize)).toHaveCount(5);

      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).exclude('#course-frame').analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });
}

test.describe('preview:lms on the command line', () => {
  const scratch = join(root, 'tests/.tmp/preview-lms');
  const run = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'preview:lms', '--', ...args, '--no-open'], { cwd: root, encoding: 'utf8', timeout: 30_000 });

  guarded('a missing zip gives one clear message naming the file and exits non-zero', () => {
    const result = run('dist/packages/no-such-module-scorm12.zip');
    expect(result.status).not.toBe(0);
    expect(result.stderr.trim()).toBe(`${join(root, 'dist/packages/no-such-module-scorm12.zip')} does not exist. Run \`npm run build\` to build the packages into dist/packages, or check the path.`);
    expect(result.stdout).not.toContain('LMS preview:');
  });

  guarded('a file that is no zip, or a zip without a manifest, is refused with the reason', () => {
    mkdirSync(scratch, { recursive: true });
    writeFileSync(join(scratch, 'not-a-zip.zip'), 'plain text');
    writeFileSync(join(scratch, 'no-manifest.zip'), zipSync({ 'index.html': new TextEncoder().encode('<p>hallo</p>') }));
    const notZip = run('tests/.tmp/preview-lms/not-a-zip.zip');
    expect(notZip.status).not.toBe(0);
    expect(notZip.stderr).toContain('not-a-zip.zip is not a valid zip file');
    const noManifest = run('tests/.tmp/preview-lms/no-manifest.zip');
    expect(noManifest.status).not.toBe(0);
    expect(noManifest.stderr).toContain('no-manifest.zip has no imsmanifest.xml at its root, so it is not a SCORM package.');
  });

  guarded('without a zip it lists the built packages to pick from', () => {
    const result = spawnSync('npm', ['run', '--silent', 'preview:lms'], { cwd: root, encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'pipe'] });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Packages in dist/packages:');
    expect(result.stdout).toContain(`${module.id}-scorm12.zip`);
    expect(result.stdout).toContain(`${module.id}-scorm2004.zip`);
  });

  guarded('--help names every option and gives an example', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    for (const option of ['--port', '--no-open', '--pass-mark', '--help', 'Example:']) expect(result.stdout).toContain(option);
  });
});
