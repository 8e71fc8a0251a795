// GitOps discovery and the fail-closed checks: pure functions over small inputs.
import { describe, expect, it } from 'vitest';
import { normalizeRepositoryUrl } from '../../src/discover/gitops/repository.js';
import { repositoryPath, sourceKind } from '../../src/discover/gitops/source.js';
import { ciValuesFiles } from '../../src/discover/index.js';
import { unmatchedPatterns } from '../../src/discover/select.js';
import { substitute } from '../../src/render/index.js';
import { argoGlob, argoTargets, parseImage } from '../../src/discover/gitops/argo.js';
import { escapeCommas } from '../../src/discover/gitops/argohelm.js';
import { ARGO_SOURCE, unreadFields } from '../../src/discover/gitops/fields.js';
import { fluxTargets } from '../../src/discover/gitops/flux.js';
import { editKustomization } from '../../src/discover/gitops/kustomization.js';
import type { Resource, Target } from '../../src/model.js';
import { parse } from 'yaml';

describe('GitOps sources', () => {
  it('spells a repository URL one way', () => {
    for (const url of ['https://github.com/Example/Fleet.git', 'git@github.com:example/fleet', 'ssh://git@github.com/example/fleet.git/', 'https://token@github.com/example/fleet']) {
      expect(normalizeRepositoryUrl(url)).toBe('github.com/example/fleet');
    }
  });

  it('reads source paths as the controllers do and refuses ones that leave the repository', () => {
    expect(['./apps/prod/', 'apps/prod', '/apps/prod'].map(repositoryPath)).toEqual(['apps/prod', 'apps/prod', 'apps/prod']);
    expect([repositoryPath('./'), repositoryPath('../other'), repositoryPath('a/../../b')]).toEqual(['.', undefined, undefined]);
    const files = ['c/Chart.yaml', 'k/kustomization.yaml', 'd/pod.yaml'];
    expect(['c', 'k', 'd', 'x'].map((path) => sourceKind(path, files))).toEqual(['helm', 'kustomize', 'directory', 'missing']);
  });

  it("reads Argo CD's image overrides", () => {
    expect(parseImage('nginx:1.27')).toEqual({ name: 'nginx', newTag: '1.27' });
    expect(parseImage('nginx=registry.local:5000/nginx:1.27')).toEqual({ name: 'nginx', newName: 'registry.local:5000/nginx', newTag: '1.27' });
    expect(parseImage('nginx@sha256:abc')).toEqual({ name: 'nginx', digest: 'sha256:abc' });
  });

  it("substitutes Flux's postBuild variables", () => {
    expect(substitute('env: ${cluster_env}\nregion: ${region:=eu}\nkeep: $${literal}\nnone: "${unset}"', { cluster_env: 'staging' })).toBe('env: staging\nregion: eu\nkeep: ${literal}\nnone: ""');
  });
});

describe('fail closed', () => {
  it('names paths entries that match no file', () => {
    const files = ['apps/base/kustomization.yaml', 'charts/web/Chart.yaml'];
    expect(unmatchedPatterns(['deploy/**', 'apps', '!apps/legacy', 'charts/*/Chart.yaml', '.', 'deplyo'], files)).toEqual(['deploy/**', 'deplyo']);
  });

  it("finds chart-testing's ci values files", () => {
    expect(ciValuesFiles('charts/web', ['charts/web/ci/prod-values.yaml', 'charts/web/ci/notes.yaml', 'charts/web/ci/a/b-values.yaml', 'charts/web/values.yaml'])).toEqual(['charts/web/ci/prod-values.yaml']);
  });
});

// What a deploying object's fields become, as the controllers read them (issue 16): fed objects, read targets.

