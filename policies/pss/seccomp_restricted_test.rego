package kpg.rules.seccomp_restricted_test

import data.kpg.rules.seccomp_restricted as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": spec}

test_fire_unset_everywhere if {
	v := rule.violation with input as pod({"containers": [{"name": "a"}]})
	v == {{"message": "container \"a\" must set securityContext.seccompProfile.type to RuntimeDefault or Localhost, or the pod must (neither sets a profile)", "path": ["spec", "containers", 0]}}
}

test_fire_only_containers_without_profile if {
	obj := {"kind": "Deployment", "spec": {"template": {"spec": {
		"securityContext": {"runAsNonRoot": true},
		"initContainers": [{"name": "i", "securityContext": {"runAsUser": 1}}],
		"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}}, {"name": "b"}],
	}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "initContainers", 0, "securityContext"], ["spec", "template", "spec", "containers", 1]}
}

test_fire_linux_pod if {
	count(rule.violation) == 1 with input as pod({"os": {"name": "linux"}, "containers": [{"name": "a"}]})
}

test_dont_fire_pod_profile if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "a"}, {"name": "b"}]})
}

test_dont_fire_every_container_localhost if {
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Localhost", "localhostProfile": "p.json"}}}]})
}

test_dont_fire_bad_explicit_values_reported_by_seccomp_baseline if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"seccompProfile": {"type": "Unconfined"}}, "containers": [{"name": "a"}]})
	count(rule.violation) == 0 with input as pod({"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}, "containers": [{"name": "a", "securityContext": {"seccompProfile": {"type": "Unconfined"}}}]})
}

test_dont_fire_windows_pod if {
	count(rule.violation) == 0 with input as pod({"os": {"name": "windows"}, "containers": [{"name": "a"}]})
}

# The check exists since policy v1.19.
test_dont_fire_before_v1_19 if {
	count(rule.violation) == 0 with input as pod({"containers": [{"name": "a"}]}) with data.kpg.pss_version as 18
}
