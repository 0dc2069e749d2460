import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './support/fixtures.ts';
import { builtModules, knowledgeCheckOf } from './support/course-data.ts';
import { closeCourse, launchCourse, lmsData, lmsErrors, type ScormVersion } from './support/lms.ts';
import { readCmi, seedCmi } from './support/cmi.ts';
import { answerQuiz, followLink, gradedOf, openQuiz, shownQuestionIds } from './support/learner.ts';

// `npm run package`, as an instructor or administrator runs it: on the course built by
// `npm run build` (--no-build), the packages asked for and nothing else, a table that identifies
// each, and one clear sentence for an option it cannot honour.
const root = new URL('../..', import.meta.url).pathname;
const modules = builtModules();
const [m1, , m3] = modules as [(typeof modules)[0], (typeof modules)[0], (typeof modules)[0]];

function runPackage(...args: string[]) {
  return spawnSync('npm', ['run', '--silent', 'package', '--', '--no-build', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

/** Rows of the table the command ends with: | file | standard | modules | pass mark | size | SHA-256 |. */
function tableRows(stdout: string): Record<string, string>[] {
  const lines = stdout.split('\n').filter((line) => line.startsWith('| '));
  const cells = (line: string) => line.slice(2, -2).split(' | ').map((cell) => cell.trim());
  const header = cells(lines[0]!);
  return lines.slice(2).map((line) => Object.fromEntries(cells(line).map((cell, index) => [header[index]!, cell])));
}

function manifestOf(zip: string): string {
  return strFromU8(unzipSync(new Uint8Array(readFileSync(zip)))['imsmanifest.xml']!);
}

test.describe('npm run package', () => {
  let scratch: string;
  test.beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'package-command-'));
  });
  test.afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  test('writes exactly the packages asked for, with the pass mark and title, and a table that identifies each', () => {
    const out = join(scratch, 'pakketten');
    const title = 'Proefgroep OOV: sturen & samenwerken';
    const result = runPackage('--modules', 'm1,3', '--standard', 'scorm12,scorm2004', '--form', 'module,course', '--pass-mark', '70', '--title', title, '--out', out);
    expect(result.status, result.stderr).toBe(0);
    const zips = [`${m1.id}-scorm12.zip`, `${m1.id}-scorm2004.zip`, `${m3.id}-scorm12.zip`, `${m3.id}-scorm2004.zip`, 'oov-leermodule-cursus-m1-m3-scorm12.zip', 'oov-leermodule-cursus-m1-m3-scorm2004.zip'];
    expect(readdirSync(out).sort()).toEqual([...zips, ...zips.map((zip) => zip.replace('.zip', '-importblad.html'))].sort());
    expect(readdirSync(scratch)).toEqual(['pakketten']);
    // A progress line per package as it is written.
    for (const zip of zips) expect(result.stdout).toContain(`wrote ${relative(root, join(out, zip))} (`);

    for (const zip of zips) {
      const manifest = manifestOf(join(out, zip));
      const scos = zip.includes('cursus') ? 2 : 1;
      if (zip.includes('scorm12')) expect(manifest.match(/<adlcp:masteryscore>70<\/adlcp:masteryscore>/g), zip).toHaveLength(scos);
      else expect(manifest.match(/<imsss:minNormalizedMeasure>0\.70<\/imsss:minNormalizedMeasure>/g), zip).toHaveLength(scos);
      // The organization's title (what the LMS shows) and the LOM title (its catalogue).
      if (zip.includes('cursus')) expect(manifest.split('>Proefgroep OOV: sturen &amp; samenwerken</'), zip).toHaveLength(3);
    }

    const rows = tableRows(result.stdout);
    expect(rows.map((row) => basename(row['file']!))).toEqual(zips);
    for (const row of rows) {
      const file = join(out, basename(row['file']!));
      const bytes = readFileSync(file);
      const isCourse = row['file']!.includes('cursus');
      expect(row).toEqual({
        file: row['file'],
        standard: row['file']!.includes('scorm12') ? 'SCORM 1.2' : 'SCORM 2004',
        modules: isCourse ? 'm1,m3' : row['file']!.includes(m1.id) ? 'm1' : 'm3',
        'pass mark': '70%',
        size: `${(statSync(file).size / 1024).toFixed(1)} KB`,
        'SHA-256': createHash('sha256').update(bytes).digest('hex'),
      });
    }
  });

  test('a pass mark other than the modules\' own is what the manifest carries', () => {
    expect(modules.every((module) => module.passMark !== 85)).toBe(true);
    const out = join(scratch, 'streng');
    const result = runPackage('--modules', 'm2', '--standard', 'scorm2004', '--pass-mark', '85', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).filter((name) => name.endsWith('.zip'))).toEqual([`${modules[1]!.id}-scorm2004.zip`]);
    expect(manifestOf(join(out, `${modules[1]!.id}-scorm2004.zip`))).toContain('<imsss:minNormalizedMeasure>0.85</imsss:minNormalizedMeasure>');
    expect(tableRows(result.stdout)[0]!['pass mark']).toBe('85%');
  });

  test('--standard cmi5 writes a cmi5 zip whose cmi5.xml carries the pass mark as masteryScore', () => {
    const out = join(scratch, 'cmi5');
    const result = runPackage('--modules', 'm2', '--standard', 'cmi5', '--pass-mark', '85', '--out', out);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${modules[1]!.id}-cmi5-importblad.html`, `${modules[1]!.id}-cmi5.zip`]);
    const structure = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, `${modules[1]!.id}-cmi5.zip`))))['cmi5.xml']!);
    expect(structure).toContain('moveOn="CompletedAndPassed" masteryScore="0.85"');
    expect(tableRows(result.stdout)[0]!['standard']).toBe('cmi5');
  });

  const invalid: Array<{ what: string; args: (out: string) => string[]; message: RegExp }> = [
    { what: 'an unknown module', args: (out) => ['--modules', 'm1,m9', '--out', out], message: /^Error: --modules: "m9" is not a module; the modules are m1-drie-manieren, .*m6-eindcasus \(or m1 … m6\)$/ },
    { what: 'a pass mark of 120', args: (out) => ['--pass-mark', '120', '--out', out], message: /^Error: --pass-mark: "120" is not a percentage; use a number from 0 to 100, e\.g\. --pass-mark 70$/ },
    { what: 'a folder nobody can write to', args: () => ['--out', '/proc/x'], message: /^Error: --out: cannot write to "\/proc\/x" \(\/proc is not a folder you may write to\); choose another folder$/ },
    { what: 'an unknown standard', args: (out) => ['--standard', 'scorm2004,aicc', '--out', out], message: /^Error: --standard: "aicc" is not a standard this course writes; use scorm12, scorm2004, cmi5/ },
  ];
  for (const { what, args, message } of invalid) {
    test(`${what} exits non-zero with one sentence naming the option, and writes nothing`, () => {
      const out = join(scratch, 'pakketten');
      const result = runPackage(...args(out));
      expect(result.status).not.toBe(0);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr.trim()).toMatch(message);
      expect(result.stdout).not.toContain('wrote');
      expect(readdirSync(scratch)).toEqual([]);
      expect(existsSync('/proc/x')).toBe(false);
    });
  }

  test('--help lists every option with an example', () => {
    const result = spawnSync('npm', ['run', '--silent', 'package', '--', '--help'], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(0);
    for (const option of ['--modules', '--standard', '--form', '--pass-mark', '--title', '--out', '--no-build', '--help', 'Example:']) expect(result.stdout).toContain(option);
  });
});

// A pass mark built in with --pass-mark 70 is the default; the LMS's own mastery score at launch
// wins (1.2 cmi.student_data.mastery_score, 2004 cmi.scaled_passing_score), as the import sheet says.
test.describe('a package built with --pass-mark 70 in an LMS that sets its own pass mark', () => {
  const served = join(root, 'tests/.tmp/packages/pass-mark-70');
  const check = knowledgeCheckOf(m1.id);

  test.beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'package-pass-mark-'));
    try {
      const result = runPackage('--modules', 'm1', '--pass-mark', '70', '--out', join(out, 'zips'));
      expect(result.status, result.stderr).toBe(0);
      // Unpacked as an LMS would, beside the built packages the test server serves.
      for (const zip of readdirSync(join(out, 'zips')).filter((name) => name.endsWith('.zip'))) {
        for (const [name, data] of Object.entries(unzipSync(new Uint8Array(readFileSync(join(out, 'zips', zip)))))) {
          const file = join(served, zip.replace(/\.zip$/, ''), name);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, data);
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  for (const version of ['1.2', '2004'] as ScormVersion[]) {
    const packageName = `pass-mark-70/${m1.id}-${version === '1.2' ? 'scorm12' : 'scorm2004'}`;

    test(`SCORM ${version}: a score of 60% passes when the LMS sets 50`, async ({ page }) => {
      test.slow();
      const course = await launchCourse(page, { version, packageName, launchPage: m1.launchPage, cmi: seedCmi(version, { passMark: 50 }) });
      await expect(course.getByRole('heading', { level: 1, name: m1.title })).toBeVisible();
      // Through the lessons to the knowledge check, which is on the last one.
      await followLink(course, 'Begin met de module');
      for (const [index, title] of m1.lessonTitles.entries()) {
        await expect(course.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
        if (index < m1.lessonTitles.length - 1) await followLink(course, /^Volgende/);
      }
      await openQuiz(course, check.id);
      const shown = gradedOf(check, await shownQuestionIds(course, check.id));
      const right = sixtyPercentRight(shown);
      await answerQuiz(course, check, (id) => right.has(id));
      await closeCourse(page);
      const held = readCmi(version, await lmsData(page));
      expect(Number(held.raw)).toBeCloseTo((100 * right.size) / shown.length, 0);
      expect(Number(held.raw)).toBeGreaterThanOrEqual(50);
      expect(Number(held.raw)).toBeLessThan(70);
      expect(held.success).toBe('passed');
      expect(await lmsErrors(page)).toEqual([]);
    });
  }

  /** About 60% right, with at least one right answer per objective, so only the pass mark decides. */
  function sixtyPercentRight(shown: string[]): Set<string> {
    const objectiveOf = (id: string) => check.questions.find((question) => question.id === id)!.objective ?? '';
    const right = new Set<string>();
    for (const objective of new Set(shown.map(objectiveOf))) right.add(shown.find((id) => objectiveOf(id) === objective)!);
    const wanted = Math.max(right.size, Math.floor(shown.length * 0.6));
    for (const id of shown) if (right.size < wanted) right.add(id);
    return right;
  }
});
