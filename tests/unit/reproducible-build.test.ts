import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { unzipSync } from 'fflate';

// The same sources and options must give the same bytes: administrators identify a package by its
// SHA-256 (import sheet, package table), and an LMS must not see a "new version" of an unchanged course.
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'reproducible-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A complete build of the valid fixture course, each with its own output and content cache, as on two machines. */
function buildFixture(name: string): string {
  const outDir = join(work, name);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, OOV_CONTENT_DIR: './tests/fixtures/valid-course', OOV_CACHE_DIR: join(work, `${name}-cache`), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return join(outDir, 'packages');
}

/** The names of the entries whose contents differ, so a failure says which file carries the difference. */
function differingEntries(first: Buffer, second: Buffer): string[] {
  const a = unzipSync(new Uint8Array(first));
  const b = unzipSync(new Uint8Array(second));
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const differing = names.filter((name) => !a[name] || !b[name] || Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0);
  if (differing.length === 0 && Object.keys(a).join() !== Object.keys(b).join()) differing.push('(entry order)');
  return differing.length ? differing : ['(zip headers: timestamps or attributes)'];
}

test('two builds of the same course give byte-identical zips and import sheets', () => {
  const first = buildFixture('first');
  const second = buildFixture('second');
  const files = readdirSync(first).sort();
  expect(readdirSync(second).sort()).toEqual(files);
  expect(files.filter((name) => name.endsWith('.zip'))).toEqual(['m1-proef-cmi5.zip', 'm1-proef-scorm12.zip', 'm1-proef-scorm2004.zip', 'oov-leermodule-cursus-cmi5.zip', 'oov-leermodule-cursus-scorm12.zip', 'oov-leermodule-cursus-scorm2004.zip']);
  expect(files.filter((name) => name.endsWith('-importblad.html'))).toHaveLength(6);
  for (const name of files) {
    const a = readFileSync(join(first, name));
    const b = readFileSync(join(second, name));
    if (Buffer.compare(a, b) === 0) continue;
    expect.soft(name.endsWith('.zip') ? differingEntries(a, b) : ['differs'], name).toEqual([]);
  }
  // Two builds on one day would agree on a build date: look for today's date in every file.
  const today = new Date();
  const stamps = [today.toISOString().slice(0, 10), today.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })];
  for (const name of files) {
    const contents = name.endsWith('.zip') ? Object.entries(unzipSync(new Uint8Array(readFileSync(join(first, name))))) : [['', new Uint8Array(readFileSync(join(first, name)))] as const];
    for (const [entry, data] of contents) {
      const text = new TextDecoder().decode(data);
      expect.soft(stamps.filter((stamp) => text.includes(stamp)), `${name} ${entry}`).toEqual([]);
    }
  }
}, 240_000);
