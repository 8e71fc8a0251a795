// New versus existing: matching by identity (never by line), renamed targets, shifted list items, could-not-check
// findings, the counts and the verdict, and what every report says about them.
import { describe, expect, it } from 'vitest';
import { compareOutcomes, matchFindings } from '../../src/compare/compare.js';
import type { Finding, Target } from '../../src/model.js';
import { decideOutcome, failingCount } from '../../src/outcome.js';
import { formatAnnotations } from '../../src/report/annotations.js';
import { formatCheckRun } from '../../src/report/checks.js';
import { formatComment } from '../../src/report/comment.js';
import { formatOutputs } from '../../src/report/outputs.js';
import { formatSummary } from '../../src/report/summary.js';
import { formatJson, formatText } from '../../src/report/text.js';

const file: Target = { kind: 'manifests', path: 'deploy/app.yaml' };

function finding(name: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'privileged',
    severity: 'error',
    title: 'Privileged containers',
    message: `container "${name}" must not set securityContext.privileged=true`,
    target: file,
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name },
    fieldPath: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'],
    location: { file: 'deploy/app.yaml', line: 10 },
    ...extra,
  };
}

const baselines = (findings: Finding[]) => findings.map((each) => `${each.resource?.name ?? each.ruleId}:${each.baseline}`);

