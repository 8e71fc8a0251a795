// Issue 17 on the shapes real repositories have (test/fixtures/precision/<case>): only objects are judged, and a
// deploying object that could not be checked is one finding, at its `kind:` line.
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
