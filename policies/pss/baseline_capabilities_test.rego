package kpg.rules.baseline_capabilities_test

import data.kpg.rules.baseline_capabilities as rule

pod(containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

caps(add) := {"securityContext": {"capabilities": {"add": add}}}

allowed_list := "AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT"

test_fire_net_raw if {
	v := rule.violation with input as pod([object.union({"name": "a"}, caps(["CHOWN", "NET_RAW"]))])
	v == {{
		"message": sprintf("container \"a\" must not add capability NET_RAW: baseline allows adding only %s", [allowed_list]),
		"path": ["spec", "containers", 0, "securityContext", "capabilities", "add", 1],
	}}
}

test_fire_each_capability_separately if {
	obj := {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [object.union({"name": "a"}, caps(["SYS_ADMIN", "NET_ADMIN", "ALL"]))]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 0],
		["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 1],
		["spec", "template", "spec", "containers", 0, "securityContext", "capabilities", "add", 2],
	}
}

test_fire_spelling_must_be_exact if {
	# PSA compares the strings as written: neither the CAP_ prefix nor lower case is normalised.
	v := rule.violation with input as pod([object.union({"name": "a"}, caps(["CAP_CHOWN", "chown"]))])
	count(v) == 2
}

test_fire_init_and_ephemeral_containers if {
	obj := {"kind": "Pod", "spec": {
		"containers": [{"name": "a"}],
		"initContainers": [object.union({"name": "i"}, caps(["SYS_PTRACE"]))],
		"ephemeralContainers": [object.union({"name": "e"}, caps(["SYS_PTRACE"]))],
	}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {
		["spec", "initContainers", 0, "securityContext", "capabilities", "add", 0],
		["spec", "ephemeralContainers", 0, "securityContext", "capabilities", "add", 0],
	}
}

test_dont_fire_baseline_set if {
	all := ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]
	count(rule.violation) == 0 with input as pod([object.union({"name": "a"}, caps(all))])
}

test_dont_fire_drop_only_or_unset if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "securityContext": {"capabilities": {"drop": ["ALL"]}}}, {"name": "b"}, {"name": "c", "securityContext": {"capabilities": null}}])
}

# Parameters (data.kpg.parameters.baseline_capabilities).

test_fire_capability_removed_from_allowed if {
	v := rule.violation with input as pod([object.union({"name": "a"}, caps(["CHOWN", "KILL"]))])
		with data.kpg.parameters as {"baseline_capabilities": {"allowed": ["KILL", "NET_BIND_SERVICE"]}}
	v == {{
		"message": "container \"a\" must not add capability CHOWN: baseline allows adding only KILL, NET_BIND_SERVICE",
		"path": ["spec", "containers", 0, "securityContext", "capabilities", "add", 0],
	}}
}

test_fire_allowed_empty if {
	v := rule.violation with input as pod([object.union({"name": "a"}, caps(["CHOWN"]))])
		with data.kpg.parameters as {"baseline_capabilities": {"allowed": []}}
	{x.message | some x in v} == {"container \"a\" must not add capability CHOWN: baseline allows adding none"}
}

test_dont_fire_capability_added_to_allowed if {
	count(rule.violation) == 0 with input as pod([object.union({"name": "a"}, caps(["NET_RAW"]))])
		with data.kpg.parameters as {"baseline_capabilities": {"allowed": ["NET_RAW"]}}
}

test_fire_mistyped_allowed_keeps_default if {
	# A string where a list belongs must not switch the rule off: the default applies (and
	# data.kpg.parameter_errors reports the value).
	v := rule.violation with input as pod([object.union({"name": "a"}, caps(["NET_RAW"]))])
		with data.kpg.parameters as {"baseline_capabilities": {"allowed": "NET_RAW"}}
	count(v) == 1
}

test_dont_fire_other_rules_parameters_ignored if {
	count(rule.violation) == 0 with input as pod([object.union({"name": "a"}, caps(["CHOWN"]))])
		with data.kpg.parameters as {"restricted_capabilities": {"allowed": []}}
}

test_dont_fire_defaults_are_pod_security_admission if {
	rule.parameters == rule.default_parameters
	rule.parameters.allowed == ["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]
}
