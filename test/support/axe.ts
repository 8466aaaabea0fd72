// axe-core for the e2e tests: the engine's source evaluated into the page (page.evaluate runs outside
// the page's CSP, as @axe-core/playwright does it), then `axe.run`. `axe-core` is a dev dependency.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

export interface AxeViolation {
  readonly id: string;
  readonly impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly failureSummary?: string }[];
}

let source: string | null | undefined;

/** axe-core's source, or null when the package is not installed. */
export function axeSource(): string | null {
  if (source === undefined) {
    try {
      source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    } catch {
      source = null;
    }
  }
  return source;
}

/** The WCAG 2.x A/AA violations on the page now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const src = axeSource();
  if (src === null) throw new Error('axe-core is not installed (the axe-core dev dependency: run npm install)');
  // Once a page: a page that moves between screens without loading again keeps the engine.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(src);
  return page.evaluate(async () => {
    const w = globalThis as unknown as { document: unknown; axe: { run(ctx: unknown, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(w.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** One line per violation, for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`).join('\n');
}
