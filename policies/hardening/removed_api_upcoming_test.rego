package kpg.rules.removed_api_upcoming_test

import data.kpg.rules.removed_api as removed
import data.kpg.rules.removed_api_upcoming as rule

object(api_version, kind) := {"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}}

test_fire_removed_after_the_target if {
	v := rule.violation with input as object("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema") with data.kpg.kube_version as 30
	v == {{"message": "apiVersion flowcontrol.apiserver.k8s.io/v1beta3 of FlowSchema is removed in Kubernetes 1.32, your target is 1.30; use flowcontrol.apiserver.k8s.io/v1", "path": ["apiVersion"]}}
	count(removed.violation) == 0 with input as object("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema") with data.kpg.kube_version as 30
}

test_fire_psp_before_v1_25 if {
	v := rule.violation with input as object("policy/v1beta1", "PodSecurityPolicy") with data.kpg.kube_version as 24
	v == {{"message": "apiVersion policy/v1beta1 of PodSecurityPolicy is removed in Kubernetes 1.25, your target is 1.24; PodSecurityPolicy was removed altogether in v1.25: delete it and enforce Pod Security Standards with pod-security.kubernetes.io/enforce namespace labels", "path": ["apiVersion"]}}
}

test_dont_fire_at_the_removal if {
	count(rule.violation) == 0 with input as object("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema") with data.kpg.kube_version as 32
	count(removed.violation) == 1 with input as object("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema") with data.kpg.kube_version as 32
}

test_dont_fire_without_a_target if {
	count(rule.violation) == 0 with input as object("batch/v1beta1", "CronJob")
}

test_dont_fire_served_api if {
	count(rule.violation) == 0 with input as object("batch/v1", "CronJob") with data.kpg.kube_version as 20
}
