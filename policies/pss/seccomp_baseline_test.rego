package kpg.rules.seccomp_baseline_test

import data.kpg.rules.seccomp_baseline as rule

pod(metadata, spec) := {"kind": "Pod", "metadata": object.union({"name": "p"}, metadata), "spec": object.union({"containers": [{"name": "a"}]}, spec)}

test_fire_pod_unconfined if {
	v := rule.violation with input as pod({}, {"securityContext": {"seccompProfile": {"type": "Unconfined"}}})
	v == {{"message": "pod must not set securityContext.seccompProfile.type to \"Unconfined\" (allowed: RuntimeDefault, Localhost)", "path": ["spec", "securityContext", "seccompProfile", "type"]}}
}

test_fire_container_unconfined if {
	spec := {"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}]}
	v := rule.violation with input as pod({}, spec)
	v == {{"message": "container \"a\" must not set securityContext.seccompProfile.type to \"Unconfined\" (allowed: RuntimeDefault, Localhost)", "path": ["spec", "containers", 0, "securityContext", "seccompProfile", "type"]}}
}

test_fire_profile_without_type_in_cronjob if {
	obj := {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a", "securityContext": {"seccompProfile": {}}}]}}}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "securityContext", "seccompProfile"]}
}

test_fire_windows_pods_too if {
	# Baseline has no Windows exemption (the API rejects seccompProfile on Windows pods anyway).
	v := rule.violation with input as pod({}, {"os": {"name": "windows"}, "securityContext": {"seccompProfile": {"type": "Unconfined"}}})
	count(v) == 1
}

test_dont_fire_allowed_or_unset if {
	spec := {
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}},
		"containers": [
			{"name": "a", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}},
			{"name": "b"},
			{"name": "c", "securityContext": {"seccompProfile": null}},
		],
	}
	count(rule.violation) == 0 with input as pod({}, spec)
}

test_dont_fire_alpha_annotations if {
	# Non-functional since Kubernetes v1.27 and not checked by PSA since policy v1.19.
	annotations := {"seccomp.security.alpha.kubernetes.io/pod": "unconfined", "container.seccomp.security.alpha.kubernetes.io/a": "unconfined"}
	count(rule.violation) == 0 with input as pod({"annotations": annotations}, {})
}

# Parameters (data.kpg.parameters.seccomp_baseline).

test_fire_localhost_not_allowed if {
	v := rule.violation with input as pod({}, {"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}}]})
		with data.kpg.parameters as {"seccomp_baseline": {"allowedTypes": ["RuntimeDefault"]}}
	v == {{
		"message": "container \"a\" must not set securityContext.seccompProfile.type to \"Localhost\" (allowed: RuntimeDefault)",
		"path": ["spec", "containers", 0, "securityContext", "seccompProfile", "type"],
	}}
}

test_dont_fire_unconfined_allowed if {
	count(rule.violation) == 0 with input as pod({}, {"securityContext": {"seccompProfile": {"type": "Unconfined"}}})
		with data.kpg.parameters as {"seccomp_baseline": {"allowedTypes": ["RuntimeDefault", "Unconfined"]}}
}

test_dont_fire_default_allows_localhost if {
	rule.parameters == {"allowedTypes": ["RuntimeDefault", "Localhost"]}
	count(rule.violation) == 0 with input as pod({}, {"securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}})
}

# Before policy v1.19 the alpha annotations are checked, and the field is not.
test_fire_annotations_before_v1_19 if {
	obj := pod({"annotations": {"seccomp.security.alpha.kubernetes.io/pod": "unconfined", "container.seccomp.security.alpha.kubernetes.io/a": "foo"}}, {})
	v := rule.violation with input as obj with data.kpg.pss_version as 18
	v == {
		{"message": "annotation seccomp.security.alpha.kubernetes.io/pod must not be \"unconfined\" (allowed: runtime/default, docker/default, localhost/<profile> or unset)", "path": ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"]},
		{"message": "annotation container.seccomp.security.alpha.kubernetes.io/a must not be \"foo\" (allowed: runtime/default, docker/default, localhost/<profile> or unset)", "path": ["metadata", "annotations", "container.seccomp.security.alpha.kubernetes.io/a"]},
	}
}

test_dont_fire_field_before_v1_19 if {
	count(rule.violation) == 0 with input as pod({}, {"securityContext": {"seccompProfile": {"type": "Unconfined"}}}) with data.kpg.pss_version as 18
}

test_dont_fire_good_annotations_before_v1_19 if {
	obj := pod({"annotations": {"seccomp.security.alpha.kubernetes.io/pod": "docker/default", "container.seccomp.security.alpha.kubernetes.io/a": "localhost/p", "container.seccomp.security.alpha.kubernetes.io/other": "unconfined"}}, {})
	count(rule.violation) == 0 with input as obj with data.kpg.pss_version as 0
}

test_dont_fire_annotations_since_v1_19 if {
	count(rule.violation) == 0 with input as pod({"annotations": {"seccomp.security.alpha.kubernetes.io/pod": "unconfined"}}, {}) with data.kpg.pss_version as 19
}
