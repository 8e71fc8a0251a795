package kpg.rules.allow_privilege_escalation_test

import data.kpg.rules.allow_privilege_escalation as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_fire_unset if {
	v := rule.violation with input as pod({"containers": [{"name": "a"}]})
	v == {{"message": "container \"a\" must set securityContext.allowPrivilegeEscalation=false (it is unset)", "path": ["spec", "containers", 0]}}
}

test_fire_true if {
	v := rule.violation with input as pod({"containers": [{"name": "a", "securityContext": {"allowPrivilegeEscalation": true}}]})
	v == {{"message": "container \"a\" must set securityContext.allowPrivilegeEscalation=false, not true", "path": ["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"]}}
}

test_fire_points_at_security_context_when_field_missing if {
	obj := {"kind": "Job", "spec": {"template": {"spec": {
		"containers": [{"name": "a", "securityContext": {"runAsNonRoot": true}}],
		"initContainers": [{"name": "i", "securityContext": null}],
		"ephemeralContainers": [{"name": "e", "securityContext": {"allowPrivilegeEscalation": null}}],
	}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "template", "spec", "containers", 0, "securityContext"],
		["spec", "template", "spec", "initContainers", 0],
		["spec", "template", "spec", "ephemeralContainers", 0, "securityContext"],
	}
}

test_fire_linux_pod if {
	count(rule.violation) == 1 with input as pod({"os": {"name": "linux"}, "containers": [{"name": "a"}]})
}

test_dont_fire_false if {
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a", "securityContext": {"allowPrivilegeEscalation": false}}]})
}

test_dont_fire_windows_pod if {
	# Policy v1.25+: spec.os.name windows pods are exempt.
	count(rule.violation) == 0 with input as pod({"os": {"name": "windows"}, "containers": [{"name": "a"}]})
}

# The check exists since policy v1.8; the Windows exemption since v1.25.
test_dont_fire_before_v1_8 if {
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a"}]}) with data.kpg.pss_version as 7
}

test_fire_windows_before_v1_25 if {
	v := rule.violation with input as pod({"os": {"name": "windows"}, "containers": [{"name": "a"}]}) with data.kpg.pss_version as 24
	{x.path | some x in v} == {["spec", "containers", 0]}
}
