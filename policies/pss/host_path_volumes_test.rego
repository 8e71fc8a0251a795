package kpg.rules.host_path_volumes_test

import data.kpg.rules.host_path_volumes as rule

pod(volumes) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a"}], "volumes": volumes}}

test_fire_host_path if {
	v := rule.violation with input as pod([{"name": "cfg", "configMap": {"name": "c"}}, {"name": "root", "hostPath": {"path": "/"}}])
	v == {{"message": "volume \"root\" must not be a hostPath volume: mounting the node's filesystem is forbidden", "path": ["spec", "volumes", 1, "hostPath"]}}
}

test_fire_host_path_in_statefulset if {
	obj := {"kind": "StatefulSet", "spec": {"template": {"spec": {"containers": [{"name": "a"}], "volumes": [{"name": "sock", "hostPath": {"path": "/var/run/docker.sock", "type": "Socket"}}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "volumes", 0, "hostPath"]}
}

test_fire_empty_host_path_object if {
	# hostPath: {} is still a hostPath volume source (API validation would also reject the empty path).
	count(rule.violation) == 1 with input as pod([{"name": "x", "hostPath": {}}])
}

test_dont_fire_other_volumes if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "emptyDir": {}}, {"name": "b", "nfs": {"server": "s", "path": "/"}}, {"name": "c", "hostPath": null}])
}

test_dont_fire_without_volumes if {
	count(rule.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "a"}]}}
}
