/** axe-core run in the page: the serious and critical WCAG 2.1 A/AA violations, for the e2e tests. */
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = fs.readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations (WCAG 2.1 A/AA rules, contrast included) on the page as it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, so the page's CSP does not block it.
  await page.evaluate(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}
