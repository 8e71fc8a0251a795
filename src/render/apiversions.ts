// What `.Capabilities.APIVersions` should hold for the cluster the user named: offline, `helm template` knows only
// client-go's types, so a chart asking for `apiregistration.k8s.io/v1` or `policy/v1/PodDisruptionBudget` gets "no"
// and picks an API the cluster no longer serves. These lists go to helm as `--api-versions`.
import { crdDefinitions, type CrdDefinition } from '../discover/crds.js';

/**
 * Built-in kinds by group/version: the Kubernetes minor that first served it by default (GA, or a beta that was on by
 * default) and the minor that stopped serving it. Transcribed from the API reference of each release and the
 * Deprecated API Migration Guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/); every
 * `removed` entry is also in policies/lib/apis.rego (removed-api), and test/unit/apiversions.test.ts fails when the
 * two disagree. Betas added since v1.24 are off by default (KEP-3136) and so are not here; nor are alphas.
 */
const SERVED: Record<string, [kind: string, since: number, removed?: number][]> = {
  v1: [
    ['Binding', 0], ['ComponentStatus', 0], ['ConfigMap', 0], ['Endpoints', 0], ['Event', 0], ['LimitRange', 0], ['Namespace', 0],
    ['Node', 0], ['PersistentVolume', 0], ['PersistentVolumeClaim', 0], ['Pod', 0], ['PodTemplate', 0], ['ReplicationController', 0],
    ['ResourceQuota', 0], ['Secret', 0], ['Service', 0], ['ServiceAccount', 0],
  ],
  'admissionregistration.k8s.io/v1': [['MutatingWebhookConfiguration', 16], ['ValidatingWebhookConfiguration', 16], ['ValidatingAdmissionPolicy', 30], ['ValidatingAdmissionPolicyBinding', 30]],
  'admissionregistration.k8s.io/v1beta1': [['MutatingWebhookConfiguration', 9, 22], ['ValidatingWebhookConfiguration', 9, 22]],
  'apiextensions.k8s.io/v1': [['CustomResourceDefinition', 16]],
  'apiextensions.k8s.io/v1beta1': [['CustomResourceDefinition', 7, 22]],
  'apiregistration.k8s.io/v1': [['APIService', 10]],
  'apiregistration.k8s.io/v1beta1': [['APIService', 7, 22]],
  'apps/v1': [['ControllerRevision', 9], ['DaemonSet', 9], ['Deployment', 9], ['ReplicaSet', 9], ['StatefulSet', 9]],
  'apps/v1beta1': [['ControllerRevision', 7, 16], ['Deployment', 6, 16], ['ReplicaSet', 6, 16], ['StatefulSet', 5, 16]],
  'apps/v1beta2': [['ControllerRevision', 8, 16], ['DaemonSet', 8, 16], ['Deployment', 8, 16], ['ReplicaSet', 8, 16], ['StatefulSet', 8, 16]],
  'authentication.k8s.io/v1': [['TokenReview', 6], ['SelfSubjectReview', 28]],
  'authentication.k8s.io/v1beta1': [['TokenReview', 3, 22]],
  'authorization.k8s.io/v1': [['LocalSubjectAccessReview', 6], ['SelfSubjectAccessReview', 6], ['SelfSubjectRulesReview', 8], ['SubjectAccessReview', 6]],
  'authorization.k8s.io/v1beta1': [['LocalSubjectAccessReview', 3, 22], ['SelfSubjectAccessReview', 3, 22], ['SubjectAccessReview', 3, 22]],
  'autoscaling/v1': [['HorizontalPodAutoscaler', 2]],
  'autoscaling/v2': [['HorizontalPodAutoscaler', 23]],
  'autoscaling/v2beta1': [['HorizontalPodAutoscaler', 8, 25]],
  'autoscaling/v2beta2': [['HorizontalPodAutoscaler', 12, 26]],
  'batch/v1': [['Job', 2], ['CronJob', 21]],
  'batch/v1beta1': [['CronJob', 8, 25]],
  'certificates.k8s.io/v1': [['CertificateSigningRequest', 19]],
  'certificates.k8s.io/v1beta1': [['CertificateSigningRequest', 6, 22]],
  'coordination.k8s.io/v1': [['Lease', 14]],
  'coordination.k8s.io/v1beta1': [['Lease', 12, 22]],
  'discovery.k8s.io/v1': [['EndpointSlice', 21]],
  'discovery.k8s.io/v1beta1': [['EndpointSlice', 17, 25]],
  'events.k8s.io/v1': [['Event', 19]],
  'events.k8s.io/v1beta1': [['Event', 8, 25]],
  'extensions/v1beta1': [['DaemonSet', 2, 16], ['Deployment', 2, 16], ['ReplicaSet', 2, 16], ['NetworkPolicy', 3, 16], ['PodSecurityPolicy', 3, 16], ['Ingress', 1, 22]],
  'flowcontrol.apiserver.k8s.io/v1': [['FlowSchema', 29], ['PriorityLevelConfiguration', 29]],
  'flowcontrol.apiserver.k8s.io/v1beta1': [['FlowSchema', 20, 26], ['PriorityLevelConfiguration', 20, 26]],
  'flowcontrol.apiserver.k8s.io/v1beta2': [['FlowSchema', 23, 29], ['PriorityLevelConfiguration', 23, 29]],
  'flowcontrol.apiserver.k8s.io/v1beta3': [['FlowSchema', 26, 32], ['PriorityLevelConfiguration', 26, 32]],
  'networking.k8s.io/v1': [['NetworkPolicy', 7], ['Ingress', 19], ['IngressClass', 19], ['IPAddress', 33], ['ServiceCIDR', 33]],
  'networking.k8s.io/v1beta1': [['Ingress', 14, 22], ['IngressClass', 18, 22]],
  'node.k8s.io/v1': [['RuntimeClass', 20]],
  'node.k8s.io/v1beta1': [['RuntimeClass', 14, 25]],
  'policy/v1': [['PodDisruptionBudget', 21]],
  'policy/v1beta1': [['PodDisruptionBudget', 5, 25], ['PodSecurityPolicy', 10, 25]],
  'rbac.authorization.k8s.io/v1': [['ClusterRole', 8], ['ClusterRoleBinding', 8], ['Role', 8], ['RoleBinding', 8]],
  'rbac.authorization.k8s.io/v1beta1': [['ClusterRole', 6, 22], ['ClusterRoleBinding', 6, 22], ['Role', 6, 22], ['RoleBinding', 6, 22]],
  'resource.k8s.io/v1': [['DeviceClass', 34], ['ResourceClaim', 34], ['ResourceClaimTemplate', 34], ['ResourceSlice', 34]],
  'scheduling.k8s.io/v1': [['PriorityClass', 14]],
  'scheduling.k8s.io/v1beta1': [['PriorityClass', 11, 22]],
  'storage.k8s.io/v1': [['StorageClass', 6], ['VolumeAttachment', 13], ['CSINode', 17], ['CSIDriver', 18], ['CSIStorageCapacity', 24], ['VolumeAttributesClass', 34]],
  'storage.k8s.io/v1beta1': [['StorageClass', 4, 22], ['VolumeAttachment', 10, 22], ['CSIDriver', 14, 22], ['CSINode', 14, 22], ['CSIStorageCapacity', 21, 27]],
};

