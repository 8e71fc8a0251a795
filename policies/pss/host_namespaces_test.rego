package kpg.rules.host_namespaces_test

import data.kpg.rules.host_namespaces as rule

pod(spec) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": object.union({"containers": [{"name": "a"}]}, spec)}

test_fire_host_network if {
	v := rule.violation with input as pod({"hostNetwork": true})
	v == {{"message": "pod must not set hostNetwork=true: host namespaces are forbidden (allowed: false or unset)", "path": ["spec", "hostNetwork"]}}
}

test_fire_all_three_in_daemonset if {
	obj := {"kind": "DaemonSet", "spec": {"template": {"spec": {"hostNetwork": true, "hostPID": true, "hostIPC": true, "containers": [{"name": "a"}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "template", "spec", "hostNetwork"],
		["spec", "template", "spec", "hostPID"],
		["spec", "template", "spec", "hostIPC"],
	}
}

test_fire_host_pid_in_cronjob if {
	obj := {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"hostPID": true, "containers": [{"name": "a"}]}}}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "hostPID"]}
}

test_dont_fire_false_or_unset if {
	count(rule.violation) == 0 with input as pod({"hostNetwork": false, "hostPID": false})
	count(rule.violation) == 0 with input as pod({})
}

test_dont_fire_user_namespace_is_not_an_exemption_but_unrelated if {
	# hostUsers: false does not relax host namespaces; it simply is not one of them.
	count(rule.violation) == 0 with input as pod({"hostUsers": false})
	count(rule.violation) == 1 with input as pod({"hostUsers": false, "hostIPC": true})
}

test_dont_fire_non_workload if {
	count(rule.violation) == 0 with input as {"kind": "ConfigMap", "data": {"hostNetwork": "true"}}
}
