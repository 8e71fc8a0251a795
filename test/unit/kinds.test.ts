// Which documents are Kubernetes objects: tool configs seen in real repositories are not, real objects stay judged.
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { crdDefinitions, crdsInFiles } from '../../src/discover/crds.js';
import { apiGroup, chartTemplateReason, classifyDocument, isChartTemplateFile, nonObjectFileReason } from '../../src/discover/kinds.js';

const object = (text: string) => load(text) as Record<string, unknown>;

// Real files (trimmed): microservices-demo skaffold.yaml, opentelemetry-helm-charts .github/kind-1.33.yaml,
// flux2-kustomize-helm-example .fluxschema.yml, k3d's documented config, a kubeconfig as kubectl writes it.
const SKAFFOLD = 'apiVersion: skaffold/v3\nkind: Config\nmetadata:\n  name: app\nbuild:\n  platforms: ["linux/amd64", "linux/arm64"]\n';
const KIND = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking:\n  ipFamily: dual\nnodes:\n  - role: control-plane\n    kubeadmConfigPatches:\n      - |\n        kind: InitConfiguration\n';
const FLUX_SCHEMA = 'apiVersion: schema.plugin.fluxcd.io/v1beta1\nkind: Config\nvalidate:\n  schemaLocation:\n    - ecosystem\n  skipMissingSchemas: true\n';
const K3D = 'apiVersion: k3d.io/v1alpha5\nkind: Simple\nmetadata:\n  name: mycluster\nservers: 1\nagents: 2\n';
const KUBECONFIG = 'apiVersion: v1\nkind: Config\nclusters:\n- cluster: {server: "https://127.0.0.1:6443"}\n  name: dev\ncurrent-context: dev\ncontexts: []\nusers: []\n';

