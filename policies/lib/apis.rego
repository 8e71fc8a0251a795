# Kubernetes API versions that releases stopped serving: read by removed-api (removed at or before the target
# Kubernetes version) and removed-api-upcoming (removed after it).
package kpg.lib.apis

import data.kpg.lib.kubernetes as k8s

# apiVersion -> kind -> [the minor version of the Kubernetes 1.x release that stopped serving it, what to use
# instead ("" for none)], transcribed from the Deprecated API Migration Guide
# (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), whose removals run from v1.16 to v1.32; the
# guide lists none after v1.32 up to v1.37.
removed := {
	"extensions/v1beta1": {
		"DaemonSet": [16, "apps/v1"],
		"Deployment": [16, "apps/v1"],
		"ReplicaSet": [16, "apps/v1"],
		"NetworkPolicy": [16, "networking.k8s.io/v1"],
		"PodSecurityPolicy": [16, ""],
		"Ingress": [22, "networking.k8s.io/v1"],
	},
	"apps/v1beta1": {
		"Deployment": [16, "apps/v1"],
		"StatefulSet": [16, "apps/v1"],
		"ReplicaSet": [16, "apps/v1"],
		"ControllerRevision": [16, "apps/v1"],
	},
	"apps/v1beta2": {
		"DaemonSet": [16, "apps/v1"],
		"Deployment": [16, "apps/v1"],
		"StatefulSet": [16, "apps/v1"],
		"ReplicaSet": [16, "apps/v1"],
		"ControllerRevision": [16, "apps/v1"],
	},
	"admissionregistration.k8s.io/v1beta1": {
		"MutatingWebhookConfiguration": [22, "admissionregistration.k8s.io/v1"],
		"ValidatingWebhookConfiguration": [22, "admissionregistration.k8s.io/v1"],
	},
	"apiextensions.k8s.io/v1beta1": {"CustomResourceDefinition": [22, "apiextensions.k8s.io/v1"]},
	"apiregistration.k8s.io/v1beta1": {"APIService": [22, "apiregistration.k8s.io/v1"]},
	"authentication.k8s.io/v1beta1": {"TokenReview": [22, "authentication.k8s.io/v1"]},
	"authorization.k8s.io/v1beta1": {
		"LocalSubjectAccessReview": [22, "authorization.k8s.io/v1"],
		"SelfSubjectAccessReview": [22, "authorization.k8s.io/v1"],
		"SubjectAccessReview": [22, "authorization.k8s.io/v1"],
	},
	"certificates.k8s.io/v1beta1": {"CertificateSigningRequest": [22, "certificates.k8s.io/v1"]},
	"coordination.k8s.io/v1beta1": {"Lease": [22, "coordination.k8s.io/v1"]},
	"networking.k8s.io/v1beta1": {
		"Ingress": [22, "networking.k8s.io/v1"],
		"IngressClass": [22, "networking.k8s.io/v1"],
	},
	"rbac.authorization.k8s.io/v1beta1": {
		"ClusterRole": [22, "rbac.authorization.k8s.io/v1"],
		"ClusterRoleBinding": [22, "rbac.authorization.k8s.io/v1"],
		"Role": [22, "rbac.authorization.k8s.io/v1"],
		"RoleBinding": [22, "rbac.authorization.k8s.io/v1"],
	},
	"scheduling.k8s.io/v1beta1": {"PriorityClass": [22, "scheduling.k8s.io/v1"]},
	"storage.k8s.io/v1beta1": {
		"CSIDriver": [22, "storage.k8s.io/v1"],
		"CSINode": [22, "storage.k8s.io/v1"],
		"StorageClass": [22, "storage.k8s.io/v1"],
		"VolumeAttachment": [22, "storage.k8s.io/v1"],
		"CSIStorageCapacity": [27, "storage.k8s.io/v1"],
	},
	"batch/v1beta1": {"CronJob": [25, "batch/v1"]},
	"discovery.k8s.io/v1beta1": {"EndpointSlice": [25, "discovery.k8s.io/v1"]},
	"events.k8s.io/v1beta1": {"Event": [25, "events.k8s.io/v1"]},
	"autoscaling/v2beta1": {"HorizontalPodAutoscaler": [25, "autoscaling/v2"]},
	"autoscaling/v2beta2": {"HorizontalPodAutoscaler": [26, "autoscaling/v2"]},
	"policy/v1beta1": {
		"PodDisruptionBudget": [25, "policy/v1"],
		"PodSecurityPolicy": [25, ""],
	},
	"node.k8s.io/v1beta1": {"RuntimeClass": [25, "node.k8s.io/v1"]},
	"flowcontrol.apiserver.k8s.io/v1beta1": {
		"FlowSchema": [26, "flowcontrol.apiserver.k8s.io/v1"],
		"PriorityLevelConfiguration": [26, "flowcontrol.apiserver.k8s.io/v1"],
	},
	"flowcontrol.apiserver.k8s.io/v1beta2": {
		"FlowSchema": [29, "flowcontrol.apiserver.k8s.io/v1"],
		"PriorityLevelConfiguration": [29, "flowcontrol.apiserver.k8s.io/v1"],
	},
	"flowcontrol.apiserver.k8s.io/v1beta3": {
		"FlowSchema": [32, "flowcontrol.apiserver.k8s.io/v1"],
		"PriorityLevelConfiguration": [32, "flowcontrol.apiserver.k8s.io/v1"],
	},
}

# The object's removal, if its apiVersion and kind are in the table: {release, replacement, target}.
# Every apiVersion in the table is a beta: the guard skips building the table (wasm builds it per evaluation) for
# the GA objects that are nearly all of them; lib/apis_test.rego fails if an entry breaks the rule.
removal := {"release": release, "replacement": replacement, "target": k8s.kube_version} if {
	contains(input.apiVersion, "beta")
	[release, replacement] := removed[input.apiVersion][input.kind]
}

advice("") := "PodSecurityPolicy was removed altogether in v1.25: delete it and enforce Pod Security Standards with pod-security.kubernetes.io/enforce namespace labels"

advice(replacement) := concat("", ["use ", replacement]) if replacement != ""