const REPO = 'https://github.com/acme/gitops';
function object(value: Record<string, unknown>, file = 'apps/app.yaml'): Resource {
  const metadata = value.metadata as { name: string; namespace?: string };
  const target: Target = { kind: 'manifests', path: file };
  return { object: value, apiVersion: value.apiVersion as string, kind: value.kind as string, name: metadata.name, namespace: metadata.namespace, target, document: { text: '', firstLine: 1, sourceFile: file, relatedFiles: [], textIsSource: true } };
}
const FILES = ['chart/Chart.yaml', 'chart/values.yaml', 'chart/values-prod.yaml', 'config/flag.txt', 'app/kustomization.yaml', 'app/pod.yaml', 'comp/kustomization.yaml', 'plain/pod.yaml', 'plain/gen.jsonnet'];
const TEXTS: Record<string, string> = { 'config/flag.txt': 'true\n', 'chart/values.yaml': 'safe: true\nimage: {tag: "1", pullPolicy: Always}\n', 'chart/values-prod.yaml': 'image: {tag: "2"}\n', 'plain/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n', 'app/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n' };
const context = (resources: Resource[]) => ({ files: FILES, read: (path: string) => TEXTS[path] ?? '', repositoryUrls: ['github.com/acme/gitops'], allowNetwork: false, resources });
const argo = (source: Record<string, unknown>) =>
  argoTargets(context([object({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'web', namespace: 'argocd' }, spec: { destination: { namespace: 'web' }, source: { repoURL: REPO, ...source } } })]));

