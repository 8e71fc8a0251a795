package kpg.rules.host_ports_test

import data.kpg.rules.host_ports as rule

pod(containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

test_fire_host_port if {
	v := rule.violation with input as pod([{"name": "web", "ports": [{"containerPort": 80}, {"containerPort": 443, "hostPort": 8443}]}])
	v == {{"message": "container \"web\" must not use hostPort 8443: host ports are forbidden (allowed: 0 or unset)", "path": ["spec", "containers", 0, "ports", 1, "hostPort"]}}
}

test_fire_init_and_ephemeral_in_job if {
	obj := {"kind": "Job", "spec": {"template": {"spec": {
		"containers": [{"name": "a"}],
		"initContainers": [{"name": "i", "ports": [{"containerPort": 53, "hostPort": 53, "protocol": "UDP"}]}],
		"ephemeralContainers": [{"name": "e", "ports": [{"containerPort": 1, "hostPort": 1}]}],
	}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "template", "spec", "initContainers", 0, "ports", 0, "hostPort"],
		["spec", "template", "spec", "ephemeralContainers", 0, "ports", 0, "hostPort"],
	}
}

test_dont_fire_zero_or_unset if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "ports": [{"containerPort": 80, "hostPort": 0}, {"containerPort": 81}]}])
}

test_dont_fire_host_network_alone if {
	# hostNetwork is host-namespaces' business; a containerPort alone is no host port.
	count(rule.violation) == 0 with input as {"kind": "Pod", "spec": {"hostNetwork": true, "containers": [{"name": "a", "ports": [{"containerPort": 80}]}]}}
}
