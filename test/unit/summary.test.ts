// The job summary as a reviewer sees it: rendered as GitHub renders Markdown, grouped and linked, and under 1 MiB
// however many findings there are.
import { readFileSync, writeFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { ConfigurationSummary as TrustedConfigurationSummary } from '../../src/model.js';
import type { Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { formatComment } from '../../src/report/comment.js';
import { errorOutputs, formatOutputs } from '../../src/report/outputs.js';
import { ERROR_SUMMARY_PROBLEMS, formatErrorSummary, formatSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { fixtureContext, fixtureFindings, fixtureOutcome } from './report-fixture.js';

const golden = (name: string, actual: string) => {
  const path = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
};

/** Elements of the rendered HTML, in order, as `tag` or `tag.attribute=value` for links. */
const html = (markdown: string) => marked.parse(markdown, { gfm: true, async: false });
const headings = (page: string) => [...page.matchAll(/<h([1-6])[^>]*>(.*?)<\/h\1>/g)].map((match) => match[2]);

describe('summary of a run that stopped (issue 17)', () => {
  const problems = [
    ".kube-policy-gate.yaml:1: fail-on: 'sometimes' is not one of error, warning, notice, never",
    ".kube-policy-gate.yaml:5: rules.privilegd: unknown rule 'privilegd' (did you mean 'privileged'?); expected a rule id of the bundled or your own policies",
    "Invalid values-files entry 'charts/web/values-prod.yaml': it does not exist (did you mean 'charts/web/values-production.yaml'?). Expected a file in the repository (paths are relative to its root).",
  ];

  it('matches the golden file: what was wrong, one problem a line, never an empty summary', () => {
    golden('summary-configuration-error.md', formatErrorSummary(problems, true));
  });

  it('keeps PR text from leaving its list item, and lists at most a page of problems', () => {
    const markdown = formatErrorSummary(['.kube-policy-gate.yaml:2: rules.x: unknown rule \'x\n## <b>FORGED</b> [link](https://example.com) @team\'', ...problems], true);
    const page = html(markdown);
    expect(headings(page)).toEqual(['❌ kube-policy-gate: configuration error']);
    expect(page).not.toMatch(/<b>|<a /);
    // GitHub links mentions and bare URLs that marked leaves alone: neither is written as such.
    expect(markdown).not.toMatch(/@team|https:\/\//);
    expect(page.match(/<li>/g)).toHaveLength(4);
    const many = formatErrorSummary(Array.from({ length: ERROR_SUMMARY_PROBLEMS + 7 }, (_, index) => `problem ${index}`), true);
    expect(many.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(ERROR_SUMMARY_PROBLEMS + 1);
    expect(many).toContain('- … and 7 more problems: the log lists them all.');
    expect(formatErrorSummary(['boom'], false).split('\n').slice(0, 3)).toEqual(['## ❌ kube-policy-gate: could not run', '', 'Nothing was checked: kube-policy-gate stopped on an unexpected error. Please report it with this message.']);
  });

  it("sets verdict error, and no count: nothing was counted", () => {
    expect(errorOutputs()).toEqual({ verdict: 'error' });
  });
});

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

  it('says in its first line how many deploying objects deploy what was not judged', () => {
    const deployedBy = (name: string) => ({ kind: 'HelmRelease', namespace: 'apps', name, file: `apps/${name}.yaml`, line: 2 });
    const notChecked = (name: string): Finding => ({
      ruleId: 'not-checked',
      severity: 'error',
      title: 'Not checked',
      message: `HelmRelease apps/${name}: remote chart: not rendered`,
      target: { kind: 'manifests', path: `apps/${name}.yaml`, deployedBy: deployedBy(name) },
      location: { file: `apps/${name}.yaml`, line: 2 },
    });
    const summary = formatSummary(decideOutcome([notChecked('web'), notChecked('db')], 'error', 2, 0));
    expect(summary.split('\n')[0]).toBe('## ❌ kube-policy-gate: failed (2 deployments not judged)');
    expect(formatSummary(decideOutcome([], 'error', 1, 1)).split('\n')[0]).toBe('## ✅ kube-policy-gate: passed');
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
    expect(summary).toContain(`**Truncated:** ${5000 - omitted} of 5000 findings shown, since GitHub drops a job summary over 1 MiB.`);
    expect(summary.split('<details>').length).toBe(summary.split('</details>').length);
    expect(summary.trimEnd().endsWith('The `report-file` output (JSON) holds every finding.')).toBe(true);
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

describe('summary: a pull request whose config changes wait for the merge', () => {
  const pending = {
    key: 'fail-on',
    file: '.kube-policy-gate.yaml',
    line: 2,
    proposed: 'never',
    applied: 'error',
    message: "this pull request sets fail-on: never in .kube-policy-gate.yaml; the base branch's fail-on: error applies until it is merged",
  };
  const hostile = { ...pending, key: 'exceptions[0]', line: 4, message: 'this pull request adds the exception for * on name <img src=x> (reason: ## [x](https://evil) @team) at .kube-policy-gate.yaml:4' };
  const configuration: TrustedConfigurationSummary = { file: '.kube-policy-gate.yaml', disabled: [], enabled: [], regraded: [], parameters: [], exceptions: 0, pending: [pending, hostile], trustedFrom: { commit: 'b'.repeat(40) } };
  const configured = (changes: Partial<TrustedConfigurationSummary>): TrustedConfigurationSummary => ({ ...configuration, ...changes });

  it('lists them at the top, right under the verdict, each escaped and with its line', () => {
    const summary = formatSummary({ ...fixtureOutcome(), configuration });
    const lines = summary.split('\n');
    expect(lines.slice(2, 9)).toEqual([
      lines[2],
      '',
      '**Pending until merged** (2 changes to .kube-policy-gate.yaml that would loosen the gate):',
      '',
      "- this pull request sets fail-on: never in .kube-policy-gate.yaml; the base branch&#39;s fail-on: error applies until it is merged (line 2)",
      lines[7],
      '',
    ]);
    const page = html(summary);
    expect(page).not.toMatch(/<img|<a href|<h2>\s*\[x\]/);
    expect(headings(page)[0]).toBe('❌ kube-policy-gate: failed');
  });

  it("says why nothing may loosen when the base's config could not be read", () => {
    const summary = formatSummary({ ...fixtureOutcome(), configuration: configured({ pending: [], trustedFrom: { problem: 'The base commit 0123 is not in the clone. Check out with fetch-depth: 2.' } }) });
    expect(summary).toContain("> The base branch's config could not be read, so this pull request's config applies only where it is stricter than the defaults: The base commit 0123 is not in the clone. Check out with fetch-depth: 2.");
    expect(summary).not.toContain('Pending until merged');
  });

  it('puts them in the sticky comment too, before the findings', () => {
    const comment = formatComment({ ...fixtureOutcome(), configuration });
    expect(comment.indexOf('**Pending until merged**')).toBeGreaterThan(0);
    expect(comment.indexOf('**Pending until merged**')).toBeLessThan(comment.indexOf('| Severity |'));
    expect(formatOutputs({ ...fixtureOutcome(), configuration })['config-pending']).toBe('2');
    expect(formatOutputs(fixtureOutcome())['config-pending']).toBeUndefined();
  });

  it('keeps the comment under its limit however many changes there are', () => {
    const many = Array.from({ length: 2_000 }, (_, index) => ({ ...pending, line: index + 1 }));
    const comment = formatComment({ ...fixtureOutcome(), configuration: configured({ pending: many }) });
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(comment).toContain('- …the job summary lists the rest.');
  });
});