describe('Argo CD sources as the repo server reads them', () => {
  it('reads valuesObject over values, escapes commas in parameters, and sets string and file parameters after --set', () => {
    const { targets, findings } = argo({
      path: 'chart',
      helm: {
        values: 'safe: true',
        valuesObject: { safe: false },
        parameters: [{ name: 'note', value: 'a,b\\,c' }, { name: 'debug', value: 'false', forceString: true }, { name: 'flag', value: 'x' }],
        fileParameters: [{ name: 'flag', path: '../config/flag.txt' }],
      },
    });
    expect(findings).toEqual([]);
    expect(targets[0]!.helm).toEqual({ releaseName: 'web', namespace: 'web', valuesFiles: [], values: ['{"safe":false}', '{"debug":"false"}', '{"flag":"true\\n"}'], set: ['note=a\\,b\\,c'] });
    expect(escapeCommas('{a,b}')).toBe('{a,b}');
  });

  it('resolves values files as Argo CD does and refuses what leaves the repository, before any tool runs', () => {
    const files = (valueFiles: string[], extra: Record<string, unknown> = {}) => argo({ path: 'chart', helm: { valueFiles, ...extra } });
    expect(files(['values-prod.yaml', '/chart/values.yaml', 'values-$ARGOCD_APP_NAME.yaml'], { ignoreMissingValueFiles: true }).targets[0]!.helm!.valuesFiles).toEqual(['chart/values-prod.yaml', 'chart/values.yaml']);
    const refused = (file: string) => files([file]).findings.map((finding) => `${finding.severity} ${finding.message}`);
    expect(refused('../../outside/values.yaml')).toEqual([expect.stringMatching(/^error .*'..\/..\/outside\/values.yaml' \(helm.valueFiles\), which leads out of the repository/)]);
    expect(refused('/../outside.yaml')[0]).toContain('leads out of the repository');
    expect(refused('https://example.com/values.yaml')[0]).toContain('is a URL');
    expect(refused('values-$ARGOCD_APP_REVISION.yaml')[0]).toContain('only the Argo CD server knows');
    expect(refused('missing.yaml')[0]).toContain("is no file of this repository ('chart/missing.yaml')");
  });

  it('chooses the source type the source sets, else a kustomization over a Chart.yaml, and reports Jsonnet', () => {
    expect(argo({ path: 'app', directory: {} }).targets.map((target) => `${target.kind} ${target.path}`)).toEqual(['manifests app/pod.yaml']);
    expect(argo({ path: 'plain' }).findings.map((finding) => finding.message)).toEqual([expect.stringContaining('Argo CD Jsonnet directories are not rendered')]);
    expect(argo({ path: 'plain', directory: { exclude: '*.jsonnet' } }).targets.map((target) => target.path)).toEqual(['plain/pod.yaml']);
    expect(argo({ path: 'app', helm: {}, kustomize: {} }).findings[0]!.message).toContain('multiple application sources defined');
  });

  it('writes kustomize patches, components and replicas into the kustomization, and refuses paths out of it', () => {
    const { targets } = argo({ path: 'app', kustomize: { namePrefix: 'p-', patches: [{ patch: 'x', target: { kind: 'Pod' } }], components: ['../comp', '../gone'], ignoreMissingComponents: true, replicas: [{ name: 'web', count: '2' }] } });
    expect(targets[0]!.kustomize).toEqual({ namePrefix: 'p-', edits: { patches: [{ patch: 'x', target: { kind: 'Pod' } }], components: ['../comp'], replicas: [{ name: 'web', count: 2 }] } });
    expect(argo({ path: 'app', kustomize: { components: ['../../x'] } }).findings[0]!.message).toContain("adds the component '../../x' (kustomize.components), which leads out of the repository");
  });

  it('names every field it does not model, never judging the source as if it were absent', () => {
    expect(unreadFields({ repoURL: REPO, helm: { valueFiles: [], skipCrds: false, postRenderer: 'x' }, kustomize: { commonAnnotationsEnvsubst: true, patches: [{ patch: 'x', extra: 1 }] } }, ARGO_SOURCE)).toEqual([
      'helm.postRenderer',
      'kustomize.commonAnnotationsEnvsubst',
      'kustomize.patches[0].extra',
    ]);
    expect(argo({ path: 'app', kustomize: { commonAnnotationsEnvsubst: true } }).findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('matches directory include and exclude as gobwas/glob does', () => {
    expect([argoGlob('*.yaml', 'a/b.yaml'), argoGlob('{a,b}.yaml', 'b.yaml'), argoGlob('[!x]*', 'y'), argoGlob('*.json', 'a.yaml')]).toEqual([true, true, true, false]);
  });
});

const flux = (spec: Record<string, unknown>, extra: Resource[] = [], kind = 'Kustomization') =>
  fluxTargets(
    context([
      object({ apiVersion: kind === 'Kustomization' ? 'kustomize.toolkit.fluxcd.io/v1' : 'helm.toolkit.fluxcd.io/v2', kind, metadata: { name: 'web', namespace: 'flux-system' }, spec: { ...(kind === 'Kustomization' && { sourceRef: { kind: 'GitRepository', name: 'flux-system' } }), ...spec } }),
      ...extra,
    ]),
  );

describe('Flux objects as the controllers read them', () => {
  it("loads postBuild variables from substituteFrom, then substitute, without line breaks; Always substitutes with none", () => {
    const configMap = object({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'vars', namespace: 'flux-system' }, data: { A: 'from-map', B: 'b\nc' } }, 'apps/vars.yaml');
    const { targets } = flux({ path: './app', postBuild: { substituteFrom: [{ kind: 'ConfigMap', name: 'vars' }, { kind: 'Secret', name: 'gone', optional: true }], substitute: { A: 'inline' } } }, [configMap]);
    expect(targets[0]!.substitute).toEqual({ A: 'inline', B: 'bc' });
    expect(flux({ path: './app', postBuild: { substituteStrategy: 'Always' } }).targets[0]!.substitute).toEqual({});
    expect(flux({ path: './app', postBuild: { substitute: {} } }).targets[0]!.substitute).toBeUndefined();
    expect(flux({ path: './app', postBuild: { substituteFrom: [{ kind: 'ConfigMap', name: 'gone' }] } }).findings[0]!.message).toContain("ConfigMap 'gone' (postBuild.substituteFrom)");
  });

  it('generates a kustomization for a directory with patches, and models components and patches in place', () => {
    const { targets } = flux({ path: './plain', targetNamespace: 'web', patches: [{ patch: 'x', target: { kind: 'Pod' } }] });
    expect(targets).toMatchObject([{ kind: 'kustomize', path: 'plain', kustomize: { namespace: 'web', edits: { generate: true, patches: [{ patch: 'x', target: { kind: 'Pod' } }] } } }]);
    expect(flux({ path: './app', components: ['https://example.com/c'] }).findings[0]!.message).toContain('a component must be a local relative path');
    expect(flux({ path: './app', postRenderers: [{ kustomize: {} }] }).findings[0]!.message).toContain("sets 'spec.postRenderers'");
  });

  it('builds each topmost subdirectory with a kustomization of a directory Flux generates one for, and reads only YAML beside them', () => {
    const files = ['ctl/loki/kustomization.yaml', 'ctl/loki/release.yaml', 'ctl/loki/inner/kustomization.yaml', 'ctl/ns.yaml', 'ctl/dash.json', 'ctl/deep/pod.yml'].sort();
    const manifest = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n';
    const read = (path: string) => (path.endsWith('kustomization.yaml') ? 'resources: []\n' : path.endsWith('.json') ? JSON.stringify(parse(manifest)) : manifest);
    const kustomization = object({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'ctl', namespace: 'flux-system' }, spec: { path: './ctl', sourceRef: { kind: 'GitRepository', name: 'flux-system' } } });
    const { targets } = fluxTargets({ ...context([kustomization]), files, read });
    expect(targets.map((target) => `${target.kind}:${target.path}`)).toEqual(['kustomize:ctl/loki', 'manifests:ctl/deep/pod.yml', 'manifests:ctl/ns.yaml']);
  });

  it("puts a deploying object read from its own file at its kind: line, not at the --- or comment its document starts with", () => {
    const text = '---\n# The web release.\napiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: web\nspec:\n  chart: {spec: {chart: web, sourceRef: {kind: HelmRepository, name: charts}}}\n';
    const release = object(parse(text) as Record<string, unknown>, 'apps/web.yaml');
    const at = (document: Partial<Resource['document']>) => fluxTargets(context([{ ...release, document: { ...release.document, ...document } }])).findings.map((finding) => finding.location?.line);
    expect(at({ text, firstLine: 5 })).toEqual([8]);
    expect(at({ text: '{"kind": "HelmRelease"}', firstLine: 3 })).toEqual([3]);
  });

  it("replaces the chart's defaults with the valuesFiles, types a targetPath value, and reads paths inside the source", () => {
    const settings = object({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 's', namespace: 'flux-system' }, data: { v: 'false', q: '"0"' } }, 'apps/s.yaml');
    const chart = (spec: Record<string, unknown>) => ({ chart: { spec: { chart: './chart', sourceRef: { kind: 'GitRepository', name: 'flux-system' }, ...spec } } });
    const { targets } = flux({ ...chart({ valuesFiles: ['chart/values-prod.yaml'] }), valuesFrom: [{ kind: 'ConfigMap', name: 's', valuesKey: 'v', targetPath: 'a.safe' }, { kind: 'ConfigMap', name: 's', valuesKey: 'q', targetPath: 'b' }] }, [settings], 'HelmRelease');
    expect(targets[0]!.helm).toMatchObject({ valuesFiles: ['chart/values-prod.yaml'], values: ['{"image":{"tag":"2","pullPolicy":null},"safe":null}', '{"a":{"safe":false}}', '{"b":"0"}'] });
    expect(flux(chart({ valuesFiles: ['../../x.yaml'] }), [], 'HelmRelease').findings[0]!.message).toContain("(Flux reads it as 'x.yaml', inside the source), which is no file of this repository");
  });
});

