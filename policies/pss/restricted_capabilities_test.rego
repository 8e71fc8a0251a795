package kpg.rules.restricted_capabilities_test

import data.kpg.rules.restricted_capabilities as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_fire_missing_drop if {
	v := rule.violation with input as pod({"containers": [{"name": "a"}]})
	v == {{"message": "container \"a\" must set securityContext.capabilities.drop to include \"ALL\"", "path": ["spec", "containers", 0]}}
}

test_fire_drop_without_all_points_at_drop if {
	spec := {"containers": [
		{"name": "a", "securityContext": {"capabilities": {"drop": ["NET_RAW"]}}},
		{"name": "b", "securityContext": {"capabilities": {"drop": ["all"]}}},
		{"name": "c", "securityContext": {"capabilities": {}}},
		{"name": "d", "securityContext": {"runAsNonRoot": true}},
	]}
	v := rule.violation with input as pod(spec)
	{x.path | some x in v} == {
		["spec", "containers", 0, "securityContext", "capabilities", "drop"],
		["spec", "containers", 1, "securityContext", "capabilities", "drop"],
		["spec", "containers", 2, "securityContext", "capabilities"],
		["spec", "containers", 3, "securityContext"],
	}
}

test_fire_lowercase_all_says_why if {
	spec := {"containers": [
		{"name": "a", "securityContext": {"capabilities": {"drop": ["all"]}}},
		{"name": "b", "securityContext": {"capabilities": {"drop": ["NET_RAW", "All", "all"]}}},
		{"name": "c", "securityContext": {"capabilities": {"drop": ["NET_RAW"]}}},
		{"name": "d", "securityContext": {"capabilities": {"drop": "all"}}},
	]}
	v := rule.violation with input as pod(spec)
	{x.message | some x in v} == {
		"container \"a\" must set securityContext.capabilities.drop to include \"ALL\" (it drops \"all\", which Pod Security Admission does not count: it compares capability names case-sensitively)",
		"container \"b\" must set securityContext.capabilities.drop to include \"ALL\" (it drops \"All\", \"all\", which Pod Security Admission does not count: it compares capability names case-sensitively)",
		"container \"c\" must set securityContext.capabilities.drop to include \"ALL\"",
		"container \"d\" must set securityContext.capabilities.drop to include \"ALL\"",
	}
}

test_dont_fire_all_beside_lowercase if {
	spec := {"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["all", "ALL"]}}}]}
	count(rule.violation) == 0 with input as pod(spec)
}

test_fire_baseline_capability_added if {
	spec := {"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"], "add": ["NET_BIND_SERVICE", "CHOWN"]}}}]}
	v := rule.violation with input as pod(spec)
	v == {{"message": "container \"a\" must not add capability CHOWN: restricted allows adding only NET_BIND_SERVICE", "path": ["spec", "containers", 0, "securityContext", "capabilities", "add", 1]}}
}

test_fire_init_container_in_statefulset if {
	obj := {"kind": "StatefulSet", "spec": {"template": {"spec": {
		"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"]}}}],
		"initContainers": [{"name": "i", "securityContext": {"capabilities": {"add": ["SETUID"]}}}],
	}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "template", "spec", "initContainers", 0, "securityContext", "capabilities"],
		["spec", "template", "spec", "initContainers", 0, "securityContext", "capabilities", "add", 0],
	}
}

test_dont_fire_drop_all_add_net_bind_service if {
	spec := {"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["NET_RAW", "ALL"], "add": ["NET_BIND_SERVICE"]}}}]}
	count(rule.violation) == 0 with input as pod(spec)
}

test_dont_fire_non_baseline_capabilities_reported_by_baseline_capabilities if {
	spec := {"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"], "add": ["SYS_ADMIN", "NET_RAW"]}}}]}
	count(rule.violation) == 0 with input as pod(spec)
}

test_dont_fire_windows_pod if {
	count(rule.violation) == 0 with input as pod({"os": {"name": "windows"}, "containers": [{"name": "a"}]})
}

# Parameters (data.kpg.parameters.restricted_capabilities).

add(capabilities) := pod({"containers": [{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"], "add": capabilities}}}]})

test_fire_allowed_empty if {
	v := rule.violation with input as add(["NET_BIND_SERVICE"]) with data.kpg.parameters as {"restricted_capabilities": {"allowed": []}}
	v == {{
		"message": "container \"a\" must not add capability NET_BIND_SERVICE: restricted allows adding none",
		"path": ["spec", "containers", 0, "securityContext", "capabilities", "add", 0],
	}}
}

test_dont_fire_capability_added_to_allowed if {
	count(rule.violation) == 0 with input as add(["CHOWN", "NET_BIND_SERVICE"])
		with data.kpg.parameters as {"restricted_capabilities": {"allowed": ["CHOWN", "NET_BIND_SERVICE"]}}
}

test_fire_message_lists_allowed if {
	v := rule.violation with input as add(["KILL"]) with data.kpg.parameters as {"restricted_capabilities": {"allowed": ["NET_BIND_SERVICE", "CHOWN"]}}
	{x.message | some x in v} == {"container \"a\" must not add capability KILL: restricted allows adding only CHOWN, NET_BIND_SERVICE"}
}

test_fire_capability_baseline_allows_by_parameter if {
	# A capability a team allows in baseline-capabilities is restricted's to report.
	v := rule.violation with input as add(["NET_RAW"]) with data.kpg.parameters as {"baseline_capabilities": {"allowed": ["NET_RAW"]}}
	{x.path | some x in v} == {["spec", "containers", 0, "securityContext", "capabilities", "add", 0]}
}

test_dont_fire_default_net_bind_service if {
	rule.parameters == {"allowed": ["NET_BIND_SERVICE"]}
	count(rule.violation) == 0 with input as add(["NET_BIND_SERVICE"])
}

# The check exists since policy v1.22.
test_dont_fire_before_v1_22 if {
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a"}]}) with data.kpg.pss_version as 21
}