describe('matchFindings', () => {
  it('calls a finding existing when the base has it, whatever its line', () => {
    const { findings, fixed } = matchFindings([finding('api', { location: { file: 'deploy/app.yaml', line: 99 } }), finding('web')], [finding('api')]);
    expect(baselines(findings)).toEqual(['api:existing', 'web:new']);
    expect(fixed).toEqual([]);
  });

  it('counts what the base has and the pull request does not as fixed (accepted ones aside)', () => {
    const accepted = finding('vpn', { suppressed: { by: 'config', reason: 'tunnel' } });
    const { findings, fixed } = matchFindings([], [finding('api'), accepted]);
    expect(findings).toEqual([]);
    expect(fixed.map((each) => each.resource?.name)).toEqual(['api']);
  });

  it('pairs one to one: three where the base had two make one new', () => {
    const twice = [finding('api'), finding('api', { target: { kind: 'kustomize', path: 'overlays/dev' } })];
    const { findings } = matchFindings([...twice, finding('api', { target: { kind: 'kustomize', path: 'overlays/prod' } })], twice);
    expect(baselines(findings)).toEqual(['api:existing', 'api:existing', 'api:new']);
  });

  it('prefers the same target, so the overlay the pull request adds is the new one', () => {
    const dev = finding('api', { target: { kind: 'kustomize', path: 'overlays/dev' } });
    const prod = finding('api', { target: { kind: 'kustomize', path: 'overlays/prod' } });
    const { findings } = matchFindings([prod, dev], [dev]);
    expect(findings.map((each) => `${each.target.path}:${each.baseline}`)).toEqual(['overlays/prod:new', 'overlays/dev:existing']);
  });

  it('keeps a finding existing when its file was renamed within its directory', () => {
    const renamed = finding('api', { target: { kind: 'manifests', path: 'deploy/api.yaml' }, location: { file: 'deploy/api.yaml', line: 3 } });
    expect(baselines(matchFindings([renamed], [finding('api')]).findings)).toEqual(['api:existing']);
  });

  it('calls a finding new when the same object comes from another deployer: a file moved to another directory', () => {
    const example = finding('api', { target: { kind: 'manifests', path: 'examples/api.yaml' } });
    const deployed = finding('api', { target: { kind: 'manifests', path: 'deploy/api.yaml' } });
    expect(baselines(matchFindings([deployed], [example]).findings)).toEqual(['api:new']);
    const atRoot = finding('api', { target: { kind: 'manifests', path: 'api.yaml' } });
    expect(baselines(matchFindings([atRoot], [example]).findings)).toEqual(['api:new']);
  });

  it('calls a renamed kustomization or chart directory a new deployer, but not one that became a kustomization', () => {
    const chart = (path: string) => finding('web', { target: { kind: 'helm', path, helm: { releaseName: 'shop', valuesFiles: [`${path}/values-prod.yaml`] } } });
    const overlay = (path: string) => finding('api', { target: { kind: 'kustomize', path } });
    expect(baselines(matchFindings([chart('charts/store'), overlay('deploy')], [chart('charts/shop'), overlay('examples')]).findings)).toEqual(['web:new', 'api:new']);
    // The base's broken kustomization was judged as plain files of its directory: the same directory deploys them.
    const plain = finding('api', { target: { kind: 'manifests', path: 'app/pod.yaml' } });
    expect(baselines(matchFindings([overlay('app')], [plain]).findings)).toEqual(['api:existing']);
  });

  it('follows a GitOps deployer by its identity and directory, not the path it deploys', () => {
    const app = (file: string, path: string) =>
      finding('api', { target: { kind: 'kustomize', path, deployedBy: { kind: 'Application', namespace: 'argocd', name: 'shop', file, line: 1 } } });
    expect(baselines(matchFindings([app('apps/shop.yaml', 'deploy/v2')], [app('apps/shop.yaml', 'deploy/v1')]).findings)).toEqual(['api:existing']);
    expect(baselines(matchFindings([app('apps/shop-app.yaml', 'deploy')], [app('apps/shop.yaml', 'deploy')]).findings)).toEqual(['api:existing']);
    // An Application moved from a directory nobody applies into the one the app of apps watches is a new deployer.
    expect(baselines(matchFindings([app('apps/shop.yaml', 'deploy')], [app('examples/shop.yaml', 'deploy')]).findings)).toEqual(['api:new']);
    // The same directory deployed by an Application now, by nothing known before: a new deployer.
    expect(baselines(matchFindings([app('apps/shop.yaml', 'deploy')], [finding('api', { target: { kind: 'kustomize', path: 'deploy' } })]).findings)).toEqual(['api:new']);
  });

  it('keeps the deployer when the index shifted too', () => {
    const shifted = (path: string) => finding('api', { target: { kind: 'manifests', path }, fieldPath: ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'privileged'] });
    expect(baselines(matchFindings([shifted('deploy/app.yaml')], [finding('api')]).findings)).toEqual(['api:existing']);
    expect(baselines(matchFindings([shifted('prod/app.yaml')], [finding('api')]).findings)).toEqual(['api:new']);
  });

  it('keeps the render variant apart: prod is not staging', () => {
    const variant = (name: string) => finding('api', { target: { ...file, variant: name } });
    expect(baselines(matchFindings([variant('prod')], [variant('staging')]).findings)).toEqual(['api:new']);
  });

  it('treats a renamed object as a new object, as Kubernetes does (a namePrefix or namespace change included)', () => {
    const prefixed = finding('dev-api');
    const moved = finding('api', { resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'other', name: 'api' } });
    expect(baselines(matchFindings([prefixed, moved], [finding('api')]).findings)).toEqual(['dev-api:new', 'api:new']);
  });

  it('follows a container whose index shifted, by its message; a different container at that index is new', () => {
    const shifted = finding('api', { fieldPath: ['spec', 'template', 'spec', 'containers', 1, 'securityContext', 'privileged'] });
    expect(baselines(matchFindings([shifted], [finding('api')]).findings)).toEqual(['api:existing']);
    const other = { ...shifted, message: 'container "sidecar" must not set securityContext.privileged=true' };
    expect(baselines(matchFindings([other], [finding('api')]).findings)).toEqual(['api:new']);
  });

  it('calls a finding folded over several objects existing only when the base had each object\'s problem', () => {
    const fold = (first: Finding, ...others: Finding[]): Finding => ({ ...first, alsoFor: others.map(({ resource, target, fieldPath, message }) => ({ resource, target, fieldPath, message })) });
    const base = [fold(finding('api'), finding('web'))];
    const { findings, fixed } = matchFindings([fold(finding('api'), finding('web')), fold(finding('api', { location: { file: 'deploy/app.yaml', line: 20 } }), finding('web'), finding('db'))], base.concat(finding('gone')));
    // The second reuses the same objects, but db is new at that line: the pull request brings it.
    expect(baselines(findings)).toEqual(['api:existing', 'api:new']);
    expect(fixed.map((each) => each.resource?.name)).toEqual(['gone']);
    const half = matchFindings([finding('web')], base);
    expect(baselines(half.findings)).toEqual(['web:existing']);
    expect(half.fixed).toEqual([]); // api's problem is gone, web's is not: the place is not fixed
  });

  it('never calls a could-not-check finding existing: what it hides was not judged', () => {
    const renderError: Finding = { ruleId: 'render-error', severity: 'error', title: 'Render error', message: 'kustomize build failed', target: file };
    expect(baselines(matchFindings([renderError], [renderError]).findings)).toEqual(['render-error:new']);
  });

  it('ignores the apiVersion version: moving to apps/v1 is the same object', () => {
    const beta = finding('api', { resource: { apiVersion: 'apps/v1beta2', kind: 'Deployment', namespace: 'shop', name: 'api' } });
    expect(baselines(matchFindings([finding('api')], [beta]).findings)).toEqual(['api:existing']);
  });
});