describe('a kustomization as the controller edits it', () => {
  it('appends patches and components, merges images, and generates one over the manifests', () => {
    const edited = editKustomization('resources: [pod.yaml]\npatches: [{path: p.yaml}]\nimages: [{name: app, newTag: "1"}]\n', { patches: [{ patch: 'x' }], components: ['../c'], images: [{ name: 'app', newName: 'r/app' }, { name: 'db', newTag: '2' }] });
    expect(parse(edited)).toEqual({ resources: ['pod.yaml'], patches: [{ path: 'p.yaml' }, { patch: 'x' }], components: ['../c'], images: [{ name: 'app', newTag: '1', newName: 'r/app' }, { name: 'db', newTag: '2' }] });
    expect(parse(editKustomization(undefined, { generate: true }, ['a.yaml', 'notes.txt', 'sub/kustomization.yaml', 'sub/x.yaml', 'deep/b.yml']))).toMatchObject({ resources: ['./a.yaml', './deep/b.yml', './sub'] });
    expect(parse(editKustomization(undefined, { generate: true }, []))).toMatchObject({ namespace: '_placeholder' });
  });

  it('keeps substitution off objects that turn it off, and spends the render budget across documents', () => {
    const disabled = 'metadata:\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\nvalue: ${A}\n';
    expect(substitute(disabled, { A: 'x' })).toBe(disabled);
    const budget = { bytes: 10 };
    expect(substitute('${A}${A}', { A: 'abcd' }, budget)).toBe('abcdabcd');
    expect(() => substitute('${A}', { A: 'abcd' }, budget)).toThrow('larger than max-render-bytes');
  });
});
