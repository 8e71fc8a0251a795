// The API versions a cluster of the target version serves, as helm's `--api-versions`: the table, its agreement with
// removed-api's (policies/lib/apis.rego), CRDs, and what helm v3 and v4 templates then see.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crdsInFiles } from '../../src/discover/crds.js';
import { apiVersionsFor, crdApiVersions, definitionApiVersions, NEWEST_MINOR, removedApis } from '../../src/render/apiversions.js';
import { templateArgs } from '../../src/render/helm.js';
import { findTool, helmV3Path } from '../../src/tools.js';
import { ROOT } from '../helpers.js';

describe('apiVersionsFor', () => {
  it('serves the GA group/versions Helm offline leaves out, with their Kind forms', () => {
    const versions = apiVersionsFor('1.30');
    expect(versions).toEqual(expect.arrayContaining(['v1', 'v1/Pod', 'apiregistration.k8s.io/v1', 'apiregistration.k8s.io/v1/APIService', 'policy/v1/PodDisruptionBudget', 'autoscaling/v2/HorizontalPodAutoscaler', 'admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy']));
    expect(versions).not.toContain('policy/v1beta1');
    expect(versions).not.toContain('resource.k8s.io/v1');
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('follows removals and additions release by release', () => {
    const at = (minor: number) => new Set(apiVersionsFor(`v1.${minor}.3`));
    expect(at(20).has('extensions/v1beta1')).toBe(true);
    expect(at(20).has('extensions/v1beta1/Ingress')).toBe(true);
    expect(at(20).has('extensions/v1beta1/Deployment')).toBe(false);
    expect(at(20).has('policy/v1')).toBe(false);
    expect(at(21).has('policy/v1/PodDisruptionBudget')).toBe(true);
    expect(at(21).has('batch/v1/CronJob')).toBe(true);
    expect(at(22).has('extensions/v1beta1')).toBe(false);
    expect(at(24).has('policy/v1beta1/PodDisruptionBudget')).toBe(true);
    expect(at(25).has('policy/v1beta1')).toBe(false);
    expect(at(25).has('autoscaling/v2beta2')).toBe(true);
    expect(at(26).has('autoscaling/v2beta2')).toBe(false);
    expect(at(31).has('flowcontrol.apiserver.k8s.io/v1beta3')).toBe(true);
    expect(at(32).has('flowcontrol.apiserver.k8s.io/v1beta3')).toBe(false);
    expect(at(34).has('resource.k8s.io/v1/ResourceClaim')).toBe(true);
  });

  it('answers a blank version with the newest and clamps versions outside the table', () => {
    expect(apiVersionsFor()).toEqual(apiVersionsFor(`1.${NEWEST_MINOR}`));
    expect(apiVersionsFor('')).toEqual(apiVersionsFor(`1.${NEWEST_MINOR}`));
    expect(apiVersionsFor('1.99')).toEqual(apiVersionsFor(`1.${NEWEST_MINOR}`));
    expect(apiVersionsFor('1.12')).toEqual(apiVersionsFor('1.16'));
    expect(apiVersionsFor('1.16')).not.toContain('apps/v1beta2');
  });

  it('agrees with removed-api`s table (policies/lib/apis.rego) on every removal', () => {
    const opa = findTool('opa');
    if (!opa) throw new Error('opa not found: run scripts/install-tools.sh');
    const output = execFileSync(opa, ['eval', '-f', 'json', '-d', join(ROOT, 'policies/lib'), 'data.kpg.lib.apis.removed'], { encoding: 'utf8' });
    const rego = JSON.parse(output).result[0].expressions[0].value as Record<string, Record<string, [number, string]>>;
    const fromRego = Object.entries(rego).flatMap(([apiVersion, kinds]) => Object.entries(kinds).map(([kind, [removed]]) => `${apiVersion} ${kind} ${removed}`));
    const fromTable = removedApis().map(({ apiVersion, kind, removed }) => `${apiVersion} ${kind} ${removed}`);
    expect(fromTable.sort()).toEqual(fromRego.sort());
  });
});

describe('crdApiVersions', () => {
  it('lists every served version of the CRDs, with the kind', () => {
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'servicemonitors.monitoring.coreos.com' },
      spec: { group: 'monitoring.coreos.com', names: { kind: 'ServiceMonitor' }, versions: [{ name: 'v1', served: true }, { name: 'v1alpha1', served: false }] },
    };
    expect(crdApiVersions([crd, { apiVersion: 'v1', kind: 'ConfigMap' }])).toEqual(['monitoring.coreos.com/v1', 'monitoring.coreos.com/v1/ServiceMonitor']);
  });

  it('lists them from the repository`s files', () => {
    const text = 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n  group: example.com\n  names: {kind: Widget}\n  versions: [{name: v2}, {name: v1, served: false}]\n';
    expect(definitionApiVersions(crdsInFiles([{ path: 'crds/widget.yaml', text }]))).toEqual(['example.com/v2', 'example.com/v2/Widget']);
  });
});

describe('helm reads them through .Capabilities.APIVersions', () => {
  const work = mkdtempSync(join(tmpdir(), 'kpg-apiversions-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  mkdirSync(join(work, 'chart/templates'), { recursive: true });
  writeFileSync(join(work, 'chart/Chart.yaml'), 'apiVersion: v2\nname: caps\nversion: 0.1.0\n');
  // The tests real charts make (bitnami-style helpers, grafana's PodDisruptionBudget), printed as comments.
  writeFileSync(
    join(work, 'chart/templates/caps.yaml'),
    [
      '# apiservice: {{ if .Capabilities.APIVersions.Has "apiregistration.k8s.io/v1" }}apiregistration.k8s.io/v1{{ else }}apiregistration.k8s.io/v1beta1{{ end }}',
      '# pdb: {{ if .Capabilities.APIVersions.Has "policy/v1/PodDisruptionBudget" }}policy/v1{{ else }}policy/v1beta1{{ end }}',
      '# monitor: {{ .Capabilities.APIVersions.Has "monitoring.coreos.com/v1/ServiceMonitor" }}',
      '',
    ].join('\n'),
  );
  const helms = { v4: findTool('helm'), v3: helmV3Path() };
  const extra = crdApiVersions([{ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', spec: { group: 'monitoring.coreos.com', names: { kind: 'ServiceMonitor' }, versions: [{ name: 'v1' }] } }]);

  it.each(Object.entries(helms))('helm %s picks the GA APIs when told what the cluster serves', (_, helm) => {
    if (!helm) throw new Error('helm not found: run scripts/install-tools.sh');
    const render = (apiVersions: string[]) =>
      execFileSync(helm, templateArgs('chart', { releaseName: 'caps', valuesFiles: [], kubeVersion: '1.30', apiVersions }, work), { cwd: work, encoding: 'utf8' });
    expect(render([])).toContain('# apiservice: apiregistration.k8s.io/v1beta1\n# pdb: policy/v1beta1\n# monitor: false');
    expect(render([...apiVersionsFor('1.30'), ...extra])).toContain('# apiservice: apiregistration.k8s.io/v1\n# pdb: policy/v1\n# monitor: true');
  });
});
