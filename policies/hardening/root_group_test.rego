package kpg.rules.root_group_test

import data.kpg.rules.root_group as rule

pod(psc, containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"securityContext": psc, "containers": containers}}

test_fire_pod_run_as_group if {
	v := rule.violation with input as pod({"runAsGroup": 0}, [{"name": "a"}])
	v == {{"message": "pod sets securityContext.runAsGroup=0: containers without a runAsGroup of their own run with the root group as primary group; use a non-zero GID", "path": ["spec", "securityContext", "runAsGroup"]}}
}

test_fire_fs_group if {
	v := rule.violation with input as pod({"fsGroup": 0}, [{"name": "a"}])
	v == {{"message": "pod sets securityContext.fsGroup=0: volumes are made group-owned by root and every container joins the root group; use a non-zero GID", "path": ["spec", "securityContext", "fsGroup"]}}
}

test_fire_supplemental_group_element if {
	v := rule.violation with input as pod({"supplementalGroups": [1000, 0, 2000, 0]}, [{"name": "a"}])
	v == {
		{"message": "pod lists GID 0 in securityContext.supplementalGroups: every container joins the root group; remove it", "path": ["spec", "securityContext", "supplementalGroups", 1]},
		{"message": "pod lists GID 0 in securityContext.supplementalGroups: every container joins the root group; remove it", "path": ["spec", "securityContext", "supplementalGroups", 3]},
	}
}

test_fire_container_run_as_group if {
	v := rule.violation with input as pod({"runAsGroup": 1000}, [{"name": "a", "securityContext": {"runAsGroup": 0}}])
	v == {{"message": "container \"a\" sets securityContext.runAsGroup=0: its processes run with the root group as primary group; use a non-zero GID", "path": ["spec", "containers", 0, "securityContext", "runAsGroup"]}}
}

test_fire_init_and_ephemeral if {
	v := rule.violation with input as {"kind": "Pod", "metadata": {"name": "p"}, "spec": {
		"initContainers": [{"name": "i", "securityContext": {"runAsGroup": 0}}],
		"containers": [{"name": "a"}],
		"ephemeralContainers": [{"name": "e", "securityContext": {"runAsGroup": 0}}],
	}}
	{x.path | some x in v} == {["spec", "initContainers", 0, "securityContext", "runAsGroup"], ["spec", "ephemeralContainers", 0, "securityContext", "runAsGroup"]}
}

test_fire_pod_level_even_if_containers_override if {
	v := rule.violation with input as pod({"runAsGroup": 0}, [{"name": "a", "securityContext": {"runAsGroup": 1000}}])
	{x.path | some x in v} == {["spec", "securityContext", "runAsGroup"]}
}

test_fire_everything_in_a_cronjob if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"securityContext": {"runAsGroup": 0, "fsGroup": 0, "supplementalGroups": [0]},
		"containers": [{"name": "a", "securityContext": {"runAsGroup": 0}}],
	}}}}}}
	base := ["spec", "jobTemplate", "spec", "template", "spec"]
	{x.path | some x in v} == {
		array.concat(base, ["securityContext", "runAsGroup"]),
		array.concat(base, ["securityContext", "fsGroup"]),
		array.concat(base, ["securityContext", "supplementalGroups", 0]),
		array.concat(base, ["containers", 0, "securityContext", "runAsGroup"]),
	}
}

test_fire_user_namespace_does_not_exempt if {
	v := rule.violation with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"hostUsers": false, "securityContext": {"fsGroup": 0}, "containers": [{"name": "a"}]}}}}
	{x.path | some x in v} == {["spec", "template", "spec", "securityContext", "fsGroup"]}
}

test_dont_fire_non_zero_groups if {
	count(rule.violation) == 0 with input as pod({"runAsGroup": 1000, "fsGroup": 2000, "supplementalGroups": [3000, 4000]}, [{"name": "a", "securityContext": {"runAsGroup": 1000}}])
}

test_dont_fire_unset if {
	count(rule.violation) == 0 with input as pod({}, [{"name": "a"}])
}

test_dont_fire_run_as_user_zero if {
	# runAsUser is the Pod Security Standards' concern, not this rule's.
	count(rule.violation) == 0 with input as pod({"runAsUser": 0}, [{"name": "a", "securityContext": {"runAsUser": 0}}])
}

test_dont_fire_service if {
	count(rule.violation) == 0 with input as {"kind": "Service", "metadata": {"name": "s"}, "spec": {"securityContext": {"runAsGroup": 0}}}
}
