# METADATA
# title: API versions that Kubernetes no longer serves
# description: >-
#   Objects written against an API version that Kubernetes has removed are rejected by the API server
#   ("no matches for kind"), so the change cannot be applied. The table follows the Kubernetes Deprecated
#   API Migration Guide (removals in v1.16, v1.22, v1.25, v1.26, v1.27, v1.29 and v1.32): for example
#   Deployment, DaemonSet, ReplicaSet and NetworkPolicy under extensions/v1beta1 and apps/v1beta1 or
#   apps/v1beta2 (v1.16), Ingress under extensions/v1beta1 (v1.22), CronJob under batch/v1beta1 (v1.25).
#   PodSecurityPolicy is reported in every version: the kind itself was removed in v1.25 with no
#   replacement API; Pod Security Admission took its place.
# custom:
#   id: removed-api
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Change `apiVersion` to the replacement named in the message and apply the notable changes listed in
#     the migration guide (for example `kubectl convert`). Delete PodSecurityPolicy objects and label the
#     namespaces with `pod-security.kubernetes.io/enforce` instead.
#   references:
#     - https://kubernetes.io/docs/reference/using-api/deprecation-guide/
#     - https://kubernetes.io/docs/concepts/security/pod-security-policy/
#     - https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/
package kpg.rules.removed_api

# apiVersion -> kind -> [the release that stopped serving it, what to use instead].
removed := {
	"extensions/v1beta1": {
		"DaemonSet": ["v1.16", "apps/v1"],
		"Deployment": ["v1.16", "apps/v1"],
		"ReplicaSet": ["v1.16", "apps/v1"],
		"NetworkPolicy": ["v1.16", "networking.k8s.io/v1"],
		"PodSecurityPolicy": ["v1.16", ""],
		"Ingress": ["v1.22", "networking.k8s.io/v1"],
	},
	"apps/v1beta1": {
		"Deployment": ["v1.16", "apps/v1"],
		"StatefulSet": ["v1.16", "apps/v1"],
		"ReplicaSet": ["v1.16", "apps/v1"],
		"ControllerRevision": ["v1.16", "apps/v1"],
	},
	"apps/v1beta2": {
		"DaemonSet": ["v1.16", "apps/v1"],
		"Deployment": ["v1.16", "apps/v1"],
		"StatefulSet": ["v1.16", "apps/v1"],
		"ReplicaSet": ["v1.16", "apps/v1"],
		"ControllerRevision": ["v1.16", "apps/v1"],
	},
	"admissionregistration.k8s.io/v1beta1": {
		"MutatingWebhookConfiguration": ["v1.22", "admissionregistration.k8s.io/v1"],
		"ValidatingWebhookConfiguration": ["v1.22", "admissionregistration.k8s.io/v1"],
	},
	"apiextensions.k8s.io/v1beta1": {"CustomResourceDefinition": ["v1.22", "apiextensions.k8s.io/v1"]},
	"apiregistration.k8s.io/v1beta1": {"APIService": ["v1.22", "apiregistration.k8s.io/v1"]},
	"authentication.k8s.io/v1beta1": {"TokenReview": ["v1.22", "authentication.k8s.io/v1"]},
	"authorization.k8s.io/v1beta1": {
		"LocalSubjectAccessReview": ["v1.22", "authorization.k8s.io/v1"],
		"SelfSubjectAccessReview": ["v1.22", "authorization.k8s.io/v1"],
		"SubjectAccessReview": ["v1.22", "authorization.k8s.io/v1"],
	},
	"certificates.k8s.io/v1beta1": {"CertificateSigningRequest": ["v1.22", "certificates.k8s.io/v1"]},
	"coordination.k8s.io/v1beta1": {"Lease": ["v1.22", "coordination.k8s.io/v1"]},
	"networking.k8s.io/v1beta1": {
		"Ingress": ["v1.22", "networking.k8s.io/v1"],
		"IngressClass": ["v1.22", "networking.k8s.io/v1"],
	},
	"rbac.authorization.k8s.io/v1beta1": {
		"ClusterRole": ["v1.22", "rbac.authorization.k8s.io/v1"],
		"ClusterRoleBinding": ["v1.22", "rbac.authorization.k8s.io/v1"],
		"Role": ["v1.22", "rbac.authorization.k8s.io/v1"],
		"RoleBinding": ["v1.22", "rbac.authorization.k8s.io/v1"],
	},
	"scheduling.k8s.io/v1beta1": {"PriorityClass": ["v1.22", "scheduling.k8s.io/v1"]},
	"storage.k8s.io/v1beta1": {
		"CSIDriver": ["v1.22", "storage.k8s.io/v1"],
		"CSINode": ["v1.22", "storage.k8s.io/v1"],
		"StorageClass": ["v1.22", "storage.k8s.io/v1"],
		"VolumeAttachment": ["v1.22", "storage.k8s.io/v1"],
		"CSIStorageCapacity": ["v1.27", "storage.k8s.io/v1"],
	},
	"batch/v1beta1": {"CronJob": ["v1.25", "batch/v1"]},
	"discovery.k8s.io/v1beta1": {"EndpointSlice": ["v1.25", "discovery.k8s.io/v1"]},
	"events.k8s.io/v1beta1": {"Event": ["v1.25", "events.k8s.io/v1"]},
	"autoscaling/v2beta1": {"HorizontalPodAutoscaler": ["v1.25", "autoscaling/v2"]},
	"autoscaling/v2beta2": {"HorizontalPodAutoscaler": ["v1.26", "autoscaling/v2"]},
	"policy/v1beta1": {
		"PodDisruptionBudget": ["v1.25", "policy/v1"],
		"PodSecurityPolicy": ["v1.25", ""],
	},
	"node.k8s.io/v1beta1": {"RuntimeClass": ["v1.25", "node.k8s.io/v1"]},
	"flowcontrol.apiserver.k8s.io/v1beta1": {
		"FlowSchema": ["v1.26", "flowcontrol.apiserver.k8s.io/v1"],
		"PriorityLevelConfiguration": ["v1.26", "flowcontrol.apiserver.k8s.io/v1"],
	},
	"flowcontrol.apiserver.k8s.io/v1beta2": {
		"FlowSchema": ["v1.29", "flowcontrol.apiserver.k8s.io/v1"],
		"PriorityLevelConfiguration": ["v1.29", "flowcontrol.apiserver.k8s.io/v1"],
	},
	"flowcontrol.apiserver.k8s.io/v1beta3": {
		"FlowSchema": ["v1.32", "flowcontrol.apiserver.k8s.io/v1"],
		"PriorityLevelConfiguration": ["v1.32", "flowcontrol.apiserver.k8s.io/v1"],
	},
}

violation contains {"message": msg, "path": ["apiVersion"]} if {
	[release, replacement] := removed[input.apiVersion][input.kind]
	msg := sprintf("apiVersion %s of %s is no longer served since Kubernetes %s, so the API server rejects this object; %s", [input.apiVersion, input.kind, release, advice(replacement)])
}

advice("") := "PodSecurityPolicy was removed altogether in v1.25: delete it and enforce Pod Security Standards with pod-security.kubernetes.io/enforce namespace labels"

advice(replacement) := concat("", ["use ", replacement]) if replacement != ""
