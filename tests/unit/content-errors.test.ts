import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'fixture-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the whole site from a fixture course, as an author would run `npm run build`. */
function buildFixture(name: string): { status: number | null; output: string; outDir: string } {
  const outDir = join(work, name);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, OOV_CONTENT_DIR: `./tests/fixtures/${name}`, OOV_CACHE_DIR: join(work, `${name}-cache`), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

describe('building fixture courses', () => {
  test('a valid course builds the site and both packages', () => {
    const { status, output, outDir } = buildFixture('valid-course');
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'packages/m1-proef-scorm12.zip'))).toBe(true);
    expect(existsSync(join(outDir, 'packages/m1-proef-scorm2004.zip'))).toBe(true);
  }, 120_000);

  test('a quiz whose correct answer names no option fails with the file, the question and the field', () => {
    const { status, output, outDir } = buildFixture('broken-quiz-correct');
    expect(status).not.toBe(0);
    expect(output).toContain('quizzes → m1-proef/quizzes/check data does not match collection schema');
    expect(output).toContain('questions.0.correct: question "m1-proef-vraag": names option "d", but the options are "a", "b" and "c"');
    expect(output).toContain('tests/fixtures/broken-quiz-correct/m1-proef/quizzes/check.yaml');
    expect(existsSync(join(outDir, 'packages'))).toBe(false);
  }, 120_000);

  test('lesson frontmatter of the wrong type or with a misspelt field fails with expected and found', () => {
    const { status, output } = buildFixture('broken-lesson-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('lessons → m1-proef/01-les data does not match collection schema');
    expect(output).toContain('order: frontmatter: expected a number, found "een"');
    expect(output).toContain('samenvating: frontmatter: unknown field "samenvating"; check the spelling');
    expect(output).toContain('tests/fixtures/broken-lesson-frontmatter/m1-proef/01-les.mdx');
  }, 120_000);

  test('references between files that do not resolve are all reported at once', () => {
    const { status, output } = buildFixture('broken-module-references');
    expect(status).not.toBe(0);
    expect(output).toContain('The course content has 3 problem(s)');
    expect(output).toContain('Module "m1-proef" in tests/fixtures/broken-module-references/m1-proef/module.yaml\n  objectives.m1-doel: no lesson serves this objective; list it in the `objectives` of the lessons that teach it');
    expect(output).toContain('Lesson "01-les" in tests/fixtures/broken-module-references/m1-proef/01-les.mdx\n  objectives: names "m1-onbekend", but module "m1-proef" has the objectives "m1-doel"');
    expect(output).toContain('Module "m1-proef" in tests/fixtures/broken-module-references/m1-proef/module.yaml\n  knowledgeCheck: names quiz "m1-bestaat-niet", but no quiz file has that id');
  }, 120_000);

  test('two quiz files with the same id fail the build naming both files', () => {
    const { status, output } = buildFixture('broken-duplicate-ids');
    expect(status).not.toBe(0);
    expect(output).toContain('Quiz "m1-proef-check" in tests/fixtures/broken-duplicate-ids/m1-proef/quizzes/check.yaml\n  id: the same id is used in tests/fixtures/broken-duplicate-ids/m1-proef/quizzes/oefen.yaml; give each quiz its own id');
  }, 120_000);
});
