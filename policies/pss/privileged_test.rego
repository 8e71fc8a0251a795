package kpg.rules.privileged_test

import data.kpg.rules.privileged

pod(containers) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

test_fire_privileged_container if {
	v := privileged.violation with input as pod([{"name": "a", "securityContext": {"privileged": true}}])
	v == {{"message": "container \"a\" must not set securityContext.privileged=true (allowed: false or unset)", "path": ["spec", "containers", 0, "securityContext", "privileged"]}}
}

test_fire_privileged_init_container_in_cronjob if {
	obj := {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "ok"}], "initContainers": [{"name": "init", "securityContext": {"privileged": true}}]}}}}}}
	v := privileged.violation with input as obj
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "securityContext", "privileged"]}
}

test_fire_privileged_ephemeral_container if {
	obj := {"kind": "Pod", "spec": {"containers": [{"name": "a"}], "ephemeralContainers": [{"name": "debug", "securityContext": {"privileged": true}}]}}
	v := privileged.violation with input as obj
	v == {{"message": "ephemeral container \"debug\" must not set securityContext.privileged=true (allowed: false or unset)", "path": ["spec", "ephemeralContainers", 0, "securityContext", "privileged"]}}
}

test_fire_every_workload_kind if {
	spec := {"containers": [{"name": "a", "securityContext": {"privileged": true}}]}
	every kind in ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"] {
		count(privileged.violation) == 1 with input as {"kind": kind, "spec": {"template": {"spec": spec}}}
	}
	count(privileged.violation) == 1 with input as {"kind": "PodTemplate", "template": {"spec": spec}}
}

test_dont_fire_unprivileged if {
	count(privileged.violation) == 0 with input as pod([{"name": "a", "securityContext": {"privileged": false}}, {"name": "b"}, {"name": "c", "securityContext": null}])
}

test_dont_fire_user_namespace_is_no_exemption if {
	obj := {"kind": "Pod", "spec": {"hostUsers": false, "containers": [{"name": "a", "securityContext": {"privileged": true}}]}}
	count(privileged.violation) == 1 with input as obj
}

test_dont_fire_non_workload if {
	count(privileged.violation) == 0 with input as {"kind": "ConfigMap", "data": {"privileged": "true"}}
}
