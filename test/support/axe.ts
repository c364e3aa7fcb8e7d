/**
 * axe-core on a page as it is: the serious and critical WCAG 2.1 A/AA
 * violations (contrast included), or one rule's findings, one readable line
 * each. Shared by the accessibility, screen and live-meeting tests.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = fs.readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

type RunOnly = { type: 'tag' | 'rule'; values: string[] };

async function axeViolations(page: Page, runOnly: RunOnly): Promise<Violation[]> {
  // Evaluated through the debugger protocol, so the page's CSP does not block it.
  await page.evaluate(await axeSource);
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations;
  }, runOnly);
}

/** Serious and critical axe violations (WCAG 2.1 A/AA rules) on `page` now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await axeViolations(page, {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** axe's contrast findings on `page` now, one per element. */
export async function contrastViolations(page: Page): Promise<string[]> {
  const violations = await axeViolations(page, { type: 'rule', values: ['color-contrast'] });
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  );
}
