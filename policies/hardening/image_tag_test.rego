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

# Parameters (data.kpg.parameters.image_tag).

hex64 := "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

test_fire_forbidden_tag_added if {
	v := rule.violation with input as pod([{"name": "a", "image": "ghcr.io/acme/api:main"}])
		with data.kpg.parameters as {"image_tag": {"forbiddenTags": ["latest", "main"]}}
	v == {{"message": "container \"a\" uses image ghcr.io/acme/api:main: the tag main is forbidden here, as it moves from build to build; pin a version tag or a digest", "path": ["spec", "containers", 0, "image"]}}
}

test_dont_fire_latest_allowed if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "image": "nginx:latest"}])
		with data.kpg.parameters as {"image_tag": {"forbiddenTags": []}}
}

test_dont_fire_missing_tag_allowed if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "image": "nginx"}])
		with data.kpg.parameters as {"image_tag": {"requireTag": false}}
}

test_fire_missing_tag_when_require_tag_is_mistyped if {
	# "false" is a string, not a boolean: refused, and the default (true) applies.
	paths("nginx") == {["spec", "containers", 0, "image"]} with data.kpg.parameters as {"image_tag": {"requireTag": "false"}}
}

test_fire_registry_not_allowed if {
	v := rule.violation with input as pod([{"name": "a", "image": "nginx:1.27"}])
		with data.kpg.parameters as {"image_tag": {"allowedRegistries": ["ghcr.io/acme", "registry.local:5000"]}}
	v == {{"message": "container \"a\" uses image nginx:1.27 from docker.io/library/nginx, which is not in an allowed registry (ghcr.io/acme, registry.local:5000); use an image from one of them", "path": ["spec", "containers", 0, "image"]}}
}

test_fire_registry_not_allowed_even_pinned if {
	image := concat("", ["quay.io/acme/api@sha256:", hex64])
	paths(image) == {["spec", "containers", 0, "image"]} with data.kpg.parameters as {"image_tag": {"allowedRegistries": ["ghcr.io"]}}
}

test_fire_registry_prefix_is_a_whole_component if {
	paths("ghcr.io/acme-evil/api:1.0") == {["spec", "containers", 0, "image"]} with data.kpg.parameters as {"image_tag": {"allowedRegistries": ["ghcr.io/acme"]}}
}

test_dont_fire_allowed_registries if {
	images := ["ghcr.io/acme/api:1.0", "ghcr.io/acme/tools/cli:3", "registry.local:5000/team/app:2", "nginx:1.27", "docker.io/library/redis:7", "index.docker.io/library/busybox:1"]
	containers := [{"name": sprintf("c%d", [i]), "image": image} | some i, image in images]
	count(rule.violation) == 0 with input as pod(containers)
		with data.kpg.parameters as {"image_tag": {"allowedRegistries": ["ghcr.io/acme/", "registry.local:5000", "docker.io/library"]}}
}

test_dont_fire_defaults_allow_any_registry if {
	rule.parameters == {"forbiddenTags": ["latest"], "requireTag": true, "allowedRegistries": []}
	count(rule.violation) == 0 with input as pod([{"name": "a", "image": "quay.io/x/y:1.0"}])
}

# Skaffold build artifacts (data.kpg.inventory.skaffold): replaced by the image Skaffold builds, where it deploys.

skaffold_builds := [{"images": ["frontend", "ghcr.io/acme/api"], "kinds": {"Deployment.apps": [".*"], "Pod": [".*"], "ReplicationController": [".spec.template.spec.containers.image"]}}]

deployment(image) := {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "a", "image": image}]}}}}

skaffold_paths(object) := result if {
	result := {x.path | some x in rule.violation} with input as object
		with data.kpg.inventory.skaffold as skaffold_builds
}

test_dont_fire_skaffold_artifact if {
	count(skaffold_paths(deployment("frontend"))) == 0
	count(skaffold_paths(deployment("ghcr.io/acme/api"))) == 0
	count(skaffold_paths({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "frontend"}]}})) == 0
}

test_dont_fire_skaffold_artifact_tagged_latest if {
	# Skaffold matches the name without the tag, so it replaces frontend:latest as well.
	count(skaffold_paths(deployment("frontend:latest"))) == 0
	count(skaffold_paths(deployment("ghcr.io/acme/api:latest"))) == 0
}

test_dont_fire_skaffold_artifact_as_skaffold_sanitizes if {
	count(skaffold_paths(deployment("Frontend"))) == 0
	count(skaffold_paths(deployment("ko://frontend"))) == 0
}

test_fire_image_not_an_artifact if {
	skaffold_paths(deployment("backend")) == {["spec", "template", "spec", "containers", 0, "image"]}
	skaffold_paths(deployment("frontend-v2:latest")) == {["spec", "template", "spec", "containers", 0, "image"]}
}

test_fire_artifact_name_written_otherwise if {
	# Skaffold compares names as written: docker.io/library/frontend is not the artifact frontend.
	skaffold_paths(deployment("docker.io/library/frontend")) == {["spec", "template", "spec", "containers", 0, "image"]}
	skaffold_paths(deployment("acme/api:latest")) == {["spec", "template", "spec", "containers", 0, "image"]}
}

test_fire_artifact_outside_skaffold if {
	# No Skaffold run deploys the target: the inventory has no builds, the image is judged as written.
	paths("frontend") == {["spec", "containers", 0, "image"]}
}

test_fire_artifact_in_a_kind_skaffold_does_not_rewrite if {
	job := {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "j"}, "spec": {"template": {"spec": {"containers": [{"name": "a", "image": "frontend"}]}}}}
	skaffold_paths(job) == {["spec", "template", "spec", "containers", 0, "image"]}
}

test_artifact_in_the_fields_skaffold_rewrites if {
	controller := {"apiVersion": "v1", "kind": "ReplicationController", "metadata": {"name": "r"}, "spec": {"template": {"spec": {
		"initContainers": [{"name": "i", "image": "frontend"}],
		"containers": [{"name": "a", "image": "frontend"}],
	}}}}
	skaffold_paths(controller) == {["spec", "template", "spec", "initContainers", 0, "image"]}
}

test_fire_artifact_reference_skaffold_cannot_parse if {
	# A tag cannot start with "-": Skaffold fails to parse the reference and leaves it as it is.
	forbidden := {"image_tag": {"forbiddenTags": ["dev", "-dev"]}}
	invalid := rule.violation with input as deployment("frontend:-dev")
		with data.kpg.inventory.skaffold as skaffold_builds
		with data.kpg.parameters as forbidden
	{x.path | some x in invalid} == {["spec", "template", "spec", "containers", 0, "image"]}
	valid := rule.violation with input as deployment("frontend:dev")
		with data.kpg.inventory.skaffold as skaffold_builds
		with data.kpg.parameters as forbidden
	count(valid) == 0
}

test_fire_artifact_from_a_registry_not_allowed if {
	v := rule.violation with input as deployment("frontend")
		with data.kpg.inventory.skaffold as skaffold_builds
		with data.kpg.parameters as {"image_tag": {"allowedRegistries": ["ghcr.io"]}}
	{x.message | some x in v} == {"container \"a\" uses image frontend from docker.io/library/frontend, which is not in an allowed registry (ghcr.io); use an image from one of them"}
}
