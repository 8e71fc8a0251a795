// The fields of Argo CD and Flux objects this gate reads or knows to be harmless: any other field that is set may
// change what the controller deploys, so a deployment using one is reported as not checked instead of being judged
// as if the field were absent (a new controller release adds fields; this list is the gate's side of that contract).

/** `true`: read, or known not to change the rendered objects; a nested spec: its keys are checked too. */
export type FieldSpec = { [key: string]: true | FieldSpec | [FieldSpec] };

/**
 * Dotted names (`helm.fileParameters[0].name`) of the fields set in `value` that `spec` does not list. A field
 * holding its zero value (null, false, '', [], {}) is absent for the controllers, which are Go programs.
 */
export function unreadFields(value: unknown, spec: FieldSpec, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const unread: string[] = [];
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (isZero(item)) continue;
    const name = `${prefix}${key}`;
    const rule = spec[key];
    if (rule === undefined) unread.push(name);
    else if (Array.isArray(rule)) {
      if (Array.isArray(item)) item.forEach((entry, index) => unread.push(...unreadFields(entry, rule[0], `${name}[${index}].`)));
    } else if (rule !== true) unread.push(...unreadFields(item, rule, `${name}.`));
  }
  return unread;
}

function isZero(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '' || value === 0) return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

const KUSTOMIZE_SELECTOR: FieldSpec = { group: true, version: true, kind: true, name: true, namespace: true, labelSelector: true, annotationSelector: true };

/** An Argo CD ApplicationSource (argo-cd v3 types.go). */
export const ARGO_SOURCE: FieldSpec = {
  repoURL: true,
  path: true,
  targetRevision: true,
  chart: true,
  ref: true,
  name: true,
  // A plugin source is reported as not checked as a whole.
  plugin: true,
  helm: {
    valueFiles: true,
    parameters: [{ name: true, value: true, forceString: true }],
    fileParameters: [{ name: true, path: true }],
    releaseName: true,
    values: true,
    valuesObject: true,
    ignoreMissingValueFiles: true,
    namespace: true,
    kubeVersion: true,
    apiVersions: true,
    // Which helm, credentials, and skipping CRDs, tests or schema validation: the objects judged are a superset.
    version: true,
    passCredentials: true,
    skipCrds: true,
    skipTests: true,
    skipSchemaValidation: true,
  },
  kustomize: {
    namePrefix: true,
    nameSuffix: true,
    namespace: true,
    images: true,
    commonLabels: true,
    commonAnnotations: true,
    replicas: [{ name: true, count: true }],
    patches: [{ path: true, patch: true, target: KUSTOMIZE_SELECTOR, options: true }],
    components: true,
    ignoreMissingComponents: true,
    // Labels and which kustomize: no field a rule reads.
    version: true,
    forceCommonLabels: true,
    forceCommonAnnotations: true,
    labelWithoutSelector: true,
  },
  // Jsonnet options are reported with the Jsonnet files they configure.
  directory: { recurse: true, include: true, exclude: true, jsonnet: true },
};

/** A Flux Kustomization's spec (kustomize-controller v1 API). */
export const FLUX_KUSTOMIZATION: FieldSpec = {
  sourceRef: true,
  path: true,
  targetNamespace: true,
  namePrefix: true,
  nameSuffix: true,
  images: [{ name: true, newName: true, newTag: true, digest: true }],
  commonMetadata: { labels: true, annotations: true },
  patches: [{ patch: true, target: KUSTOMIZE_SELECTOR }],
  patchesStrategicMerge: true,
  patchesJson6902: [{ patch: true, target: KUSTOMIZE_SELECTOR }],
  components: true,
  ignoreMissingComponents: true,
  postBuild: { substitute: true, substituteFrom: [{ kind: true, name: true, optional: true }], substituteStrategy: true },
  // Scheduling, health, pruning, identity and decryption: what is applied stays the same.
  interval: true,
  retryInterval: true,
  timeout: true,
  prune: true,
  wait: true,
  force: true,
  healthChecks: true,
  healthCheckExprs: true,
  dependsOn: true,
  suspend: true,
  serviceAccountName: true,
  kubeConfig: true,
  decryption: true,
  deletionPolicy: true,
  buildMetadata: true,
  validation: true,
};

/** A Flux HelmRelease's spec (helm-controller v2 API). */
export const FLUX_HELMRELEASE: FieldSpec = {
  chart: {
    spec: { chart: true, version: true, sourceRef: true, valuesFiles: true, ignoreMissingValuesFiles: true, interval: true, reconcileStrategy: true, verify: true },
    metadata: true,
  },
  chartRef: true,
  releaseName: true,
  targetNamespace: true,
  values: true,
  valuesFrom: [{ kind: true, name: true, valuesKey: true, targetPath: true, optional: true }],
  // Scheduling, history, hooks and remediation: helm template renders hooks and CRDs, a superset of what installs.
  interval: true,
  kubeConfig: true,
  suspend: true,
  storageNamespace: true,
  dependsOn: true,
  timeout: true,
  maxHistory: true,
  serviceAccountName: true,
  persistentClient: true,
  driftDetection: true,
  install: true,
  upgrade: true,
  test: true,
  rollback: true,
  uninstall: true,
};
