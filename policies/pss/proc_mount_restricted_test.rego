package kpg.rules.proc_mount_restricted_test

import data.kpg.rules.proc_mount_restricted as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_fire_unmasked_in_user_namespace if {
	v := rule.violation with input as pod({"hostUsers": false, "containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]})
	v == {{
		"message": "container \"a\" must not set securityContext.procMount to \"Unmasked\": restricted requires Default or unset, also with hostUsers: false",
		"path": ["spec", "containers", 0, "securityContext", "procMount"],
	}}
}

test_fire_ephemeral_container_in_user_namespace if {
	spec := {"hostUsers": false, "containers": [{"name": "a"}], "ephemeralContainers": [{"name": "e", "securityContext": {"procMount": "Unmasked"}}]}
	v := rule.violation with input as pod(spec)
	{x.path | some x in v} == {["spec", "ephemeralContainers", 0, "securityContext", "procMount"]}
}

test_dont_fire_without_user_namespace if {
	# proc-mount (baseline) reports these: no double report.
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]})
	count(rule.violation) == 0 with input as pod({"hostUsers": true, "containers": [{"name": "a", "securityContext": {"procMount": "Unmasked"}}]})
}

test_dont_fire_default if {
	count(rule.violation) == 0 with input as pod({"hostUsers": false, "containers": [{"name": "a", "securityContext": {"procMount": "Default"}}, {"name": "b"}]})
}