/** The oldest and newest Kubernetes minors the table describes; a target outside is answered with the nearest. */
export const OLDEST_MINOR = 16;
export const NEWEST_MINOR = 35;

/**
 * Every group/version a cluster of `kubeVersion` (`1.30`, `v1.30.2`; blank: the newest) serves by default, each
 * followed by its `group/version/Kind` forms, which `.Capabilities.APIVersions.Has` also answers when they are listed
 * ("policy/v1/PodDisruptionBudget" is a common test). Minors past the table get the newest row: the guide lists no
 * removal after v1.32, so a newer cluster serves at least these.
 */
export function apiVersionsFor(kubeVersion?: string): string[] {
  const minor = clampMinor(kubeVersion);
  const versions: string[] = [];
  for (const [groupVersion, kinds] of Object.entries(SERVED)) {
    const served = kinds.filter(([, since, removed]) => since <= minor && (removed === undefined || minor < removed));
    if (served.length) versions.push(groupVersion, ...served.map(([kind]) => `${groupVersion}/${kind}`));
  }
  return versions;
}

/** The group/versions (and their `/Kind` forms) that the CustomResourceDefinitions among `objects` serve. */
export function crdApiVersions(objects: Iterable<unknown>): string[] {
  return definitionApiVersions(crdDefinitions(objects));
}

/** The same from definitions already read (crdsInFiles over the repository's files, once per run). */
export function definitionApiVersions(definitions: CrdDefinition[]): string[] {
  const versions = new Set<string>();
  for (const { group, kind, versions: served } of definitions) {
    for (const version of served) versions.add(`${group}/${version}`).add(`${group}/${version}/${kind}`);
  }
  return [...versions].sort();
}

/** The built-in API versions that the table says stopped being served, for the consistency test with apis.rego. */
export function removedApis(): { apiVersion: string; kind: string; removed: number }[] {
  return Object.entries(SERVED).flatMap(([apiVersion, kinds]) =>
    kinds.flatMap(([kind, , removed]) => (removed === undefined ? [] : [{ apiVersion, kind, removed }])),
  );
}

function clampMinor(kubeVersion: string | undefined): number {
  const match = /^v?1\.(\d+)/.exec(kubeVersion?.trim() ?? '');
  if (!match) return NEWEST_MINOR;
  return Math.min(NEWEST_MINOR, Math.max(OLDEST_MINOR, Number(match[1])));
}
