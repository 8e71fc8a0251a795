package kpg.rules.apparmor_test

import data.kpg.rules.apparmor as rule

pod(metadata, spec) := {"kind": "Pod", "metadata": object.union({"name": "p"}, metadata), "spec": object.union({"containers": [{"name": "a"}]}, spec)}

test_fire_pod_unconfined if {
	v := rule.violation with input as pod({}, {"securityContext": {"appArmorProfile": {"type": "Unconfined"}}})
	v == {{"message": "pod must not set securityContext.appArmorProfile.type to \"Unconfined\" (allowed: RuntimeDefault, Localhost)", "path": ["spec", "securityContext", "appArmorProfile", "type"]}}
}

test_fire_container_unconfined if {
	spec := {"containers": [{"name": "a", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}]}
	v := rule.violation with input as pod({}, spec)
	v == {{"message": "container \"a\" must not set securityContext.appArmorProfile.type to \"Unconfined\" (allowed: RuntimeDefault, Localhost)", "path": ["spec", "containers", 0, "securityContext", "appArmorProfile", "type"]}}
}

test_fire_profile_without_type if {
	spec := {"initContainers": [{"name": "i", "securityContext": {"appArmorProfile": {}}}]}
	v := rule.violation with input as pod({}, spec)
	v == {{"message": "init container \"i\" must not set securityContext.appArmorProfile.type to \"\" (allowed: RuntimeDefault, Localhost)", "path": ["spec", "initContainers", 0, "securityContext", "appArmorProfile"]}}
}

test_fire_annotation_unconfined if {
	v := rule.violation with input as pod({"annotations": {"container.apparmor.security.beta.kubernetes.io/a": "unconfined"}}, {})
	v == {{"message": "annotation container.apparmor.security.beta.kubernetes.io/a must not be \"unconfined\" (allowed: runtime/default, localhost/<profile> or empty)", "path": ["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/a"]}}
}

test_fire_annotation_in_deployment_template if {
	obj := {"kind": "Deployment", "metadata": {"name": "d", "annotations": {"container.apparmor.security.beta.kubernetes.io/a": "unconfined"}}, "spec": {"template": {
		"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/b": "docker-default"}},
		"spec": {"containers": [{"name": "a"}]},
	}}}
	v := rule.violation with input as obj

	# Only the pod template's annotations count, not the Deployment's own; any container name counts.
	{x.path | some x in v} == {["spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/b"]}
}

test_fire_annotation_in_cronjob_template if {
	obj := {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {
		"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/a": "unconfined"}},
		"spec": {"containers": [{"name": "a"}]},
	}}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/a"]}
}

test_dont_fire_allowed_values if {
	spec := {
		"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}},
		"containers": [
			{"name": "a", "securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "k8s-nginx"}}},
			{"name": "b", "securityContext": {"appArmorProfile": null}},
		],
	}
	annotations := {
		"container.apparmor.security.beta.kubernetes.io/a": "runtime/default",
		"container.apparmor.security.beta.kubernetes.io/b": "localhost/k8s-nginx",
		"container.apparmor.security.beta.kubernetes.io/c": "",
		"apparmor.security.beta.kubernetes.io/other": "unconfined",
	}
	count(rule.violation) == 0 with input as pod({"annotations": annotations}, spec)
}

test_dont_fire_unset if {
	count(rule.violation) == 0 with input as pod({}, {})
}

# Parameters (data.kpg.parameters.apparmor).

localhost := {"securityContext": {"appArmorProfile": {"type": "Localhost", "localhostProfile": "p"}}}

test_fire_localhost_not_allowed if {
	v := rule.violation with input as pod({}, localhost) with data.kpg.parameters as {"apparmor": {"allowedTypes": ["RuntimeDefault"]}}
	v == {{
		"message": "pod must not set securityContext.appArmorProfile.type to \"Localhost\" (allowed: RuntimeDefault)",
		"path": ["spec", "securityContext", "appArmorProfile", "type"],
	}}
}

test_fire_localhost_annotation_not_allowed if {
	annotations := {"annotations": {"container.apparmor.security.beta.kubernetes.io/a": "localhost/p"}}
	v := rule.violation with input as pod(annotations, {}) with data.kpg.parameters as {"apparmor": {"allowedTypes": ["RuntimeDefault"]}}
	v == {{
		"message": "annotation container.apparmor.security.beta.kubernetes.io/a must not be \"localhost/p\" (allowed: runtime/default or empty)",
		"path": ["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/a"],
	}}
}

test_fire_no_type_allowed if {
	v := rule.violation with input as pod({}, {"securityContext": {"appArmorProfile": {"type": "RuntimeDefault"}}})
		with data.kpg.parameters as {"apparmor": {"allowedTypes": []}}
	{x.message | some x in v} == {"pod must not set securityContext.appArmorProfile.type to \"RuntimeDefault\" (allowed: unset only)"}
}

test_dont_fire_unconfined_allowed if {
	unconfined := {"containers": [{"name": "a", "securityContext": {"appArmorProfile": {"type": "Unconfined"}}}]}
	annotations := {"annotations": {"container.apparmor.security.beta.kubernetes.io/a": "unconfined"}}
	count(rule.violation) == 0 with input as pod(annotations, unconfined)
		with data.kpg.parameters as {"apparmor": {"allowedTypes": ["RuntimeDefault", "Localhost", "Unconfined"]}}
}

test_dont_fire_default_allows_localhost if {
	rule.parameters == {"allowedTypes": ["RuntimeDefault", "Localhost"]}
	count(rule.violation) == 0 with input as pod({}, localhost)
}
