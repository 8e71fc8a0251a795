package kpg.rules.host_users_test

import data.kpg.rules.host_users as rule

reason := ": without a user namespace, root in a container is root on the node if it breaks out, and the container's capabilities are valid on the host; set hostUsers: false so root in the container maps to an unprivileged host user"

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": object.union({"containers": [{"name": "a"}]}, spec)}

test_fire_unset_pod if {
	v := rule.violation with input as pod({})
	v == {{"message": concat("", ["pod does not set hostUsers: false", reason]), "path": ["spec"]}}
}

test_fire_true if {
	v := rule.violation with input as pod({"hostUsers": true})
	v == {{"message": concat("", ["pod sets hostUsers: true", reason]), "path": ["spec", "hostUsers"]}}
}

test_fire_string_value if {
	v := rule.violation with input as pod({"hostUsers": "false"})
	v == {{"message": concat("", ["pod sets hostUsers to a value other than false", reason]), "path": ["spec", "hostUsers"]}}
}

test_fire_deployment if {
	v := rule.violation with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}
	{x.path | some x in v} == {["spec", "template", "spec"]}
}

test_fire_cronjob if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostUsers": true, "containers": [{"name": "a"}]}}}}}}
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "hostUsers"]}
}

test_fire_linux_pod if {
	v := rule.violation with input as pod({"os": {"name": "linux"}})
	count(v) == 1
}

test_fire_host_namespaces_false if {
	v := rule.violation with input as pod({"hostNetwork": false, "hostPID": false, "hostIPC": false})
	count(v) == 1
}

test_dont_fire_false if {
	count(rule.violation) == 0 with input as pod({"hostUsers": false})
}

test_dont_fire_statefulset_false if {
	count(rule.violation) == 0 with input as {"kind": "StatefulSet", "metadata": {"name": "s"}, "spec": {"template": {"spec": {"hostUsers": false, "containers": [{"name": "a"}]}}}}
}

test_dont_fire_host_network if {
	count(rule.violation) == 0 with input as pod({"hostNetwork": true})
}

test_dont_fire_host_pid if {
	count(rule.violation) == 0 with input as pod({"hostPID": true})
}

test_dont_fire_host_ipc if {
	count(rule.violation) == 0 with input as pod({"hostIPC": true})
}

test_dont_fire_windows_os if {
	count(rule.violation) == 0 with input as pod({"os": {"name": "windows"}})
}

test_dont_fire_windows_node_selector if {
	count(rule.violation) == 0 with input as pod({"nodeSelector": {"kubernetes.io/os": "windows"}})
}

test_dont_fire_not_a_workload if {
	count(rule.violation) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"hostUsers": "true"}}
}
