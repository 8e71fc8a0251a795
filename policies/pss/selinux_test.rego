package kpg.rules.selinux_test

import data.kpg.rules.selinux as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": object.union({"containers": [{"name": "a"}]}, spec)}

test_fire_pod_type if {
	v := rule.violation with input as pod({"securityContext": {"seLinuxOptions": {"type": "spc_t"}}})
	v == {{
		"message": "pod must not set securityContext.seLinuxOptions.type to \"spc_t\" (allowed: container_engine_t, container_init_t, container_kvm_t, container_t or empty)",
		"path": ["spec", "securityContext", "seLinuxOptions", "type"],
	}}
}

test_fire_container_user_and_role if {
	spec := {"containers": [{"name": "a", "securityContext": {"seLinuxOptions": {"user": "system_u", "role": "system_r", "type": "container_t"}}}]}
	v := rule.violation with input as pod(spec)
	v == {
		{"message": "container \"a\" must not set securityContext.seLinuxOptions.user (\"system_u\"): it must be empty", "path": ["spec", "containers", 0, "securityContext", "seLinuxOptions", "user"]},
		{"message": "container \"a\" must not set securityContext.seLinuxOptions.role (\"system_r\"): it must be empty", "path": ["spec", "containers", 0, "securityContext", "seLinuxOptions", "role"]},
	}
}

test_fire_init_container_in_replicaset if {
	obj := {"kind": "ReplicaSet", "spec": {"template": {"spec": {"containers": [{"name": "a"}], "initContainers": [{"name": "i", "securityContext": {"seLinuxOptions": {"type": "unconfined_t"}}}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "initContainers", 0, "securityContext", "seLinuxOptions", "type"]}
}

test_dont_fire_allowed_types_and_level if {
	spec := {
		"securityContext": {"seLinuxOptions": {"level": "s0:c123,c456"}},
		"containers": [
			{"name": "a", "securityContext": {"seLinuxOptions": {"type": "container_t"}}},
			{"name": "b", "securityContext": {"seLinuxOptions": {"type": "container_init_t"}}},
			{"name": "c", "securityContext": {"seLinuxOptions": {"type": "container_kvm_t"}}},
			{"name": "d", "securityContext": {"seLinuxOptions": {"type": "container_engine_t", "user": "", "role": ""}}},
			{"name": "e", "securityContext": {"seLinuxOptions": {"type": ""}}},
		],
	}
	count(rule.violation) == 0 with input as pod(spec)
}

# Parameters (data.kpg.parameters.selinux).

test_fire_type_removed_from_allowed if {
	v := rule.violation with input as pod({"securityContext": {"seLinuxOptions": {"type": "container_init_t"}}})
		with data.kpg.parameters as {"selinux": {"allowedTypes": ["container_t"]}}
	v == {{
		"message": "pod must not set securityContext.seLinuxOptions.type to \"container_init_t\" (allowed: container_t or empty)",
		"path": ["spec", "securityContext", "seLinuxOptions", "type"],
	}}
}

test_dont_fire_type_added_to_allowed if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"seLinuxOptions": {"type": "spc_t"}}})
		with data.kpg.parameters as {"selinux": {"allowedTypes": ["container_t", "spc_t"]}}
}

test_dont_fire_empty_type_with_no_types_allowed if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"seLinuxOptions": {"level": "s0:c1,c2"}}})
		with data.kpg.parameters as {"selinux": {"allowedTypes": []}}
}

test_dont_fire_defaults if {
	rule.parameters == {"allowedTypes": ["container_engine_t", "container_init_t", "container_kvm_t", "container_t"]}
}

# container_engine_t is allowed since policy v1.31.
test_fire_container_engine_t_before_v1_31 if {
	v := rule.violation with input as pod({"securityContext": {"seLinuxOptions": {"type": "container_engine_t"}}}) with data.kpg.pss_version as 30
	{x.path | some x in v} == {["spec", "securityContext", "seLinuxOptions", "type"]}
}

test_dont_fire_container_engine_t_since_v1_31 if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"seLinuxOptions": {"type": "container_engine_t"}}}) with data.kpg.pss_version as 31
}
