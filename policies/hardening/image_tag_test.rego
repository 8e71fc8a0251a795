package kpg.rules.image_tag_test

import data.kpg.rules.image_tag as rule

pod(containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

paths(image) := result if {
	result := {x.path | some x in rule.violation} with input as pod([{"name": "a", "image": image}])
}

test_fire_no_tag if {
	v := rule.violation with input as pod([{"name": "a", "image": "nginx"}])
	v == {{"message": "container \"a\" uses image nginx without a tag, which means :latest and changes with every push; pin a version tag or a digest", "path": ["spec", "containers", 0, "image"]}}
}

test_fire_latest if {
	v := rule.violation with input as pod([{"name": "a", "image": "ghcr.io/acme/api:latest"}])
	v == {{"message": "container \"a\" uses image ghcr.io/acme/api:latest: the latest tag changes with every push; pin a version tag or a digest", "path": ["spec", "containers", 0, "image"]}}
}

test_fire_registry_port_is_not_a_tag if {
	paths("registry.local:5000/team/app") == {["spec", "containers", 0, "image"]}
}

test_fire_registry_port_and_latest if {
	paths("registry.local:5000/team/app:latest") == {["spec", "containers", 0, "image"]}
}

test_fire_every_container_kind if {
	v := rule.violation with input as {"kind": "Pod", "metadata": {"name": "p"}, "spec": {
		"initContainers": [{"name": "i", "image": "busybox"}],
		"containers": [{"name": "ok", "image": "nginx:1.27"}, {"name": "a", "image": "nginx:latest"}],
		"ephemeralContainers": [{"name": "e", "image": "busybox"}],
	}}
	{x.path | some x in v} == {["spec", "initContainers", 0, "image"], ["spec", "containers", 1, "image"], ["spec", "ephemeralContainers", 0, "image"]}
}

test_fire_deployment if {
	v := rule.violation with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "a", "image": "redis"}]}}}}
	{x.path | some x in v} == {["spec", "template", "spec", "containers", 0, "image"]}
}

test_fire_cronjob if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a", "image": "alpine:latest"}]}}}}}}
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "image"]}
}

test_dont_fire_version_tag if {
	count(paths("nginx:1.27.3")) == 0
	count(paths("registry.local:5000/team/app:2.0")) == 0
	count(paths("docker.io/library/nginx:stable-alpine")) == 0
}

test_dont_fire_tag_case_sensitive if {
	# Tags are case-sensitive: "Latest" is a tag of its own.
	count(paths("nginx:Latest")) == 0
}

test_dont_fire_digest if {
	count(paths("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")) == 0
	count(paths("nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")) == 0
}

test_dont_fire_missing_image if {
	count(rule.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "a"}, {"name": "b", "image": ""}]}}}}
}

test_dont_fire_non_workload if {
	count(rule.violation) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"image": "nginx"}}
}