describe('classifyDocument', () => {
  it.each([
    ['Skaffold', SKAFFOLD, 'Skaffold config'],
    ['kind', KIND, 'kind cluster config'],
    ['Flux schema', FLUX_SCHEMA, 'Flux schema config'],
    ['k3d', K3D, 'k3d cluster config'],
    ['kubeconfig', KUBECONFIG, 'kubeconfig'],
    ['kustomization', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n', 'kustomization'],
    ['kustomize Component', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n', 'kustomization'],
    ['kubeadm', 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.33.0\n', 'kubeadm config'],
    ['Kptfile', 'apiVersion: kpt.dev/v1\nkind: Kptfile\nmetadata: {name: app}\n', 'kpt config'],
    ['clusterctl metadata', 'apiVersion: clusterctl.cluster.x-k8s.io/v1alpha3\nkind: Metadata\nreleaseSeries: []\n', 'clusterctl config'],
    ['Talos', 'apiVersion: v1alpha1\nkind: SideroLinkConfig\napiUrl: https://siderolink.api/join\n', 'Talos machine config'],
    ['Backstage', 'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: {name: shop}\nspec: {type: service}\n', 'Backstage catalog entity'],
  ])('%s is not a Kubernetes object', (_, text, what) => {
    expect(classifyDocument(object(text))).toEqual({ kubernetes: false, what });
  });

  it.each([
    ['a Pod', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n'],
    ['a Deployment without metadata (an error for the parser)', 'apiVersion: apps/v1\nkind: Deployment\nspec: {}\n'],
    ['a kubelet configuration (judged by the control-plane rules)', 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n'],
    ['an EncryptionConfiguration', 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []\n'],
    ['an audit Policy', 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n'],
    ['a Cluster API Cluster (cluster.x-k8s.io, not kind)', 'apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nspec: {}\n'],
    ['a nameless cert-manager Certificate (an operator`s object missing its name)', 'apiVersion: cert-manager.io/v1\nkind: Certificate\nspec: {}\n'],
    ['a Flux Kustomization (kustomize.toolkit.fluxcd.io, not kustomize.config.k8s.io)', 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nspec: {}\n'],
    ['an unknown group with metadata', 'apiVersion: widgets.example.com/v1\nkind: Widget\nmetadata: {name: w}\n'],
    ['a List', 'apiVersion: v1\nkind: List\nitems: []\n'],
  ])('%s is a Kubernetes object', (_, text) => {
    expect(classifyDocument(object(text))).toEqual({ kubernetes: true });
  });

  it('takes a nameless document of a group a CRD in the repository defines for an object', () => {
    const widget = object('apiVersion: widgets.example.com/v1\nkind: Widget\nspec: {size: 3}\n');
    expect(classifyDocument(widget)).toEqual({
      kubernetes: false,
      what: 'Widget of `widgets.example.com/v1` without metadata (a group that neither Kubernetes, a CRD in the repository nor a known operator serves)',
    });
    expect(classifyDocument(widget, { crdGroups: new Set(['widgets.example.com']) })).toEqual({ kubernetes: true });
    // A CRD of a tool's group makes it an object: the repository says the cluster serves it.
    expect(classifyDocument(object(K3D), { crdGroups: new Set(['k3d.io']) })).toEqual({ kubernetes: true });
  });

  it('leaves a document without apiVersion or kind to the parser', () => {
    expect(classifyDocument({ kind: 'Pod' })).toEqual({ kubernetes: true });
    expect(classifyDocument({ apiVersion: 'v1', kind: 7 })).toEqual({ kubernetes: true });
  });

  it('reads the group of an apiVersion', () => {
    expect([apiGroup('v1'), apiGroup('apps/v1'), apiGroup('skaffold/v4beta11'), apiGroup('v1alpha1')]).toEqual(['', 'apps', 'skaffold', 'v1alpha1']);
  });
});

describe('nonObjectFileReason', () => {
  it('names what a whole file is when none of its documents is an object', () => {
    expect(nonObjectFileReason(KIND)).toBe('kind cluster config, not a Kubernetes object');
    expect(nonObjectFileReason(FLUX_SCHEMA)).toBe('Flux schema config, not a Kubernetes object');
    expect(nonObjectFileReason(`${SKAFFOLD}---\n${SKAFFOLD.replace('name: app', 'name: loadgenerator')}`)).toBe('Skaffold config, not a Kubernetes object');
    expect(nonObjectFileReason(`{"apiVersion": "v1", "kind": "Config", "clusters": []}`)).toBe('kubeconfig, not a Kubernetes object');
  });

  it('keeps a file with any object in it, and a file that does not parse, for the parser', () => {
    const kubeadm = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: InitConfiguration\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n';
    expect(nonObjectFileReason(kubeadm)).toBeUndefined();
    expect(nonObjectFileReason(`${KIND}---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n`)).toBeUndefined();
    expect(nonObjectFileReason(`${SKAFFOLD}---\napiVersion: v1\nkind: [broken\n`)).toBeUndefined();
    expect(nonObjectFileReason('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n')).toBeUndefined();
    expect(nonObjectFileReason('name: values\nimage: nginx\n')).toBeUndefined();
  });

  it('parses only when an apiVersion could be a tool`s, and then decides by parsing', () => {
    // A Pod whose comment mentions a kind config: the quick look says "maybe", the parse says object.
    expect(nonObjectFileReason('# apiVersion: kind.x-k8s.io/v1alpha4\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\n')).toBeUndefined();
    // A nameless object of a repository CRD's group is the parser's to report.
    const widget = 'apiVersion: widgets.example.com/v1\nkind: Widget\nspec: {}\n';
    expect(nonObjectFileReason(widget)).toMatch(/^Widget of `widgets.example.com\/v1` without metadata/);
    expect(nonObjectFileReason(widget, { crdGroups: new Set(['widgets.example.com']) })).toBeUndefined();
  });
});

describe('isChartTemplateFile', () => {
  // opentelemetry-helm-charts charts/opentelemetry-operator/conf/crds/*.yaml, loaded by the chart's templates.
  const conf = '{{- if .Values.crds.create }}\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  annotations:\n    {{- with .Values.crds.annotations }}\n    {{- toYaml . | nindent 4 }}\n    {{- end }}\n  name: opampbridges.opentelemetry.io\n{{- end }}\n';
  const charts = ['charts/opentelemetry-operator'];

  it('finds Go templates in a chart directory that helm does not render by itself', () => {
    expect(isChartTemplateFile('charts/opentelemetry-operator/conf/crds/crd-opampbridges.yaml', conf, charts)).toBe(true);
    expect(chartTemplateReason('charts/opentelemetry-operator')).toBe('template file of chart charts/opentelemetry-operator (its templates load it with .Files or tpl; judged in what they render)');
  });

  it('leaves templates/ to helm, files outside charts alone, and files without template actions', () => {
    expect(isChartTemplateFile('charts/opentelemetry-operator/templates/crds.yaml', conf, charts)).toBe(false);
    expect(isChartTemplateFile('deploy/conf/crd.yaml', conf, charts)).toBe(false);
    expect(isChartTemplateFile('charts/opentelemetry-operator/examples/pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', charts)).toBe(false);
  });
});

describe('CRDs in the repository', () => {
  const crd = (group: string, kind: string, versions: string) =>
    `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x.${group}}\nspec:\n  group: ${group}\n  names: {kind: ${kind}, plural: x}\n  scope: Namespaced\n  versions:\n${versions}`;

  it('reads groups, kinds and the served versions', () => {
    const text = crd('widgets.example.com', 'Widget', '  - {name: v1, served: true, storage: true}\n  - {name: v1beta1, served: false, storage: false}\n  - {name: v1alpha1, served: yes}\n');
    const legacy = 'apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition\nmetadata: {name: gadgets.example.com}\nspec: {group: example.com, version: v1beta1, names: {kind: Gadget}}\n';
    const templated = `{{- if .Values.crds.create }}\n${crd('opentelemetry.io', 'OpAMPBridge', '  - {name: v1alpha1, served: true}\n')}{{- end }}\n`;
    expect(
      crdsInFiles([
        { path: 'crds/widget.yaml', text: `${text}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n` },
        { path: 'crds/gadget.yml', text: legacy },
        { path: 'chart/conf/crd.yaml', text: templated },
        { path: 'notes.md', text },
      ]),
    ).toEqual([
      { group: 'widgets.example.com', kind: 'Widget', versions: ['v1', 'v1alpha1'] },
      { group: 'example.com', kind: 'Gadget', versions: ['v1beta1'] },
    ]);
  });

  it('ignores objects that are not CRDs or lack a group or kind', () => {
    expect(crdDefinitions([null, 'x', { kind: 'CustomResourceDefinition', apiVersion: 'v1', spec: { group: 'a', names: { kind: 'A' } } }, { kind: 'CustomResourceDefinition', apiVersion: 'apiextensions.k8s.io/v1', spec: { names: { kind: 'A' } } }])).toEqual([]);
  });
});
