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
    expect(notChecked.map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      "not-checked warning apps/web/release.yaml:4 HelmRelease web/web uses the HelmRepository 'charts' for the chart 'web': remote chart: not rendered, set allow-network to render it",
      "not-checked warning monitoring/controllers/loki/release.yaml:2 HelmRelease monitoring/loki uses the HelmRepository 'grafana-charts' for the chart 'loki' 6.x: remote chart: not rendered, set allow-network to render it",
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
    expect(notChecked.map(at)).toEqual(['not-checked warning apps/base/podinfo/release.yaml:2']);
    expect(notChecked[0]!.alsoFor).toHaveLength(2);
    expect(outcome.verdict).toBe('pass');
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
