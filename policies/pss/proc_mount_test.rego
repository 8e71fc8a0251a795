package kpg.rules.proc_mount_test

import data.kpg.rules.proc_mount as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_fire_unmasked if {
	v := rule.violation with input as pod({"containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]})
	v == {{
		"message": "container \"a\" must not set securityContext.procMount to \"Unmasked\" (allowed: Default or unset; other values need hostUsers: false)",
		"path": ["spec", "containers", 0, "securityContext", "procMount"],
	}}
}

test_fire_host_users_true_or_unset if {
	spec := {"hostUsers": true, "containers": [{"name": "a"}], "initContainers": [{"name": "i", "securityContext": {"procMount": "Unmasked"}}]}
	v := rule.violation with input as pod(spec)
	{x.path | some x in v} == {["spec", "initContainers", 0, "securityContext", "procMount"]}
}

test_fire_in_statefulset if {
	obj := {"kind": "StatefulSet", "spec": {"template": {"spec": {"containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "containers", 0, "securityContext", "procMount"]}
}

test_dont_fire_default_or_unset if {
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a", "securityContext": {"procMount": "Default"}}, {"name": "b"}]})
}

test_dont_fire_in_user_namespace if {
	# Policy v1.35+: baseline skips the check for hostUsers: false (proc-mount-restricted covers restricted).
	count(rule.violation) == 0 with input as pod({"hostUsers": false, "containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]})
}

# Before policy v1.35 a user namespace changes nothing: baseline forbids Unmasked everywhere.
test_fire_user_namespace_before_v1_35 if {
	obj := pod({"hostUsers": false, "containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]})
	v := rule.violation with input as obj with data.kpg.pss_version as 34
	{x.path | some x in v} == {["spec", "containers", 0, "securityContext", "procMount"]}
}
