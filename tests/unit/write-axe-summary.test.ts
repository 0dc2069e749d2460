import { describe, expect, test } from 'vitest';
import { isCompleteRun } from '../support/write-axe-summary.ts';

describe('the accessibility summary is written only by a complete run', () => {
  test.each([
    [['node', 'playwright', 'test', '-c', 'tests/playwright.config.ts'], true],
    [['node', 'playwright', 'test', '--config=tests/playwright.config.ts', '--workers', '2'], true],
    [['node', 'playwright', 'test', '-c', 'tests/playwright.config.ts', 'a11y'], false],
    [['node', 'playwright', 'test', '-c', 'tests/playwright.config.ts', '-g', 'axe'], false],
    [['node', 'playwright', 'test', '--last-failed'], false],
    [['node', 'playwright', 'test', '--shard=1/2'], false],
  ])('%j is complete: %s', (argv, expected) => {
    expect(isCompleteRun(argv)).toBe(expected);
  });
});
