package kpg.rules.automount_service_account_token_test

import data.kpg.rules.automount_service_account_token as rule

unset_msg := "pod does not set automountServiceAccountToken: false: the ServiceAccount's API token is mounted into every container; set it to false, or to true with a kube-policy-gate.io/automount-reason annotation if the pod needs the API"

true_msg := "pod sets automountServiceAccountToken: true without a kube-policy-gate.io/automount-reason annotation: say why the pod needs the API token, or set it to false"

reason := {"kube-policy-gate.io/automount-reason": "leader election needs Lease access"}

pod(annotations, spec) := {"kind": "Pod", "metadata": {"name": "p", "annotations": annotations}, "spec": object.union({"containers": [{"name": "a"}]}, spec)}

deployment(annotations, template_annotations, spec) := {
	"kind": "Deployment",
	"metadata": {"name": "d", "annotations": annotations},
	"spec": {"template": {"metadata": {"annotations": template_annotations}, "spec": object.union({"containers": [{"name": "a"}]}, spec)}},
}

test_fire_unset if {
	v := rule.violation with input as pod({}, {})
	v == {{"message": unset_msg, "path": ["spec"]}}
}

test_fire_unset_even_with_reason if {
	v := rule.violation with input as pod(reason, {})
	v == {{"message": unset_msg, "path": ["spec"]}}
}

test_fire_true_without_reason if {
	v := rule.violation with input as pod({}, {"automountServiceAccountToken": true})
	v == {{"message": true_msg, "path": ["spec", "automountServiceAccountToken"]}}
}

test_fire_true_with_blank_reason if {
	v := rule.violation with input as pod({"kube-policy-gate.io/automount-reason": "  "}, {"automountServiceAccountToken": true})
	v == {{"message": true_msg, "path": ["spec", "automountServiceAccountToken"]}}
}

test_fire_true_with_other_annotation if {
	v := rule.violation with input as pod({"example.com/automount-reason": "x"}, {"automountServiceAccountToken": true})
	count(v) == 1
}

test_fire_string_value if {
	v := rule.violation with input as pod({}, {"automountServiceAccountToken": "false"})
	v == {{"message": "pod sets automountServiceAccountToken to a value other than false: the ServiceAccount's API token is mounted into every container; set it to false", "path": ["spec", "automountServiceAccountToken"]}}
}

test_fire_deployment_unset if {
	v := rule.violation with input as deployment({}, {}, {})
	v == {{"message": unset_msg, "path": ["spec", "template", "spec"]}}
}

test_fire_cronjob_true if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"automountServiceAccountToken": true, "containers": [{"name": "a"}]}}}}}}
	v == {{"message": true_msg, "path": ["spec", "jobTemplate", "spec", "template", "spec", "automountServiceAccountToken"]}}
}

test_dont_fire_false if {
	count(rule.violation) == 0 with input as pod({}, {"automountServiceAccountToken": false})
}

test_dont_fire_true_with_reason_on_pod if {
	count(rule.violation) == 0 with input as pod(reason, {"automountServiceAccountToken": true})
}

test_dont_fire_true_with_reason_on_workload if {
	count(rule.violation) == 0 with input as deployment(reason, {}, {"automountServiceAccountToken": true})
}

test_dont_fire_true_with_reason_on_template if {
	count(rule.violation) == 0 with input as deployment({}, reason, {"automountServiceAccountToken": true})
}

test_dont_fire_daemonset_false if {
	count(rule.violation) == 0 with input as {"kind": "DaemonSet", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"automountServiceAccountToken": false, "containers": [{"name": "a"}]}}}}
}

test_dont_fire_service_account if {
	# The ServiceAccount object is not a pod; its own field is not what this rule checks.
	count(rule.violation) == 0 with input as {"kind": "ServiceAccount", "metadata": {"name": "sa"}}
}
