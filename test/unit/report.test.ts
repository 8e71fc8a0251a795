import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/model.js';
import { decideOutcome, foldByPlace, withoutRepeats } from '../../src/outcome.js';
import { formatAnnotations } from '../../src/report/annotations.js';
import { formatOutputs } from '../../src/report/outputs.js';
import { markdown } from '../../src/report/escape.js';
import { formatSummary } from '../../src/report/summary.js';
import { formatJson, formatText } from '../../src/report/text.js';

const finding = (severity: Severity, line: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'privileged',
  severity,
  title: 'Privileged containers',
  message: `container "app" must not set securityContext.privileged=true`,
  target: { kind: 'kustomize', path: 'overlays/prod' },
  resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'api' },
  location: { file: 'base/deploy.yaml', line, column: 9 },
  ...extra,
});

const golden = (name: string, actual: string) => {
  const path = new URL(`./golden/${name}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
};

describe('outcome', () => {
  it('reports one finding per problem when two targets judge the same object at the same line', () => {
    const overlay = finding('error', 3);
    const plain = finding('error', 3, { target: { kind: 'manifests', path: 'base/deploy.yaml' } });
    const other = finding('error', 3, { resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' } });
    expect(withoutRepeats([overlay, plain, other])).toEqual([overlay, other]);
  });

  it('folds the same problem at the same place into one finding naming every object, after exceptions', () => {
    const web = finding('error', 3, { resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' }, target: { kind: 'kustomize', path: 'overlays/prod', variant: 'a' }, variants: ['a'] });
    const db = finding('error', 3, { resource: { apiVersion: 'apps/v1', kind: 'StatefulSet', namespace: 'shop', name: 'db' }, target: { kind: 'kustomize', path: 'overlays/prod', variant: 'b' }, variants: ['b'] });
    const accepted = finding('error', 3, { resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'vpn' }, suppressed: { by: 'config', reason: 'tunnel' } });
    const elsewhere = finding('error', 4);
    const otherMessage = finding('error', 3, { message: 'container "sidecar" must not set securityContext.privileged=true (from the values)' });
    const folded = foldByPlace([web, db, accepted, elsewhere, otherMessage]);
    expect(folded.map((each) => [each.resource?.name, each.alsoFor?.map((other) => other.resource?.name), each.variants])).toEqual([
      ['web', ['db'], ['a', 'b']],
      ['vpn', undefined, undefined],
      ['api', undefined, undefined],
      ['api', undefined, undefined],
    ]);
    expect(web.alsoFor).toBeUndefined(); // the caller's findings are never changed
    expect(formatText(decideOutcome(folded, 'error', 1, 2))).toContain('(Deployment/shop/web and 1 more (StatefulSet/shop/db))');
  });

  it('folds one values line shared by differently named containers and kinds', () => {
    const container = (name: string, kind: string) =>
      finding('error', 3, { ruleId: 'seccomp-restricted', message: `container "${name}" must set securityContext.seccompProfile.type, the pods of this ${kind} …`, resource: { apiVersion: 'apps/v1', kind, namespace: 'shop', name } });
    const init = finding('error', 3, { ruleId: 'seccomp-restricted', message: 'init container "sleep" must set securityContext.seccompProfile.type, the pods of this Deployment …', resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'distributor' } });
    const folded = foldByPlace([container('distributor', 'Deployment'), container('ingester', 'StatefulSet'), init, finding('error', 3)]);
    // The init container of distributor is another problem of the same object at that line: shown on its own.
    expect(folded.map((each) => [each.resource?.name, each.alsoFor?.map((other) => other.resource?.name)])).toEqual([
      ['distributor', ['ingester']],
      ['distributor', undefined],
      ['api', undefined],
    ]);
  });

  it('drops an untagged base image that every overlay building on it tags, unless an overlay did not render', () => {
    const base = { kind: 'kustomize' as const, path: 'base', includedBy: ['overlays/dev', 'overlays/prod'] };
    const untagged = (target: Finding['target'], extra: Partial<Finding> = {}) =>
      finding('warning', 24, { ruleId: 'image-tag', message: 'container "c" uses image ghcr.io/x/c without a tag', target, location: { file: 'base/deploy.yaml', line: 24, column: 11 }, ...extra });
    expect(withoutRepeats([untagged(base)])).toEqual([]);
    // One overlay keeps it: reported once, the base's to fix.
    expect(withoutRepeats([untagged(base), untagged({ kind: 'kustomize', path: 'overlays/prod' })])).toEqual([untagged(base)]);
    const failed = finding('error', 1, { ruleId: 'render-error', target: { kind: 'kustomize', path: 'overlays/dev' }, resource: undefined });
    expect(withoutRepeats([untagged(base), failed])).toEqual([untagged(base), failed]);
    // Any other violation an overlay patches away stays the base's: a pipeline may apply the base alone.
    expect(withoutRepeats([finding('error', 10, { target: base })])).toEqual([finding('error', 10, { target: base })]);
    const deployed = { ...base, deployedBy: { kind: 'Kustomization', name: 'base', file: 'clusters/base.yaml', line: 1 } };
    expect(withoutRepeats([untagged(deployed)])).toEqual([untagged(deployed)]);
  });

  it('folds the not-checked findings of one deploying object at its line whatever versions their messages name', () => {
    const deployedBy = (name: string) => ({ kind: 'HelmRelease', namespace: 'podinfo', name, file: 'base/release.yaml', line: 2 });
    const notChecked = (version: string, name = 'podinfo') =>
      finding('warning', 2, { ruleId: 'not-checked', resource: undefined, target: { kind: 'manifests', path: 'base/release.yaml', deployedBy: deployedBy(name) }, message: `HelmRelease podinfo/${name} uses the chart 'podinfo'${version}: remote chart: not rendered` });
    const folded = foldByPlace([notChecked(' >=1.0.0'), notChecked(''), finding('error', 2), notChecked('', 'other')]);
    expect(folded.map((each) => [each.ruleId, each.message, each.alsoFor?.map((other) => other.message)])).toEqual([
      ['not-checked', "HelmRelease podinfo/podinfo uses the chart 'podinfo' >=1.0.0: remote chart: not rendered", ["HelmRelease podinfo/podinfo uses the chart 'podinfo': remote chart: not rendered"]],
      ['privileged', 'container "app" must not set securityContext.privileged=true', undefined],
      ['not-checked', "HelmRelease podinfo/other uses the chart 'podinfo': remote chart: not rendered", undefined],
    ]);
  });

  it('fails only on findings at or above fail-on', () => {
    const findings = [finding('warning', 3), finding('notice', 4)];
    expect(decideOutcome(findings, 'error', 1, 1).verdict).toBe('pass');
    expect(decideOutcome(findings, 'warning', 1, 1).verdict).toBe('fail');
    expect(decideOutcome(findings, 'notice', 1, 1).verdict).toBe('fail');
    expect(decideOutcome([finding('error', 1)], 'never', 1, 1).verdict).toBe('pass');
    expect(decideOutcome(findings, 'error', 1, 1).counts).toEqual({ error: 0, warning: 1, notice: 1 });
  });
});

describe('annotations', () => {
  it('keeps within 10 per level, leaves a slot for setFailed and says how many more there are', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding('error', i + 1)), ...Array.from({ length: 3 }, (_, i) => finding('warning', 100 + i))];
    const annotations = formatAnnotations(decideOutcome(findings, 'error', 1, 1));
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(3);
    expect(annotations.at(-1)).toEqual({
      level: 'notice',
      message: '3 more findings are not annotated here (GitHub shows 10 per level); the job summary lists them as far as 1 MiB allows, the report-file output (JSON) all 15.',
      properties: { title: 'kube-policy-gate: more findings in the job summary' },
    });
    expect(annotations[0]).toEqual({
      level: 'error',
      message: 'container "app" must not set securityContext.privileged=true\nDeployment/shop/api from kustomize overlays/prod [privileged]',
      properties: { title: 'Privileged containers', file: 'base/deploy.yaml', startLine: 1, startColumn: 9 },
    });
  });

  it('leaves warning slots to warnings the action already spent (a summary that could not be written)', () => {
    const findings = Array.from({ length: 12 }, (_, i) => finding('warning', i + 1));
    expect(formatAnnotations(decideOutcome(findings, 'error', 1, 1), { warning: 1 }).filter((a) => a.level === 'warning')).toHaveLength(9);
  });

  it('gives the slots to changed lines first, then one per file before a second in the same file', () => {
    const inFile = (file: string, count: number, from = 1) => Array.from({ length: count }, (_, i) => finding('error', from + i, { location: { file, line: from + i } }));
    const findings = [...inFile('a.yaml', 12), ...inFile('b.yaml', 3), ...inFile('c.yaml', 2), ...inFile('z.yaml', 2, 50)];
    const changed = { files: new Set(['z.yaml']), lines: new Set(['z.yaml:51']) };
    const chosen = formatAnnotations(decideOutcome(findings, 'error', 1, 1), {}, { changed, pathPrefix: 'infra' })
      .filter((annotation) => annotation.level === 'error')
      .map((annotation) => `${annotation.properties.file}:${annotation.properties.startLine}`);
    // 9 slots (setFailed takes one): the changed line, the rest of the changed file, then rounds over the other files
    // (a, b, c; a, b, c; a): listed in the outcome's order.
    expect(chosen).toEqual(['infra/a.yaml:1', 'infra/a.yaml:2', 'infra/a.yaml:3', 'infra/b.yaml:1', 'infra/b.yaml:2', 'infra/c.yaml:1', 'infra/c.yaml:2', 'infra/z.yaml:50', 'infra/z.yaml:51']);
  });

  it('uses all 10 error slots when the run passes', () => {
    const findings = Array.from({ length: 10 }, (_, i) => finding('error', i + 1));
    expect(formatAnnotations(decideOutcome(findings, 'never', 1, 1))).toHaveLength(10);
  });
});

describe('summary', () => {
  it('matches the golden file and escapes PR content', () => {
    const hostile = finding('error', 7, { message: 'name <img src=x onerror=alert(1)> | `x` [link](http://e) **b**', resource: { apiVersion: 'v1', kind: 'Pod', name: 'a|b' } });
    const forged = finding('error', 9, {
      message: 'helm fail:\r\n## ✅ kube-policy-gate: passed\u2028| error | x | y | z | w |\u0085@octocat see #1 at www.example.com $x$',
      location: { file: 'charts/a\nb/values.yaml', line: 9 },
    });
    golden('summary.md', formatSummary(decideOutcome([finding('warning', 3), hostile, forged], 'error', 2, 5)));
  });

  it('stays under the size limit and says how many rows it left out', () => {
    const findings = Array.from({ length: 400 }, (_, i) => finding('error', i + 1));
    const summary = formatSummary(decideOutcome(findings, 'error', 1, 1), 20_000);
    expect(Buffer.byteLength(summary)).toBeLessThan(20_000);
    expect(summary).toMatch(/\*\*Truncated:\*\* \d+ of 400 findings shown/);
  });

  it('escapes every HTML and table character', () => {
    expect(markdown(`<a href="x">'|'</a>\n`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&#124;&#39;&lt;/a&gt;<br>');
  });

  it('says so when there is nothing to report', () => {
    expect(formatSummary(decideOutcome([], 'error', 3, 9))).toBe('## ✅ kube-policy-gate: passed\n\n**0 errors, 0 warnings, 0 notices in 9 objects from 3 targets** (fail-on: `error`)\n\nNo findings.\n');
  });
});

describe('outputs and text', () => {
  it('keeps every terminal line one line that cannot start a workflow command', () => {
    const outcome = decideOutcome([finding('error', 3, { message: 'failed\r::error::forged\n  ::add-mask::x ##[error]y', location: { file: '::warning::f.yaml', line: 3 } })], 'error', 1, 1);
    expect(formatText(outcome)).toBe(
      '\\::warning::f.yaml:3: error [privileged] failed\\r::error::forged\\n  ::add-mask::x ##\\[error]y (Deployment/shop/api)\n1 error, 0 warnings, 0 notices in 1 object from 1 target: FAIL (fail-on: error)\n',
    );
  });

  it('formats outputs and terminal lines', () => {
    const outcome = decideOutcome([finding('error', 3)], 'error', 1, 2);
    expect(formatOutputs(outcome)).toEqual({ errors: '1', warnings: '0', notices: '0', findings: '1', suppressed: '0', verdict: 'fail' });
    expect(formatText(outcome)).toBe(
      'base/deploy.yaml:3:9: error [privileged] container "app" must not set securityContext.privileged=true (Deployment/shop/api)\n1 error, 0 warnings, 0 notices in 2 objects from 1 target: FAIL (fail-on: error)\n',
    );
  });
});

describe('accepted findings', () => {
  const accepted = finding('error', 7, {
    suppressed: { by: 'config', reason: 'vendor chart, fixed upstream in 2.1', owner: 'platform', expires: '2027-06-30', file: '.kube-policy-gate.yaml', line: 4 },
  });
  const outcome = decideOutcome([finding('warning', 3, { ruleId: 'image-tag' }), accepted], 'error', 1, 2);

  it('neither count nor fail, and are no annotation', () => {
    expect(outcome.verdict).toBe('pass');
    expect(outcome.counts).toEqual({ error: 0, warning: 1, notice: 0 });
    expect(formatOutputs(outcome)).toEqual({ errors: '0', warnings: '1', notices: '0', findings: '1', suppressed: '1', verdict: 'pass' });
    expect(formatAnnotations(outcome).map((annotation) => annotation.level)).toEqual(['warning']);
  });

  it('are listed with the exception that accepted them in the text, the summary and the JSON', () => {
    expect(formatText(outcome)).toContain(
      'base/deploy.yaml:7:9: error [privileged] container "app" must not set securityContext.privileged=true (Deployment/shop/api) — accepted by an exception (vendor chart, fixed upstream in 2.1; owner platform; until 2027-06-30)\n',
    );
    const summary = formatSummary(outcome);
    expect(summary).toContain('**0 errors, 1 warning, 0 notices, 1 accepted by exceptions in 2 objects from 1 target**');
    expect(summary).toContain('### Exceptions applied\n\n| By | Where | Reason | Owner | Expires | Findings |\n| --- | --- | --- | --- | --- | --- |\n| config | .kube-policy-gate.yaml:4 | vendor chart, fixed upstream in 2.1 | platform | 2027-06-30 | 1 |');
    expect(summary).toContain('<details><summary><code>base/deploy.yaml</code> — 1 warning, 1 accepted</summary>');
    expect(summary).toContain('| 7 | error (accepted) | privileged');
    const json = JSON.parse(formatJson(outcome)) as { findings: Finding[]; exceptions: unknown[] };
    expect(json.findings.find((item) => item.suppressed)?.suppressed?.reason).toBe('vendor chart, fixed upstream in 2.1');
    expect(json.exceptions).toEqual([{ ...accepted.suppressed, findings: 1 }]);
  });
});

describe('configuration in the summary', () => {
  it('says what the config file changed about the rules, since it is part of the pull request', () => {
    const outcome = {
      ...decideOutcome([], 'error', 1, 1),
      configuration: { file: '.kube-policy-gate.yaml', disabled: ['host-users'], enabled: ['image-digest'], regraded: [{ rule: 'privileged', severity: 'notice' as const }], parameters: ['image-tag'], exceptions: 2 },
    };
    expect(formatSummary(outcome)).toContain(
      'Config file .kube-policy-gate.yaml: disables host-users; enables image-digest; re-grades privileged to notice; sets parameters of image-tag; declares 2 exceptions.\n',
    );
    expect(formatSummary({ ...outcome, configuration: { ...outcome.configuration, disabled: [], enabled: [], regraded: [], parameters: [], exceptions: 0 } })).toContain(
      'Config file .kube-policy-gate.yaml: changes no rule.\n',
    );
  });
});
