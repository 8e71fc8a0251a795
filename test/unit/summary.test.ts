// The job summary as a reviewer sees it: rendered as GitHub renders Markdown, grouped and linked, and under 1 MiB
// however many findings there are.
import { readFileSync, writeFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { formatSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { fixtureContext, fixtureFindings, fixtureOutcome } from './report-fixture.js';

const golden = (name: string, actual: string) => {
  const path = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
};

/** Elements of the rendered HTML, in order, as `tag` or `tag.attribute=value` for links. */
const html = (markdown: string) => marked.parse(markdown, { gfm: true, async: false });
const headings = (page: string) => [...page.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((match) => match[2]);

describe('summary', () => {
  it('matches the golden file for a pull request with findings, a render error and an accepted finding', () => {
    golden('summary-pull-request.md', formatSummary(fixtureOutcome(), undefined, fixtureContext()));
  });

  it('renders as a reviewer reads it: not-checked first, rules linked to their docs, files in collapsible sections', () => {
    const page = html(formatSummary(fixtureOutcome(), undefined, fixtureContext()));
    expect(headings(page)).toEqual(['❌ kube-policy-gate: failed', '⚠️ Not checked', 'Rules', 'Targets', 'Exceptions applied', 'Findings by file']);
    // One collapsible section a file, each holding its own table; files the pull request changes first.
    const sections = [...page.matchAll(/<details><summary>(.*?)<\/summary>([\s\S]*?)<\/details>/g)];
    expect(sections.map((section) => section[1])).toEqual([
      '<code>charts/shop/values.yaml</code> — 1 error, 1 warning · changed in this pull request',
      '<code>debug/pod.yaml</code> — 2 errors · changed in this pull request',
      '<code>deploy/base/deployment.yaml</code> — 2 errors',
      '<code>deploy/overlays/staging/patch.yaml</code> — 1 error',
      '<code>deploy/overlays/prod/kustomization.yaml</code> — 1 warning',
      '<code>deploy/base/vpn.yaml</code> — 1 accepted',
    ]);
    for (const [, , body] of sections) expect(body).toMatch(/^\s*<table>[\s\S]*<\/table>\s*$/);
    expect(page).toContain('<a href="https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/debug/pod.yaml#L14">14</a>&nbsp;✏️');
    expect(page).toContain('<a href="https://github.com/acme/kube-policy-gate/blob/v1/docs/rules.md#privileged">privileged</a>');
    // Remediation once a rule, as code where the rule writes code.
    expect(page.split('Remove <code>securityContext.privileged</code> or set it to <code>false</code>').length).toBe(2);
    // The render error sits in the not-checked table, not among the findings.
    const notChecked = page.slice(page.indexOf('Not checked</h3>'), page.indexOf('Rules</h3>'));
    expect(notChecked).toContain('kustomize build failed');
    expect(page.indexOf('kustomize build failed')).toBe(page.lastIndexOf('kustomize build failed'));
  });

  it('keeps PR text as text once rendered', () => {
    const hostile: Finding = {
      ...fixtureFindings[0]!,
      message: '<img src=x onerror=alert(1)> <details><summary>x</summary> [a](javascript:alert(1)) </details> @octocat',
      location: { file: 'a</code></summary></details><script>.yaml', line: 2 },
    };
    const page = html(formatSummary(decideOutcome([hostile], 'error', 1, 1), undefined, fixtureContext()));
    expect(page).not.toMatch(/<(img|script|a href="javascript)/);
    expect(page.match(/<details>/g)).toHaveLength(1);
    expect(page.match(/<\/details>/g)).toHaveLength(1);
    expect(page).toContain('a%3C/code%3E%3C/summary%3E%3C/details%3E%3Cscript%3E.yaml#L2');
  });

  it('stays under 1 MiB with 5,000 findings and says what it left out', () => {
    const findings = Array.from({ length: 5_000 }, (_, i): Finding => ({
      ...fixtureFindings[i % 8]!,
      message: `${fixtureFindings[i % 8]!.message} ${'and a long explanation '.repeat(8)}${i}`,
      location: { file: `apps/app-${i % 400}/deployment.yaml`, line: 10 + i },
    }));
    const summary = formatSummary(decideOutcome(findings, 'error', 400, 5_000), undefined, fixtureContext());
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 10_000);
    const shown = summary.split('\n').filter((line) => /^\| \[\d+\]/.test(line)).length;
    const omitted = findings.filter((finding) => finding.ruleId !== 'render-error' && finding.ruleId !== 'not-checked').length - shown;
    expect(omitted).toBeGreaterThan(0);
    expect(summary).toContain(`**Truncated:** ${omitted} findings of 5000 not shown, since GitHub drops a job summary over 1 MiB.`);
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length);
    expect(summary.trimEnd().endsWith('The `report-file` output (JSON) and the SARIF file hold every finding.')).toBe(true);
  });

  it('shows every finding of a smaller run, quickly', () => {
    const findings = Array.from({ length: 1_000 }, (_, i): Finding => ({ ...fixtureFindings[i % 8]!, location: { file: `apps/app-${i % 400}/deployment.yaml`, line: 10 + i } }));
    const started = performance.now();
    const summary = formatSummary(decideOutcome(findings, 'error', 400, 1_000), undefined, fixtureContext());
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(summary).not.toContain('Truncated');
    expect(summary.match(/<details>/g)).toHaveLength(400);
    expect(summary.split('\n').filter((line) => /^\| \[\d+\]/.test(line))).toHaveLength(1_000);
  });
});
