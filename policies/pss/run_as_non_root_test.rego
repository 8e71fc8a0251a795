package kpg.rules.run_as_non_root_test

import data.kpg.rules.run_as_non_root

pod(psc, containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"securityContext": psc, "containers": containers}}

test_fire_unset_everywhere if {
	v := run_as_non_root.violation with input as pod({}, [{"name": "a"}])
	v == {{"message": "container \"a\" must set securityContext.runAsNonRoot=true, or the pod must (neither does)", "path": ["spec", "containers", 0]}}
}

test_fire_unset_points_at_security_context if {
	obj := {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "a", "securityContext": {"runAsUser": 1000}}], "initContainers": [{"name": "i"}]}}}}
	v := run_as_non_root.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "containers", 0, "securityContext"], ["spec", "template", "spec", "initContainers", 0]}
}

test_fire_pod_false if {
	v := run_as_non_root.violation with input as pod({"runAsNonRoot": false}, [{"name": "a", "securityContext": {"runAsNonRoot": true}}, {"name": "b"}])
	v == {{"message": "pod must not set securityContext.runAsNonRoot=false", "path": ["spec", "securityContext", "runAsNonRoot"]}}
}

test_fire_container_false_overrides_pod if {
	v := run_as_non_root.violation with input as pod({"runAsNonRoot": true}, [{"name": "a", "securityContext": {"runAsNonRoot": false}}])
	v == {{"message": "container \"a\" must not set securityContext.runAsNonRoot=false", "path": ["spec", "containers", 0, "securityContext", "runAsNonRoot"]}}
}

test_fire_ephemeral_container if {
	obj := {"kind": "Pod", "spec": {"securityContext": {"runAsNonRoot": true}, "containers": [{"name": "a"}], "ephemeralContainers": [{"name": "e", "securityContext": {"runAsNonRoot": false}}]}}
	v := run_as_non_root.violation with input as obj
	{x.path | some x in v} == {["spec", "ephemeralContainers", 0, "securityContext", "runAsNonRoot"]}
}

test_fire_host_users_true if {
	obj := {"kind": "Pod", "spec": {"hostUsers": true, "containers": [{"name": "a"}]}}
	count(run_as_non_root.violation) == 1 with input as obj
}

test_dont_fire_pod_true if {
	count(run_as_non_root.violation) == 0 with input as pod({"runAsNonRoot": true}, [{"name": "a"}, {"name": "b", "securityContext": {}}])
}

test_dont_fire_every_container_true if {
	count(run_as_non_root.violation) == 0 with input as pod({}, [{"name": "a", "securityContext": {"runAsNonRoot": true}}])
}

test_dont_fire_user_namespace if {
	# Policy v1.35+: hostUsers: false skips the check entirely, even an explicit false.
	obj := {"kind": "Pod", "spec": {"hostUsers": false, "securityContext": {"runAsNonRoot": false}, "containers": [{"name": "a"}, {"name": "b", "securityContext": {"runAsNonRoot": false}}]}}
	count(run_as_non_root.violation) == 0 with input as obj
}

test_dont_fire_non_workload if {
	count(run_as_non_root.violation) == 0 with input as {"kind": "Service", "metadata": {"name": "s"}, "spec": {}}
}
