// The whole pipeline (real kustomize and the bundled rules) on the location fixtures: what a reviewer sees.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/runner.js';
import { findTool } from '../../src/tools.js';
import { settings } from '../helpers.js';

const root = join(import.meta.dirname, '../fixtures/locations/kustomize');
// Each object of a finding: one problem at one place is one finding naming every object (alsoFor).
const where = async (path: string) => {
  const outcome = await check(settings({ root, paths: [path], profile: 'hardened', failOn: 'never' }));
  return outcome.findings.flatMap((finding) =>
    [finding.resource, ...(finding.alsoFor ?? []).map((folded) => folded.resource)].map((resource) => `${finding.ruleId} ${resource?.name ?? ''} ${finding.location?.file}:${finding.location?.line}`),
  );
};

describe.skipIf(!findTool('kustomize'))('Kustomize locations through the pipeline', () => {
  it("puts network-policy-coverage on the overlay's namespace line, once for both objects", async () => {
    const findings = await where('namespace');
    expect((await check(settings({ root, paths: ['namespace'], profile: 'hardened', failOn: 'never' }))).findings.filter((finding) => finding.ruleId === 'network-policy-coverage' && finding.location?.file === 'namespace/kustomization.yaml')).toHaveLength(1);
    expect(findings).toContain('network-policy-coverage web namespace/kustomization.yaml:3');
    expect(findings).toContain('network-policy-coverage frontend-web namespace/kustomization.yaml:3');
  });

  it("puts a generated Secret's plain value on its literal", async () => {
    expect(await where('generators')).toContain('plain-secret api-token-54k729f72d generators/kustomization.yaml:6');
  });

  it('puts the value a patch changed on the patch, never on the base line with the old value', async () => {
    const findings = await where('smp-file');
    expect(findings.filter((finding) => finding.startsWith('privileged web '))).toEqual(['privileged web smp-file/privileged.yaml:11']);
  });
});

describe('plain kind: List', () => {
  it("puts every item's finding inside that item, never on line 1", async () => {
    const findings = await where('plain/list.yaml');
    expect(findings.length).toBeGreaterThan(4);
    for (const finding of findings) {
      const [, name, location] = finding.split(' ');
      const line = Number(location!.split(':')[1]);
      expect([name, name === 'first' ? line >= 4 && line <= 11 : line >= 12 && line <= 22], finding).toEqual([name, true]);
    }
    expect(findings).toContain('privileged second plain/list.yaml:22');
    expect(findings).toContain('host-namespaces second plain/list.yaml:17');
  });
});