describe('compareOutcomes', () => {
  const old = Array.from({ length: 50 }, (_, index) => finding(`old-${index}`, { location: { file: 'deploy/app.yaml', line: index * 10 + 1 } }));
  const added = finding('new', { location: { file: 'deploy/zz.yaml', line: 5 }, target: { kind: 'manifests', path: 'deploy/zz.yaml' } });
  const head = decideOutcome([...old, added], 'error', 2, 51);
  const compared = compareOutcomes(head, { commit: 'a'.repeat(40), findings: [...old, finding('gone')] });

  it('fails on what the pull request introduces only, and counts new, existing and fixed', () => {
    expect(compared.verdict).toBe('fail');
    expect(compared.counts).toEqual({ error: 1, warning: 0, notice: 0 });
    expect(failingCount(compared)).toBe(1);
    expect(compared.comparison).toEqual({ base: 'a'.repeat(40), introduced: 1, existing: 50, fixed: 1 });
    expect(compared.findings[0]!.resource?.name).toBe('new');
    expect(compared.findings.every((each) => each.fingerprint)).toBe(true);
  });

  it('passes when the pull request only keeps what the base had', () => {
    const same = compareOutcomes(decideOutcome(old, 'error', 1, 50), { commit: 'b'.repeat(40), findings: old });
    expect(same.verdict).toBe('pass');
    expect(same.comparison).toMatchObject({ introduced: 0, existing: 50, fixed: 0 });
  });

  it('counts every finding, marks none new or existing, and says it could not compare when the base could not be judged', () => {
    const failed = compareOutcomes(head, { problem: 'The base commit cccccccccccc could not be checked: boom' });
    expect(failed.counts.error).toBe(51);
    expect(failed.verdict).toBe('fail');
    expect(failed.findings.map((each) => each.baseline)).toEqual(head.findings.map(() => undefined));
    expect(failed.comparison).toEqual({
      introduced: 51,
      existing: 0,
      fixed: 0,
      notice: "Could not compare with the base, so every finding counts (none can be told apart from the base's). The base commit cccccccccccc could not be checked: boom",
    });
  });

  it('leaves accepted findings out of the count when it could not compare', () => {
    const accepted = finding('vpn', { suppressed: { by: 'config', reason: 'tunnel' } });
    const failed = compareOutcomes(decideOutcome([added, accepted], 'error', 2, 2), { problem: 'gone' });
    expect(failed.comparison?.introduced).toBe(1);
  });

  it('adds what the base run notes to the notice', () => {
    const noted = compareOutcomes(head, { commit: 'f'.repeat(40), findings: old, note: 'The checkout is not the merge commit.' });
    expect(noted.comparison).toEqual({ base: 'f'.repeat(40), introduced: 1, existing: 50, fixed: 0, notice: 'The checkout is not the merge commit.' });
  });

  it('says where the base could not be rendered, since findings there count as new', () => {
    const renderError: Finding = { ruleId: 'render-error', severity: 'error', title: 'Render error', message: 'boom', target: { kind: 'kustomize', path: 'overlays/prod' } };
    expect(compareOutcomes(head, { commit: 'd'.repeat(40), findings: [...old, renderError] }).comparison?.notice).toBe(
      'The base commit could not be checked in one place (overlays/prod): findings there that the base did not show count as new.',
    );
  });

  it('puts the new finding first in the annotations and the check run, and marks the existing ones', () => {
    const annotations = formatAnnotations(compared);
    expect(annotations[0]!.message).toContain('Deployment/shop/new');
    expect(annotations[1]!.message).toMatch(/\(already in the base: not counted\)$/);
    const changed = { files: new Set(['deploy/app.yaml']), lines: new Set(['deploy/app.yaml:1']) };
    expect(formatAnnotations(compared, {}, { changed })[0]!.message).toContain('Deployment/shop/new');
    const check = formatCheckRun(compared, { headSha: 'e'.repeat(40), changed });
    expect(check.create.output.annotations[0]!.message).toContain('Deployment/shop/new');
    expect(check.create.output.title).toBe('1 error, 0 warnings, 0 notices');
    expect(check.create.output.summary).toContain('Compared with base aaaaaaaaaaaa: 1 new, 50 already in the base (not counted), 1 fixed.');
  });

  it('says new, existing and fixed in the text, summary, comment, JSON and outputs', () => {
    const text = formatText(compared);
    expect(text).toContain('1 error, 0 warnings, 0 notices, 50 already in the base in 51 objects from 2 targets: FAIL');
    expect(text).toContain('Compared with base aaaaaaaaaaaa: 1 new, 50 already in the base (not counted), 1 fixed.');
    expect(text.split('\n')[0]).toMatch(/^deploy\/zz.yaml:5: error \[privileged\]/);
    expect(text.split('\n')[1]).toMatch(/— already in the base$/);
    expect(formatSummary(compared)).toContain('Compared with base aaaaaaaaaaaa: 1 new, 50 already in the base (not counted), 1 fixed.');
    expect(formatComment(compared)).toContain('Compared with the base branch: **1 new**, 1 fixed.');
    const json = JSON.parse(formatJson(compared)) as { comparison: unknown; findings: Finding[] };
    expect(json.comparison).toEqual({ base: 'a'.repeat(40), introduced: 1, existing: 50, fixed: 1 });
    expect(json.findings.filter((each) => each.baseline === 'new')).toHaveLength(1);
    expect(formatOutputs(compared)['new-findings']).toBe('1');
    expect(formatOutputs(head)['new-findings']).toBeUndefined();
  });
});
