// Which remote charts the GitOps objects deploy: Flux HelmRepository (HTTP and type oci) and OCIRepository charts,
// Argo CD chart sources (a repoURL without a scheme is OCI), and what is listed as not checked instead.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gitopsTargets } from '../../src/discover/gitops/index.js';
import type { Resource } from '../../src/model.js';

/** Each YAML document of `file` as a rendered plain-file object starting at `line`. */
function resources(file: string, documents: [line: number, yaml: string][]): Resource[] {
  return documents.map(([line, yaml]) => {
    const object = parse(yaml) as Record<string, unknown>;
    const metadata = object.metadata as { name: string; namespace?: string };
    return {
      object,
      apiVersion: String(object.apiVersion),
      kind: String(object.kind),
      name: metadata.name,
      ...(metadata.namespace && { namespace: metadata.namespace }),
      target: { kind: 'manifests', path: file },
      document: { text: yaml, firstLine: line, sourceFile: file, relatedFiles: [], textIsSource: true },
    };
  });
}

const discover = (list: Resource[], allowNetwork = true) => gitopsTargets({ files: ['envs/prod.yaml'], read: () => '', repositoryUrls: ['github.com/example/fleet'], allowNetwork, resources: list });
const messages = (result: ReturnType<typeof discover>) => result.findings.map((finding) => `${finding.location?.file}:${finding.location?.line} ${finding.message}`);

const release = (chart: string) => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: web, namespace: apps }
spec:
${chart}
  valuesFrom:
    - { kind: ConfigMap, name: web-values }
  values: { replicas: 2 }`;
const configMap = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: web-values, namespace: apps }\ndata:\n  values.yaml: "debug: true"';

describe('Flux charts from repositories', () => {
  it('renders a HelmRepository chart with its version, values files inside the chart, and the release values', () => {
    const list = resources('apps/web.yaml', [
      [1, 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata: { name: charts, namespace: apps }\nspec: { url: "https://charts.example.com" }'],
      [6, release('  chart:\n    spec: { chart: web, version: "1.x", valuesFiles: [values-prod.yaml], sourceRef: { kind: HelmRepository, name: charts } }')],
      [20, configMap],
    ]);
    expect(discover(list).targets).toEqual([
      {
        kind: 'helm',
        path: 'apps/web.yaml',
        chart: { repository: 'https://charts.example.com', name: 'web', version: '1.x', valuesFiles: ['values-prod.yaml'] },
        helm: { releaseName: 'web', namespace: 'apps', valuesFiles: [], values: ['debug: true', '{"replicas":2}'] },
        deployedBy: { kind: 'HelmRelease', name: 'web', namespace: 'apps', file: 'apps/web.yaml', line: 7 },
      },
    ]);
  });

  it('reads an OCI HelmRepository and an OCIRepository chartRef as oci:// references', () => {
    const oci = resources('apps/web.yaml', [
      [1, 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\nmetadata: { name: charts, namespace: apps }\nspec: { type: oci, url: "oci://ghcr.io/example/charts" }'],
      [6, release('  chart:\n    spec: { chart: web, version: "1.2.3", sourceRef: { kind: HelmRepository, name: charts } }')],
      [20, configMap],
    ]);
    expect(discover(oci).targets.map((target) => target.chart)).toEqual([{ repository: 'oci://ghcr.io/example/charts', name: 'web', version: '1.2.3' }]);
    const chartRef = resources('apps/web.yaml', [
      [1, 'apiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: OCIRepository\nmetadata: { name: web, namespace: apps }\nspec: { url: "oci://ghcr.io/example/charts/web", ref: { semver: ">=1.0.0" } }'],
      [6, release('  chartRef: { kind: OCIRepository, name: web }')],
      [20, configMap],
    ]);
    expect(discover(chartRef).targets.map((target) => target.chart)).toEqual([{ repository: 'oci://ghcr.io/example/charts', name: 'web', version: '>=1.0.0' }]);
  });

  it('says why a remote chart is not rendered, at the HelmRelease line', () => {
    const digest = resources('apps/web.yaml', [
      [1, 'apiVersion: source.toolkit.fluxcd.io/v1beta2\nkind: OCIRepository\nmetadata: { name: web, namespace: apps }\nspec: { url: "oci://ghcr.io/example/charts/web", ref: { digest: "sha256:abc", tag: "1.0.0" } }'],
      [6, release('  chartRef: { kind: OCIRepository, name: web }')],
    ]);
    expect(messages(discover(digest))).toEqual(["apps/web.yaml:7 HelmRelease apps/web uses the chart of OCIRepository 'web': not rendered, a chart pinned by digest is not fetched"]);
    const missing = resources('apps/web.yaml', [[6, release('  chart:\n    spec: { chart: web, sourceRef: { kind: HelmRepository, name: elsewhere } }')]]);
    expect(messages(discover(missing))).toEqual([
      "apps/web.yaml:7 HelmRelease apps/web uses the HelmRepository 'elsewhere' for the chart 'web': not rendered, that HelmRepository is not among the objects of this repository",
    ]);
    expect(messages(discover(missing, false))).toEqual([
      "apps/web.yaml:7 HelmRelease apps/web uses the HelmRepository 'elsewhere' for the chart 'web': remote chart: not rendered, so nothing it deploys was judged; set allow-network to true to render it, vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file apps/web.yaml",
    ]);
  });
});

describe('Argo CD chart sources', () => {
  const application = (source: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: { name: web, namespace: argocd }
spec:
  destination: { namespace: web }
${source}`;

  it('renders a chart source, OCI when the repoURL has no scheme, with in-chart and $ref values files', () => {
    const list = resources('apps/web.yaml', [
      [
        3,
        application(`  sources:
    - repoURL: ghcr.io/example/charts
      chart: web
      targetRevision: 1.2.3
      helm: { valueFiles: [values-prod.yaml, $values/envs/prod.yaml], parameters: [{ name: debug, value: "true" }] }
    - repoURL: https://github.com/example/fleet.git
      ref: values`),
      ],
    ]);
    expect(discover(list).targets).toEqual([
      {
        kind: 'helm',
        path: 'apps/web.yaml',
        chart: { repository: 'oci://ghcr.io/example/charts', name: 'web', version: '1.2.3', valuesFiles: ['values-prod.yaml'] },
        helm: { releaseName: 'web', namespace: 'web', valuesFiles: ['envs/prod.yaml'], set: ['debug=true'] },
        deployedBy: { kind: 'Application', name: 'web', namespace: 'argocd', file: 'apps/web.yaml', line: 4 },
        // Argo CD applies the chart's objects that name no namespace in the destination namespace.
        namespace: 'web',
      },
    ]);
  });

  it('lists a chart source as not checked without allow-network', () => {
    const list = resources('apps/web.yaml', [[1, application('  source: { repoURL: "https://charts.example.com", chart: web, targetRevision: 1.2.3 }')]]);
    expect(messages(discover(list, false))).toEqual([
      "apps/web.yaml:2 Application argocd/web deploys the Helm chart 'web' 1.2.3 from https://charts.example.com: remote chart: not rendered, so nothing it deploys was judged; set allow-network to true to render it, vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file apps/web.yaml",
    ]);
  });
});
