// Issue 17 on the shapes real repositories have (test/fixtures/precision/<case>): only objects are judged, a
// deploying object that could not be checked is one finding, at its `kind:` line, one problem at one place is one
// finding, an offline dependency error names the dependencies really missing, and a name Helm writes at random keeps
// its findings' identity from run to run.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const fixture = (name: string) => join(FIXTURES, 'precision', name);
const at = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.file}:${finding.location?.line}`;

describe('a patch is not an object', () => {
  it('reports the kustomization that does not build, never the patch it names as a Deployment of its own', async () => {
    const outcome = await check(settings({ root: fixture('patch-of-unbuildable-kustomization') }));
    expect(outcome.findings.map(at)).toEqual(['render-error error plugin/kustomization.yaml:1']);
    expect(outcome.verdict).toBe('fail');
  });
});

describe('one finding per deploying object', () => {
  it('reads a HelmRelease that a Flux directory deploys through its kustomization once, at its kind: line', async () => {
    const outcome = await check(settings({ root: fixture('helmrelease-in-flux-directory') }));
    const notChecked = outcome.findings.filter((finding) => finding.ruleId === 'not-checked');
    const ways = (file: string) => `remote chart: not rendered, so nothing it deploys was judged; set allow-network to true to render it, vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file ${file}`;
    expect(notChecked.map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      `not-checked error apps/web/release.yaml:4 HelmRelease web/web uses the HelmRepository 'charts' for the chart 'web': ${ways('apps/web/release.yaml')}`,
      `not-checked error monitoring/controllers/loki/release.yaml:2 HelmRelease monitoring/loki uses the HelmRepository 'grafana-charts' for the chart 'loki' 6.x: ${ways('monitoring/controllers/loki/release.yaml')}`,
    ]);
    expect(notChecked.map((finding) => finding.target.deployedBy?.name)).toEqual(['web', 'loki']);
  });
});

describe('one problem at one place is one finding', () => {
  const places = (findings: Finding[]) => findings.map((finding) => `${finding.ruleId} ${finding.location?.file}:${finding.location?.line}`);

  it("reports an overlay's namespace: line once, naming every workload that takes it", async () => {
    const outcome = await check(settings({ root: fixture('overlay-namespace-one-line') }));
    const overlay = outcome.findings.filter((finding) => finding.location?.file === 'overlays/dev/kustomization.yaml');
    expect(overlay.map(at)).toEqual(['network-policy-coverage warning overlays/dev/kustomization.yaml:3']);
    expect([overlay[0]!.resource?.name, ...overlay[0]!.alsoFor!.map((other) => other.resource?.name)].sort()).toEqual(['backend', 'frontend']);
    expect(new Set(places(outcome.findings)).size).toBe(outcome.findings.length);
  });

  it('reports a chart line that every ci/ variant renders (under other names and kinds) once, with the variants', async () => {
    const outcome = await check(settings({ root: fixture('chart-variants-same-line') }));
    expect(new Set(places(outcome.findings)).size).toBe(outcome.findings.length);
    const seccomp = outcome.findings.filter((finding) => finding.ruleId === 'seccomp-restricted');
    expect(seccomp.map(at)).toEqual(['seccomp-restricted error chart/values.yaml:3']);
    expect([...seccomp[0]!.variants!].sort()).toEqual(['daemonset', 'deployment', 'nameoverride']);
    expect(outcome.findings.filter((finding) => finding.ruleId === 'host-users').map(at)).toEqual([
      'host-users warning chart/templates/daemonset.yaml:12',
      'host-users warning chart/templates/deployment.yaml:12',
    ]);
  });

  it('reports a HelmRelease that a base and two overlays render once, at its kind: line', async () => {
    const outcome = await check(settings({ root: fixture('flux-helmrelease-base-and-overlays') }));
    const notChecked = outcome.findings.filter((finding) => finding.ruleId === 'not-checked');
    expect(notChecked.map(at)).toEqual(['not-checked error apps/base/podinfo/release.yaml:2']);
    expect(notChecked[0]!.alsoFor).toHaveLength(2);
    // A chart not rendered fails the run (issue 18 §3): one error, counted once.
    expect(outcome.counts.error).toBe(1);
  });
});

describe('offline dependencies', () => {
  it('names the dependency that is missing, at its entry, never one vendored into charts/', async () => {
    const outcome = await check(settings({ root: fixture('vendored-dependency-named-offline') }));
    expect(outcome.findings.map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      expect.stringMatching(/^render-error error stack\/Chart.yaml:8 .*dependency 'opentelemetry-operator' 0\.119\.0 of stack comes from https:\/\/open-telemetry\.github\.io\/opentelemetry-helm-charts and the network is off/),
    ]);
  });
});

describe('names Helm writes at random', () => {
  it('keeps every finding\'s fingerprint from one run to the next', async () => {
    const run = async () => (await check(settings({ root: fixture('random-name-new-every-run') }))).findings;
    const [first, second] = [await run(), await run()];
    expect(first.length).toBeGreaterThan(0);
    expect(first[0]!.resource?.name).not.toBe(second[0]!.resource?.name); // the names do change
    expect(second.map((finding) => finding.fingerprint)).toEqual(first.map((finding) => finding.fingerprint));
  });
});

describe('found on repositories no test had seen (kubeflow/manifests, grafana/helm-charts)', () => {
  it('judges no patch beside a kustomization that does not use it, and lists it as not checked', async () => {
    const outcome = await check(settings({ root: fixture('kustomize-unreferenced-patch-file') }));
    expect(outcome.findings.filter((finding) => finding.location?.file.startsWith('config/default/'))).toEqual([]);
    expect(outcome.files?.notChecked).toEqual([
      { file: 'config/default/manager_webhook_patch.yaml', reason: expect.stringMatching(/^a patch fragment .* beside config\/default\/kustomization.yaml, which does not use it$/) },
      { file: 'config/default/webhookcainjection_patch.yaml', reason: 'commented out of config/default/kustomization.yaml: kustomize does not deploy it' },
    ]);
  });

  it('still judges a file commented out of a kustomization when a Skaffold config deploys its directory', async () => {
    const outcome = await check(settings({ root: fixture('skaffold-artifact-image') }));
    expect(outcome.findings.some((finding) => finding.location?.file === 'kubernetes-manifests/loadgenerator.yaml')).toBe(true);
  });

  it('reads a configMapGenerator input without metadata as the data it is, never as a broken object', async () => {
    const outcome = await check(settings({ root: fixture('kustomize-generator-config-file') }));
    expect(outcome.findings.filter((finding) => finding.ruleId === 'parse-error')).toEqual([]);
    expect(outcome.files?.notChecked).toEqual([]);
  });

  it('reports one values line shared by differently named containers once', async () => {
    const outcome = await check(settings({ root: fixture('shared-values-line-container-names') }));
    const seccomp = outcome.findings.filter((finding) => finding.ruleId === 'seccomp-restricted');
    expect(seccomp.map(at)).toEqual(['seccomp-restricted error chart/values.yaml:3']);
    expect([seccomp[0]!.resource?.name, ...seccomp[0]!.alsoFor!.map((other) => other.resource?.name)].sort()).toEqual(['distributor', 'querier']);
  });

  it('does not report an untagged image in a base that every kustomization building on it tags', async () => {
    const outcome = await check(settings({ root: fixture('kustomize-base-tag-set-by-overlays') }));
    expect(outcome.findings.filter((finding) => finding.ruleId === 'image-tag')).toEqual([]);
  });
});

describe('found on five more repositories no test had seen (cloudnative-pg/charts, kube-prometheus, homelab, flux2-hub-spoke-example)', () => {
  it("lists a Chainsaw test's assertion files as not checked, never as broken objects", async () => {
    const outcome = await check(settings({ root: fixture('chainsaw-assert-files') }));
    expect(outcome.findings.filter((finding) => finding.location?.file.includes('/test/'))).toEqual([]);
    expect(outcome.files?.notChecked).toContainEqual({
      file: 'chart/test/monitoring/01-monitoring_cluster-assert.yaml',
      reason: 'Chainsaw assertion of chart/test/monitoring/chainsaw-test.yaml (matched against the cluster, never applied)',
    });
  });

  it('lists a kubeadm patch (a Pod without an image) as not checked wherever it is', async () => {
    const outcome = await check(settings({ root: fixture('kubeadm-patch-file') }));
    expect(outcome.findings.filter((finding) => finding.location?.file.includes('patches/'))).toEqual([]);
    expect(outcome.files?.notChecked).toContainEqual({
      file: 'tests/e2e/kind/patches/kube-controller-manager.yaml',
      reason: expect.stringMatching(/^a patch fragment .*: nothing applies it as it stands$/),
    });
  });

  it('lists an Ansible Jinja template as not checked, never as a parse error', async () => {
    const outcome = await check(settings({ root: fixture('ansible-jinja-template') }));
    expect(outcome.findings.filter((finding) => finding.ruleId === 'parse-error')).toEqual([]);
    expect(outcome.files?.notChecked).toContainEqual({ file: 'metal/roles/cilium/templates/ciliumloadbalancerippool.yaml', reason: 'template (Jinja or Go templating) that is not YAML as it stands' });
  });

  it('reports one HelmRelease that two Flux Kustomizations put in two namespaces once, at its line', async () => {
    const outcome = await check(settings({ root: fixture('not-checked-per-target-namespace') }));
    const notChecked = outcome.findings.filter((finding) => finding.ruleId === 'not-checked');
    expect(notChecked.map(at)).toEqual(['not-checked error deploy/apps/podinfo.yaml:12']);
    expect(notChecked[0]!.alsoFor).toHaveLength(1);
  });
});
