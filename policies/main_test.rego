package kpg_test

import data.kpg

privileged_pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": {"privileged": true}}]}}

test_fire_violations_tagged_with_rule_id if {
	some v in kpg.violations with input as privileged_pod
	v.rule == "privileged"
	v.path == ["spec", "containers", 0, "securityContext", "privileged"]
}

test_batch_keeps_order_and_matches_single if {
	objects := [privileged_pod, {"kind": "ConfigMap", "metadata": {"name": "c"}}]
	result := kpg.batch with input as {"objects": objects}
	count(result) == 2
	result[0] == kpg.violations with input as privileged_pod
	result[1] == kpg.violations with input as objects[1]
}

test_run_list_limits_the_rules_evaluated if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"hostPID": true, "containers": [{"name": "a", "securityContext": {"privileged": true}}]}}
	all := {v.rule | some v in kpg.violations with input as pod}
	{"privileged", "host-namespaces"} & all == {"privileged", "host-namespaces"}
	only := {v.rule | some v in kpg.violations with input as pod with data.kpg.run as ["privileged"]}
	only == {"privileged"}
}

# Parameters: data.kpg.parameters.<rule package>.<name>; kpg.parameter_errors reports what no rule uses.

test_parameter_errors_none_for_valid_values if {
	count(kpg.parameter_errors) == 0 with data.kpg.parameters as {
		"image_tag": {"forbiddenTags": ["latest", "main"], "requireTag": false, "allowedRegistries": []},
		"host_ports": {"allowed": [8080]},
		"sysctls": {},
	}
}

test_parameter_errors_none_without_parameters if {
	count(kpg.parameter_errors) == 0
}

test_parameter_errors_wrong_type if {
	kpg.parameter_errors == {{
		"rule": "baseline-capabilities",
		"message": "parameter allowed of rule baseline-capabilities must be a list of strings, not \"NET_ADMIN\"; the rule uses its default",
		"path": ["kpg", "parameters", "baseline_capabilities", "allowed"],
	}} with data.kpg.parameters as {"baseline_capabilities": {"allowed": "NET_ADMIN"}}
}

test_parameter_errors_wrong_item_type if {
	{e.message | some e in kpg.parameter_errors} == {
		"parameter allowed of rule host-ports must be a list of numbers, not [\"8080\"]; the rule uses its default",
		"parameter requireTag of rule image-tag must be a boolean, not \"no\"; the rule uses its default",
	} with data.kpg.parameters as {"host_ports": {"allowed": ["8080"]}, "image_tag": {"requireTag": "no"}}
}

test_parameter_errors_unknown_parameter if {
	kpg.parameter_errors == {{
		"rule": "image-tag",
		"message": "rule image-tag has no parameter allowedRegistry (it has: allowedRegistries, forbiddenTags, requireTag)",
		"path": ["kpg", "parameters", "image_tag", "allowedRegistry"],
	}} with data.kpg.parameters as {"image_tag": {"allowedRegistry": ["ghcr.io"]}}
}

test_parameter_errors_not_a_mapping if {
	{e.message | some e in kpg.parameter_errors} == {"the parameters of rule sysctls must be a mapping of parameter names to values, not [\"net.core.somaxconn\"]"} with data.kpg.parameters as {"sysctls": ["net.core.somaxconn"]}
}

test_parameter_errors_unknown_rules if {
	{e.message | some e in kpg.parameter_errors} == {
		"rule privileged has no parameters",
		"there is no rule package image-tag; data.kpg.parameters is keyed by package name (image_tag)",
		"there is no rule package nope with parameters",
	} with data.kpg.parameters as {"privileged": {"x": 1}, "image-tag": {"requireTag": false}, "nope": {}}
}

test_parameter_errors_parameters_not_a_mapping if {
	{e.message | some e in kpg.parameter_errors} == {"data.kpg.parameters must map rule packages to their parameters, not [1]"} with data.kpg.parameters as [1]
}

test_parameters_default_without_data if {
	parameterised := {name | some name; data.kpg.rules[name].default_parameters}
	count(parameterised) > 10
	every name in parameterised {
		data.kpg.rules[name].parameters == data.kpg.rules[name].default_parameters
	}
}

test_parameters_change_the_verdict_through_the_entrypoint if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "nginx:main"}]}}
	not "image-tag" in {v.rule | some v in kpg.violations with input as pod}
	"image-tag" in {v.rule | some v in kpg.violations with input as pod with data.kpg.parameters as {"image_tag": {"forbiddenTags": ["main"]}}}
}
