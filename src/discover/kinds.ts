// Is this document a Kubernetes object? Tool configs (kind, k3d, Skaffold, kubeconfig…) share the apiVersion/kind
// shape but are never sent to a cluster: they are listed as not checked, never reported as broken objects.
import { load } from 'js-yaml';
import { KUBERNETES_FAST_SCHEMA } from '../manifests/scalars.js';
import { documentsOf, isBlankDocument } from '../manifests/split.js';
import { chartRole, owningChart } from './helm.js';

export type Classification = { kubernetes: true } | { kubernetes: false; what: string };

export interface KindContext {
  /** API groups that CustomResourceDefinitions in the repository define (crds.ts). */
  crdGroups?: ReadonlySet<string>;
}

/**
 * Configuration files of tools, matched on apiVersion (and kind): they come first, because several carry a
 * `metadata` block (Skaffold, k3d) or sit in a group that looks like Kubernetes' (kind.x-k8s.io, kubeadm.k8s.io).
 * Kubernetes' own component configurations (KubeletConfiguration, EncryptionConfiguration, audit Policy) are not
 * here: the control-plane rules judge them, and parse.ts excuses them from `metadata.name`.
 */
const TOOL_CONFIGS: { apiVersion: RegExp; kind?: RegExp; what: string }[] = [
  { apiVersion: /^kind\.(x-k8s|sigs\.k8s)\.io\//, kind: /^Cluster$/, what: 'kind cluster config' },
  { apiVersion: /^k3d\.io\//, what: 'k3d cluster config' },
  { apiVersion: /^skaffold\/v\d/, what: 'Skaffold config' },
  // Core v1 has no kind Config: `apiVersion: v1, kind: Config` is only ever a kubeconfig.
  { apiVersion: /^v1$/, kind: /^Config$/, what: 'kubeconfig' },
  { apiVersion: /^kustomize\.config\.k8s\.io\//, what: 'kustomization' },
  { apiVersion: /^builtin$/, what: 'kustomize plugin config' },
  { apiVersion: /^config\.kubernetes\.io\//, what: 'KRM function input' },
  { apiVersion: /^(fn\.)?kpt\.dev\//, what: 'kpt config' },
  { apiVersion: /^schema\.plugin\.fluxcd\.io\//, what: 'Flux schema config' },
  { apiVersion: /^kubeadm\.k8s\.io\//, what: 'kubeadm config' },
  { apiVersion: /^controller-runtime\.sigs\.k8s\.io\//, kind: /^ControllerManagerConfig(uration)?$/, what: 'controller-runtime manager config' },
  { apiVersion: /^client\.authentication\.k8s\.io\//, what: 'client credential plugin config' },
  { apiVersion: /^clusterctl\.cluster\.x-k8s\.io\//, what: 'clusterctl config' },
  { apiVersion: /^ctlptl\.dev\//, what: 'ctlptl cluster config' },
  { apiVersion: /^tilt\.dev\//, what: 'Tilt config' },
  // Talos machine configuration documents: a bare `v1alpha1`, which no Kubernetes group serves.
  { apiVersion: /^v1alpha1$/, what: 'Talos machine config' },
  { apiVersion: /^(kapp|kbld|vendir)\.k14s\.io\//, what: 'Carvel tool config' },
  { apiVersion: /^meta\.pkg\.crossplane\.io\//, what: 'Crossplane package metadata' },
  { apiVersion: /^cli\.kyverno\.io\//, what: 'Kyverno CLI test' },
  { apiVersion: /^([a-z0-9-]+\.)*backstage\.io\//, what: 'Backstage catalog entity' },
  { apiVersion: /^garden\.io\//, what: 'Garden config' },
];

/** The API groups Kubernetes serves that predate the `*.k8s.io` naming (every later built-in group ends in k8s.io). */
const LEGACY_GROUPS = new Set(['apps', 'batch', 'autoscaling', 'policy', 'extensions']);

/**
 * Groups of widely used operators and controllers (a group equal to one of these or ending in `.<suffix>`). A
 * nameless document of such a group is a real object missing its name (an error), not a tool's config. `k8s.io`
 * and `x-k8s.io` cover every built-in group, SIG projects (Gateway API, Cluster API) and their experiments.
 */
const OPERATOR_SUFFIXES = [
  'k8s.io', 'x-k8s.io', 'k8s.aws', 'cert-manager.io', 'coreos.com', 'argoproj.io', 'toolkit.fluxcd.io', 'fluxcd.controlplane.io',
  'bitnami.com', 'external-secrets.io', 'keda.sh', 'kyverno.io', 'istio.io', 'cilium.io', 'projectcalico.org', 'traefik.io',
  'traefik.containo.us', 'knative.dev', 'tekton.dev', 'kruise.io', 'velero.io', 'karpenter.sh', 'crossplane.io', 'upbound.io',
  'cnpg.io', 'opentelemetry.io', 'jaegertracing.io', 'gatekeeper.sh', 'linkerd.io', 'konghq.com', 'nginx.org', 'openshift.io',
  'strimzi.io', 'min.io', 'integreatly.org', 'victoriametrics.com', 'kubevirt.io', 'rook.io', 'longhorn.io',
  'open-cluster-management.io', 'cattle.io', 'kubeflow.org', 'ray.io', 'dapr.io', 'getambassador.io', 'kiali.io',
  'chaos-mesh.org', 'litmuschaos.io', 'onepassword.com', 'hashicorp.com', 'banzaicloud.com', 'grafana.com',
];

/**
 * The rule: a document is a Kubernetes object to judge when its API group is defined by a CRD in the repository;
 * else when it is not a known tool's configuration and its group is served by Kubernetes (core `v1`, the legacy
 * groups, `*.k8s.io`) or a known operator's, or it has a `metadata` mapping. Anything else (an unknown group, no metadata) is
 * not a Kubernetes object. A document with an `items` list is always judged (kubectl applies its items). A document
 * without a string apiVersion and kind is left to the parser, which says
 * what is missing: it returns `{ kubernetes: true }` here.
 */
export function classifyDocument(object: Record<string, unknown>, context: KindContext = {}): Classification {
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || apiVersion === '' || typeof kind !== 'string' || kind === '') return { kubernetes: true };
  const group = apiGroup(apiVersion);
  // A group a CRD in the repository defines is served, whatever tool once used its name.
  if (context.crdGroups?.has(group)) return { kubernetes: true };
  // kubectl flattens any document with an `items` list (a `WidgetList` of any group): its items are what it applies.
  if (Array.isArray(object.items)) return { kubernetes: true };
  const tool = TOOL_CONFIGS.find((entry) => entry.apiVersion.test(apiVersion) && (!entry.kind || entry.kind.test(kind)));
  if (tool) return { kubernetes: false, what: tool.what };
  if (servedGroup(group, context) || isMapping(object.metadata)) return { kubernetes: true };
  return { kubernetes: false, what: `${kind} of \`${apiVersion}\` without metadata (a group that neither Kubernetes, a CRD in the repository nor a known operator serves)` };
}

/** The reason a not-checked listing gives for such a document. */
export function notAnObjectReason(what: string): string {
  return `${what}, not a Kubernetes object`;
}

/** `apps/v1` → `apps`; the core group (`v1`) is ''; a value without a version (`v1alpha1`) is its own "group". */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1 ? (apiVersion === 'v1' ? '' : apiVersion) : apiVersion.slice(0, slash);
}

function servedGroup(group: string, context: KindContext): boolean {
  if (group === '' || LEGACY_GROUPS.has(group) || context.crdGroups?.has(group)) return true;
  return OPERATOR_SUFFIXES.some((suffix) => group === suffix || group.endsWith(`.${suffix}`));
}

/**
 * Why a whole file is not checked, when every document in it that has an apiVersion and kind is a tool's config
 * or another non-object (the first one's reason); undefined when any document is an object, when none has both
 * fields, or when one does not parse (the parser then reports it, fail closed).
 */
export function nonObjectFileReason(text: string, context: KindContext = {}): string | undefined {
  if (!mayHoldNonObjects(text, context)) return undefined;
  const values = parsedDocuments(text);
  if (!values) return undefined;
  let reason: string | undefined;
  for (const value of values) {
    if (!isTyped(value)) continue;
    const classification = classifyDocument(value, context);
    if (classification.kubernetes) return undefined;
    reason ??= notAnObjectReason(classification.what);
  }
  return reason;
}

/**
 * A cheap look at every `apiVersion:` value before parsing: a file whose apiVersions are all served groups (nearly
 * every manifest) holds no non-object unless it has a `kind: Config` (a kubeconfig says `v1`); one without the word
 * has no document to classify (a key spelled with escapes is then judged, as before). Erring towards "maybe" only
 * costs a parse.
 */
function mayHoldNonObjects(text: string, context: KindContext): boolean {
  if (!text.includes('apiVersion')) return false;
  if (/\bkind"?[ \t]*:[ \t]*["']?Config\b/.test(text)) return true;
  const values = [...text.matchAll(/"?apiVersion"?[ \t]*:[ \t]*["']?([^\s"',}#]+)/g)].map((match) => match[1]!);
  return values.length === 0 || values.some((apiVersion) => TOOL_CONFIGS.some((entry) => entry.apiVersion.test(apiVersion)) || !servedGroup(apiGroup(apiVersion), context));
}

/**
 * A Go template in a chart directory that helm does not render by itself (`conf/`, `files/`, read by the chart's
 * templates through `.Files.Get` or `tpl`): such a file is no manifest when it does not parse as YAML, and must not
 * be reported as a broken one. Discovery passes it on as not unparsable-is-a-manifest; one that parses is still
 * judged as a plain manifest (kubectl could apply it as it stands).
 */
export function isChartTemplateFile(file: string, text: string, charts: string[]): boolean {
  if (owningChart(file, charts) === undefined || chartRole(file, charts, new Set()) !== 'none') return false;
  return /\{\{[\s\S]*?\}\}/.test(text);
}

/** The not-checked reason for such a file. */
export function chartTemplateReason(chart: string): string {
  return `template file of chart ${chart} (its templates load it with .Files or tpl; judged in what they render)`;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Workload kinds and where their pod template is; the API server refuses one without a selector or an image. */
const POD_TEMPLATES: Record<string, { template: string[]; selector: boolean }> = {
  Pod: { template: [], selector: false },
  Deployment: { template: ['spec', 'template'], selector: true },
  StatefulSet: { template: ['spec', 'template'], selector: true },
  DaemonSet: { template: ['spec', 'template'], selector: true },
  ReplicaSet: { template: ['spec', 'template'], selector: true },
  Job: { template: ['spec', 'template'], selector: false },
  CronJob: { template: ['spec', 'jobTemplate', 'spec', 'template'], selector: false },
};

/**
 * Why a file beside a kustomization that does not use it is a fragment, never an object anything deploys: each of its
 * documents is a workload the API server would refuse as it stands (no `spec.selector` where one is required, or a
 * container without an image), the shape of a strategic-merge patch. Undefined when any document could be applied.
 */
export function fragmentReason(text: string): string | undefined {
  const values = parsedDocuments(text);
  if (!values?.length) return undefined;
  for (const value of values) {
    if (!isMapping(value)) return undefined;
    const shape = typeof value.kind === 'string' ? POD_TEMPLATES[value.kind] : undefined;
    if (!shape || !incomplete(value, shape)) return undefined;
  }
  return 'a patch fragment (a workload without the selector or images the API server requires)';
}

/**
 * A patch's shape: containers named without an image, or a pod template without the selector its kind requires. An
 * object with no containers at all is not called a fragment (a minimal object is judged, whatever the API server
 * would say of it): only what is evidently a change to another object is.
 */
function incomplete(object: Record<string, unknown>, shape: { template: string[]; selector: boolean }): boolean {
  const at = (from: unknown, path: string[]) => path.reduce<unknown>((value, key) => (isMapping(value) ? value[key] : undefined), from);
  const spec = at(object, [...shape.template, 'spec']);
  const containers = isMapping(spec) ? [spec.containers, spec.initContainers].flatMap((list) => (Array.isArray(list) ? list : [])) : [];
  if (containers.length === 0) return false;
  if (shape.selector && !isMapping(at(object, ['spec', 'selector']))) return true;
  return containers.some((container) => !isMapping(container) || typeof container.image !== 'string' || container.image === '');
}

/** Every document with an apiVersion and kind lacks `metadata`: configuration in the Kubernetes style, never an object. */
export function everyDocumentNameless(text: string): boolean {
  const typed = parsedDocuments(text)?.filter(isTyped) ?? [];
  return typed.length > 0 && typed.every((value) => !isMapping(value.metadata));
}

/** Each non-blank document of a file as js-yaml reads it; undefined when one does not parse (callers fail closed). */
function parsedDocuments(text: string): unknown[] | undefined {
  const values: unknown[] = [];
  for (const document of documentsOf(text)) {
    if (isBlankDocument(document.text)) continue;
    try {
      values.push(load(document.text, { schema: KUBERNETES_FAST_SCHEMA }));
    } catch {
      return undefined;
    }
  }
  return values;
}

/** A document with a string apiVersion and kind. */
function isTyped(value: unknown): value is Record<string, unknown> & { apiVersion: string; kind: string } {
  return isMapping(value) && typeof value.apiVersion === 'string' && typeof value.kind === 'string';
}
