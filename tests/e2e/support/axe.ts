import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe run of a test session is logged here; tests/support/write-axe-summary.ts turns it into the summary the accessibility statement is built from. */
import { AXE_LOG } from '../../support/write-axe-summary.ts';

/**
 * Runs axe with the WCAG 2.2 A and AA rules and expects no violation; names them if there are.
 * `include` narrows the run to one component (a CSS selector).
 */
export async function expectNoAxeViolations(page: Page, label: string, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const { violations, passes, incomplete, testEngine } = await (include ? builder.include(include) : builder).analyze();
  mkdirSync(dirname(AXE_LOG), { recursive: true });
  appendFileSync(AXE_LOG, `${JSON.stringify({ label, axe: testEngine.version, violations: violations.map((v) => v.id), passed: passes.length, needsReview: incomplete.map((i) => i.id) })}\n`);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${label}`).toEqual([]);
}
