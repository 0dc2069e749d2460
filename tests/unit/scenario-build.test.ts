import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'scenario-fixture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a scenario whose steps do not connect fails the build with every problem, naming file, scenario and step', () => {
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, OOV_CONTENT_DIR: './tests/fixtures/broken-scenario-graph', OOV_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const file = 'tests/fixtures/broken-scenario-graph/m1-proef/scenarios/brief.yaml';
  expect(result.status).not.toBe(0);
  expect(output).toContain('The course content has 2 problem(s)');
  expect(output).toContain(`Scenario "m1-proef-scenario" in ${file}\n  step "dp2", choice "a" → next: names "dp9", but the steps are "dp1", "dp2", "dp3" and the endings are "goed"`);
  expect(output).toContain(`Scenario "m1-proef-scenario" in ${file}\n  step "dp3": no path from the start step "dp1" leads here; point a choice's \`next\` at it or remove the step`);
  expect(existsSync(join(outDir, 'packages'))).toBe(false);
}, 120_000);
