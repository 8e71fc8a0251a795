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

# Parameters (data.kpg.parameters.host_ports).

test_dont_fire_allowed_port if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "ports": [{"containerPort": 80, "hostPort": 8080}]}])
		with data.kpg.parameters as {"host_ports": {"allowed": [8080, 8443]}}
}

test_fire_port_not_in_allowed if {
	v := rule.violation with input as pod([{"name": "a", "ports": [{"containerPort": 80, "hostPort": 9090}]}])
		with data.kpg.parameters as {"host_ports": {"allowed": [8443, 8080]}}
	v == {{
		"message": "container \"a\" must not use hostPort 9090: host ports are forbidden (allowed: 0, unset or one of 8080, 8443)",
		"path": ["spec", "containers", 0, "ports", 0, "hostPort"],
	}}
}

test_fire_allowed_as_strings_keeps_default if {
	# The list holds numbers; strings are refused (parameter_errors) and the default (none) applies.
	v := rule.violation with input as pod([{"name": "a", "ports": [{"containerPort": 80, "hostPort": 8080}]}])
		with data.kpg.parameters as {"host_ports": {"allowed": ["8080"]}}
	count(v) == 1
}

test_dont_fire_default_allows_none if {
	rule.parameters == {"allowed": []}
}
