package kpg.rules.host_probes_and_host_lifecycle_test

import data.kpg.rules.host_probes_and_host_lifecycle as rule

pod(containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

test_fire_liveness_http_host if {
	c := {"name": "a", "livenessProbe": {"httpGet": {"host": "169.254.169.254", "path": "/", "port": 80}}}
	v := rule.violation with input as pod([c])
	v == {{
		"message": "container \"a\" must not set livenessProbe.httpGet.host (169.254.169.254): probes and lifecycle hooks may only target the pod (allowed: empty or unset)",
		"path": ["spec", "containers", 0, "livenessProbe", "httpGet", "host"],
	}}
}

test_fire_every_probe_and_handler if {
	h := {"httpGet": {"host": "h", "port": 80}}
	t := {"tcpSocket": {"host": "t", "port": 80}}
	c := {
		"name": "a",
		"livenessProbe": t,
		"readinessProbe": h,
		"startupProbe": t,
		"lifecycle": {"postStart": h, "preStop": t},
	}
	v := rule.violation with input as pod([c])
	{x.path | some x in v} == {
		["spec", "containers", 0, "livenessProbe", "tcpSocket", "host"],
		["spec", "containers", 0, "readinessProbe", "httpGet", "host"],
		["spec", "containers", 0, "startupProbe", "tcpSocket", "host"],
		["spec", "containers", 0, "lifecycle", "postStart", "httpGet", "host"],
		["spec", "containers", 0, "lifecycle", "preStop", "tcpSocket", "host"],
	}
}

test_fire_lifecycle_message if {
	c := {"name": "a", "lifecycle": {"preStop": {"httpGet": {"host": "node.local", "port": 1}}}}
	v := rule.violation with input as pod([c])
	v == {{
		"message": "container \"a\" must not set lifecycle.preStop.httpGet.host (node.local): probes and lifecycle hooks may only target the pod (allowed: empty or unset)",
		"path": ["spec", "containers", 0, "lifecycle", "preStop", "httpGet", "host"],
	}}
}

test_fire_init_container_in_deployment if {
	obj := {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "a"}], "initContainers": [{"name": "side", "restartPolicy": "Always", "startupProbe": {"tcpSocket": {"host": "10.0.0.1", "port": 22}}}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "initContainers", 0, "startupProbe", "tcpSocket", "host"]}
}

test_dont_fire_without_host if {
	c := {
		"name": "a",
		"livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080, "httpHeaders": [{"name": "Host", "value": "example.com"}]}},
		"readinessProbe": {"tcpSocket": {"port": 8080, "host": ""}},
		"startupProbe": {"grpc": {"port": 9090}},
		"lifecycle": {"preStop": {"sleep": {"seconds": 5}}, "postStart": {"exec": {"command": ["true"]}}},
	}
	count(rule.violation) == 0 with input as pod([c])
}

# The check exists since policy v1.34.
test_dont_fire_before_v1_34 if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "livenessProbe": {"httpGet": {"host": "10.0.0.1", "port": 80}}}]) with data.kpg.pss_version as 33
}
