package kpg.rules.removed_api_test

import data.kpg.rules.removed_api as rule

psp_advice := "PodSecurityPolicy was removed altogether in v1.25: delete it and enforce Pod Security Standards with pod-security.kubernetes.io/enforce namespace labels"

object(api_version, kind) := {"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}}

test_fire_extensions_deployment if {
	v := rule.violation with input as object("extensions/v1beta1", "Deployment")
	v == {{"message": "apiVersion extensions/v1beta1 of Deployment is no longer served since Kubernetes v1.16, so the API server rejects this object; use apps/v1", "path": ["apiVersion"]}}
}

test_fire_extensions_kinds if {
	every kind in ["DaemonSet", "ReplicaSet", "NetworkPolicy", "Ingress"] {
		count(rule.violation) == 1 with input as object("extensions/v1beta1", kind)
	}
}

test_fire_extensions_ingress_v122 if {
	v := rule.violation with input as object("extensions/v1beta1", "Ingress")
	v == {{"message": "apiVersion extensions/v1beta1 of Ingress is no longer served since Kubernetes v1.22, so the API server rejects this object; use networking.k8s.io/v1", "path": ["apiVersion"]}}
}

test_fire_apps_betas if {
	every api_version in ["apps/v1beta1", "apps/v1beta2"] {
		every kind in ["Deployment", "StatefulSet", "ReplicaSet"] {
			count(rule.violation) == 1 with input as object(api_version, kind)
		}
	}
	count(rule.violation) == 1 with input as object("apps/v1beta2", "DaemonSet")
}

test_fire_psp_policy_v1beta1 if {
	v := rule.violation with input as object("policy/v1beta1", "PodSecurityPolicy")
	v == {{"message": concat("", ["apiVersion policy/v1beta1 of PodSecurityPolicy is no longer served since Kubernetes v1.25, so the API server rejects this object; ", psp_advice]), "path": ["apiVersion"]}}
}

test_fire_psp_extensions if {
	v := rule.violation with input as object("extensions/v1beta1", "PodSecurityPolicy")
	v == {{"message": concat("", ["apiVersion extensions/v1beta1 of PodSecurityPolicy is no longer served since Kubernetes v1.16, so the API server rejects this object; ", psp_advice]), "path": ["apiVersion"]}}
}

test_fire_cronjob_v1beta1 if {
	v := rule.violation with input as {"apiVersion": "batch/v1beta1", "kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}}}
	v == {{"message": "apiVersion batch/v1beta1 of CronJob is no longer served since Kubernetes v1.25, so the API server rejects this object; use batch/v1", "path": ["apiVersion"]}}
}

test_fire_later_removals if {
	count(rule.violation) == 1 with input as object("autoscaling/v2beta2", "HorizontalPodAutoscaler")
	count(rule.violation) == 1 with input as object("storage.k8s.io/v1beta1", "CSIStorageCapacity")
	count(rule.violation) == 1 with input as object("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema")
	count(rule.violation) == 1 with input as object("rbac.authorization.k8s.io/v1beta1", "ClusterRoleBinding")
	count(rule.violation) == 1 with input as object("policy/v1beta1", "PodDisruptionBudget")
}

test_dont_fire_current_versions if {
	count(rule.violation) == 0 with input as object("apps/v1", "Deployment")
	count(rule.violation) == 0 with input as object("networking.k8s.io/v1", "Ingress")
	count(rule.violation) == 0 with input as object("networking.k8s.io/v1", "NetworkPolicy")
	count(rule.violation) == 0 with input as object("batch/v1", "CronJob")
	count(rule.violation) == 0 with input as object("policy/v1", "PodDisruptionBudget")
	count(rule.violation) == 0 with input as object("autoscaling/v2", "HorizontalPodAutoscaler")
	count(rule.violation) == 0 with input as object("flowcontrol.apiserver.k8s.io/v1", "FlowSchema")
}

test_dont_fire_still_served_beta if {
	# storage.k8s.io/v1beta1 still serves VolumeAttributesClass; only the listed kinds were removed.
	count(rule.violation) == 0 with input as object("storage.k8s.io/v1beta1", "VolumeAttributesClass")
}

test_dont_fire_custom_resource_same_kind if {
	count(rule.violation) == 0 with input as object("example.com/v1beta1", "Deployment")
	count(rule.violation) == 0 with input as object("policy.example.com/v1beta1", "PodSecurityPolicy")
}

test_dont_fire_missing_api_version if {
	count(rule.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "d"}}
}

# The target version (kube-version): removed at or before it is an error here, after it removed-api-upcoming's.
test_fire_removed_before_the_target if {
	v := rule.violation with input as object("batch/v1beta1", "CronJob") with data.kpg.kube_version as 30
	v == {{"message": "apiVersion batch/v1beta1 of CronJob is no longer served since Kubernetes v1.25, so the API server rejects this object; use batch/v1", "path": ["apiVersion"]}}
}

test_dont_fire_removed_after_the_target if {
	count(rule.violation) == 0 with input as object("batch/v1beta1", "CronJob") with data.kpg.kube_version as 24
}
