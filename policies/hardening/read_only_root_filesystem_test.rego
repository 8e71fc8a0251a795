package kpg.rules.read_only_root_filesystem_test

import data.kpg.rules.read_only_root_filesystem as rule

tail := ": its root filesystem is writable, so an intruder can change binaries and drop tools; set it to true and mount an emptyDir where the program writes"

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

ro := {"readOnlyRootFilesystem": true}

test_fire_unset_no_security_context if {
	v := rule.violation with input as pod({"containers": [{"name": "app"}]})
	v == {{"message": concat("", ["container \"app\" does not set securityContext.readOnlyRootFilesystem", tail]), "path": ["spec", "containers", 0]}}
}

test_fire_unset_with_security_context if {
	v := rule.violation with input as pod({"containers": [{"name": "app", "securityContext": {"runAsNonRoot": true}}]})
	v == {{"message": concat("", ["container \"app\" does not set securityContext.readOnlyRootFilesystem", tail]), "path": ["spec", "containers", 0, "securityContext"]}}
}

test_fire_false if {
	v := rule.violation with input as pod({"containers": [{"name": "app", "securityContext": {"readOnlyRootFilesystem": false}}]})
	v == {{"message": concat("", ["container \"app\" sets securityContext.readOnlyRootFilesystem=false", tail]), "path": ["spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]}}
}

test_fire_string if {
	v := rule.violation with input as pod({"containers": [{"name": "app", "securityContext": {"readOnlyRootFilesystem": "true"}}]})
	v == {{"message": concat("", ["container \"app\" sets securityContext.readOnlyRootFilesystem to a value other than true", tail]), "path": ["spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]}}
}

test_fire_init_and_ephemeral if {
	v := rule.violation with input as pod({
		"initContainers": [{"name": "init"}],
		"containers": [{"name": "app", "securityContext": ro}],
		"ephemeralContainers": [{"name": "debug", "securityContext": {}}],
	})
	v == {
		{"message": concat("", ["init container \"init\" does not set securityContext.readOnlyRootFilesystem", tail]), "path": ["spec", "initContainers", 0]},
		{"message": concat("", ["ephemeral container \"debug\" does not set securityContext.readOnlyRootFilesystem", tail]), "path": ["spec", "ephemeralContainers", 0, "securityContext"]},
	}
}

test_fire_pod_level_does_not_count if {
	v := rule.violation with input as pod({"securityContext": ro, "containers": [{"name": "app"}]})
	count(v) == 1
}

test_fire_only_the_writable_container if {
	v := rule.violation with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "a", "securityContext": ro}, {"name": "b"}]}}}}
	{x.path | some x in v} == {["spec", "template", "spec", "containers", 1]}
}

test_fire_job if {
	v := rule.violation with input as {"kind": "Job", "metadata": {"name": "j"}, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}
	{x.path | some x in v} == {["spec", "template", "spec", "containers", 0]}
}

test_fire_cronjob if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a", "securityContext": {"readOnlyRootFilesystem": false}}]}}}}}}
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "readOnlyRootFilesystem"]}
}

test_dont_fire_all_read_only if {
	count(rule.violation) == 0 with input as pod({
		"initContainers": [{"name": "init", "securityContext": ro}],
		"containers": [{"name": "app", "securityContext": ro}],
		"ephemeralContainers": [{"name": "debug", "securityContext": ro}],
	})
}

test_dont_fire_windows_pod if {
	count(rule.violation) == 0 with input as pod({"os": {"name": "windows"}, "containers": [{"name": "app"}]})
}

test_dont_fire_windows_node_selector if {
	count(rule.violation) == 0 with input as pod({"nodeSelector": {"kubernetes.io/os": "windows"}, "containers": [{"name": "app"}]})
}

test_dont_fire_service if {
	count(rule.violation) == 0 with input as {"kind": "Service", "metadata": {"name": "s"}, "spec": {"ports": [{"port": 80}]}}
}
