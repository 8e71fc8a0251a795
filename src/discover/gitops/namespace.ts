// The namespace a rendered object lands in once its deploying tool applies it: Argo CD puts every namespaced object
// without `metadata.namespace` in the Application's destination namespace, Helm (and a Flux HelmRelease) in the
// release namespace; cluster-scoped objects keep none. Cross-object facts (NetworkPolicy coverage, a Namespace's
// Pod Security level and version) then read the namespace the cluster will see, not `default`.
import type { Target } from '../../model.js';

/**
 * Kinds the API server serves cluster-scoped, by API group ('' is the core group), from the Kubernetes API reference
 * (v1.35) and the cluster-scoped kinds of widely used CRDs. A kind of a CRD not listed is taken as namespaced, as
 * kustomize's namespace transformer takes it: the cluster's discovery API, which Argo CD asks, is not at hand here.
 */
const CLUSTER_SCOPED: Record<string, readonly string[]> = {
  '': ['Namespace', 'Node', 'PersistentVolume', 'ComponentStatus'],
  'rbac.authorization.k8s.io': ['ClusterRole', 'ClusterRoleBinding'],
  'storage.k8s.io': ['StorageClass', 'CSIDriver', 'CSINode', 'VolumeAttachment', 'VolumeAttributesClass'],
  'apiextensions.k8s.io': ['CustomResourceDefinition'],
  'admissionregistration.k8s.io': [
    'ValidatingWebhookConfiguration',
    'MutatingWebhookConfiguration',
    'ValidatingAdmissionPolicy',
    'ValidatingAdmissionPolicyBinding',
    'MutatingAdmissionPolicy',
    'MutatingAdmissionPolicyBinding',
  ],
  'apiregistration.k8s.io': ['APIService'],
  'scheduling.k8s.io': ['PriorityClass'],
  'node.k8s.io': ['RuntimeClass'],
  'networking.k8s.io': ['IngressClass', 'IPAddress', 'ServiceCIDR'],
  'policy': ['PodSecurityPolicy'],
  'certificates.k8s.io': ['CertificateSigningRequest', 'ClusterTrustBundle'],
  'flowcontrol.apiserver.k8s.io': ['FlowSchema', 'PriorityLevelConfiguration'],
  'resource.k8s.io': ['DeviceClass'],
  'storagemigration.k8s.io': ['StorageVersionMigration'],
  'internal.apiserver.k8s.io': ['StorageVersion'],
  'authentication.k8s.io': ['TokenReview', 'SelfSubjectReview'],
  'authorization.k8s.io': ['SubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
  'templates.gatekeeper.sh': ['ConstraintTemplate'],
  'argoproj.io': ['ClusterWorkflowTemplate'],
};

/** Every kind of these groups is cluster-scoped (Gatekeeper's constraints, one CRD per template). */
const CLUSTER_SCOPED_GROUPS = new Set(['constraints.gatekeeper.sh']);

/** Whether objects of this kind have no namespace: the list above, or a CRD kind named `Cluster…` (ClusterIssuer, ClusterSecretStore, ClusterPolicy). */
export function isClusterScoped(apiVersion: string, kind: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  if (CLUSTER_SCOPED[group]?.includes(kind) || CLUSTER_SCOPED_GROUPS.has(group)) return true;
  return group.includes('.') && !group.endsWith('.k8s.io') && /^Cluster[A-Z]/.test(kind);
}

/**
 * Where the deploying tool puts a target's namespaced objects that name no namespace: the deployer's namespace
 * (Target.namespace), else a chart's release namespace (`helm template --namespace`, `default` when none is given,
 * as `helm install` without `-n`); undefined when the object stays as rendered (kubectl's `default`).
 */
export function targetNamespace(target: Target): string | undefined {
  if (target.namespace) return target.namespace;
  if (target.kind === 'helm') return target.helm?.namespace || 'default';
  return undefined;
}

/**
 * Sets `metadata.namespace` on a rendered object the way its deploying tool applies it (see targetNamespace), and
 * returns the namespace the object lands in (undefined for a cluster-scoped one, or one left as rendered). Called
 * on each object as it is parsed, before anything judges it, so the policies, the inventories and the findings all
 * see the namespace the cluster gets. A namespace the object sets itself is kept, as Argo CD and Helm keep it.
 */
export function applyTargetNamespace(target: Target, object: Record<string, unknown>): string | undefined {
  const metadata = object.metadata;
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return undefined;
  const own = (metadata as Record<string, unknown>).namespace;
  if (typeof own === 'string' && own !== '') return own;
  const { apiVersion, kind } = object;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string' || isClusterScoped(apiVersion, kind)) return undefined;
  const namespace = targetNamespace(target);
  if (namespace !== undefined) (metadata as Record<string, unknown>).namespace = namespace;
  return namespace;
}

/**
 * The namespace a GitOps deployment puts its objects in, for reports ("deployed by Application argocd/web into
 * team-a"): Argo CD's destination, a HelmRelease's release namespace, a Flux Kustomization's targetNamespace.
 * Undefined for a target no controller object deploys, or one that leaves each object's own namespace.
 */
export function deploymentNamespace(target: Target): string | undefined {
  if (!target.deployedBy) return undefined;
  return target.namespace ?? target.helm?.namespace ?? target.kustomize?.namespace;
}
