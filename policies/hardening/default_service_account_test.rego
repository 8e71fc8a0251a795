package kpg.rules.default_service_account_test

import data.kpg.rules.default_service_account as rule

unset_msg := "pod does not set serviceAccountName, so it runs as the namespace's default ServiceAccount, shared with every pod that names none; create a dedicated ServiceAccount and set serviceAccountName"

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": object.union({"containers": [{"name": "a"}]}, spec)}

test_fire_unset if {
	v := rule.violation with input as pod({})
	v == {{"message": unset_msg, "path": ["spec"]}}
}

test_fire_empty_name if {
	v := rule.violation with input as pod({"serviceAccountName": ""})
	v == {{"message": unset_msg, "path": ["spec"]}}
}

test_fire_explicit_default if {
	v := rule.violation with input as pod({"serviceAccountName": "default"})
	v == {{"message": "pod sets serviceAccountName: default, the namespace's ServiceAccount shared with every pod that names none; create a dedicated ServiceAccount and set serviceAccountName", "path": ["spec", "serviceAccountName"]}}
}

test_fire_deprecated_default if {
	v := rule.violation with input as pod({"serviceAccount": "default"})
	v == {{"message": "pod sets serviceAccount: default, the namespace's ServiceAccount shared with every pod that names none; create a dedicated ServiceAccount and set serviceAccountName", "path": ["spec", "serviceAccount"]}}
}

test_fire_name_wins_over_deprecated if {
	v := rule.violation with input as pod({"serviceAccountName": "default", "serviceAccount": "app"})
	{x.path | some x in v} == {["spec", "serviceAccountName"]}
}

test_fire_deprecated_used_when_name_empty if {
	v := rule.violation with input as pod({"serviceAccountName": "", "serviceAccount": "default"})
	{x.path | some x in v} == {["spec", "serviceAccount"]}
}

test_fire_statefulset if {
	v := rule.violation with input as {"kind": "StatefulSet", "metadata": {"name": "s"}, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}
	v == {{"message": unset_msg, "path": ["spec", "template", "spec"]}}
}

test_fire_cronjob_default if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"serviceAccountName": "default", "containers": [{"name": "a"}]}}}}}}
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "serviceAccountName"]}
}

test_fire_even_without_token if {
	v := rule.violation with input as pod({"automountServiceAccountToken": false})
	count(v) == 1
}

test_dont_fire_dedicated if {
	count(rule.violation) == 0 with input as pod({"serviceAccountName": "app"})
}

test_dont_fire_deprecated_dedicated if {
	count(rule.violation) == 0 with input as pod({"serviceAccount": "app"})
}

test_dont_fire_name_wins_over_deprecated_default if {
	count(rule.violation) == 0 with input as pod({"serviceAccountName": "app", "serviceAccount": "default"})
}

test_dont_fire_replication_controller if {
	count(rule.violation) == 0 with input as {"kind": "ReplicationController", "metadata": {"name": "r"}, "spec": {"template": {"spec": {"serviceAccountName": "web", "containers": [{"name": "a"}]}}}}
}

test_dont_fire_service_account_object if {
	count(rule.violation) == 0 with input as {"kind": "ServiceAccount", "metadata": {"name": "default"}}
}
