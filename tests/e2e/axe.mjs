// axe-core (WCAG 2.0/2.1 A and AA rules) for the end-to-end tests: one
// helper that fails with one line per offending node.

import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing node, so the failure says what to fix. */
function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
        .join('\n');
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

/** Fails unless axe finds no WCAG 2.1 A/AA violation on `page`. */
export async function assertNoViolations(page, state) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  if (results.violations.length > 0) {
    const report = describeViolations(results.violations);
    assert.fail(`${results.violations.length} axe violation(s) on ${state}:\n${report}`);
  }
  // Make sure axe actually looked at the app, not an empty shell.
  assert.ok(results.passes.length > 0, `axe found nothing to check on ${state}`);
}

