package kpg.rules.run_as_user_test

import data.kpg.rules.run_as_user as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_fire_pod_root if {
	v := rule.violation with input as pod({"securityContext": {"runAsUser": 0}, "containers": [{"name": "a"}]})
	v == {{"message": "pod must not set securityContext.runAsUser=0 (allowed: a non-zero UID or unset)", "path": ["spec", "securityContext", "runAsUser"]}}
}

test_fire_container_root if {
	v := rule.violation with input as pod({"securityContext": {"runAsUser": 1000}, "containers": [{"name": "a", "securityContext": {"runAsUser": 0}}]})
	v == {{"message": "container \"a\" must not set securityContext.runAsUser=0 (allowed: a non-zero UID or unset)", "path": ["spec", "containers", 0, "securityContext", "runAsUser"]}}
}

test_fire_init_and_ephemeral_in_replication_controller if {
	obj := {"kind": "ReplicationController", "spec": {"template": {"spec": {
		"containers": [{"name": "a"}],
		"initContainers": [{"name": "i", "securityContext": {"runAsUser": 0}}],
		"ephemeralContainers": [{"name": "e", "securityContext": {"runAsUser": 0}}],
	}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "template", "spec", "initContainers", 0, "securityContext", "runAsUser"],
		["spec", "template", "spec", "ephemeralContainers", 0, "securityContext", "runAsUser"],
	}
}

test_dont_fire_non_zero_or_unset if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"runAsUser": 1000}, "containers": [{"name": "a"}, {"name": "b", "securityContext": {"runAsUser": 65534}}]})
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a"}]})
}

test_dont_fire_user_namespace if {
	# Policy v1.35+: UID 0 in a user namespace (hostUsers: false) is an unprivileged user on the node.
	count(rule.violation) == 0 with input as pod({"hostUsers": false, "securityContext": {"runAsUser": 0}, "containers": [{"name": "a", "securityContext": {"runAsUser": 0}}]})
}

# The check exists since policy v1.23; the user-namespace exemption since v1.35.
test_dont_fire_before_v1_23 if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"runAsUser": 0}, "containers": [{"name": "a"}]}) with data.kpg.pss_version as 22
}

test_fire_user_namespace_before_v1_35 if {
	v := rule.violation with input as pod({"hostUsers": false, "securityContext": {"runAsUser": 0}, "containers": [{"name": "a"}]}) with data.kpg.pss_version as 34
	{x.path | some x in v} == {["spec", "securityContext", "runAsUser"]}
}
