package kpg.rules.image_digest_test

import data.kpg.rules.image_digest as rule

digest := "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"

pod(containers) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": containers}}

fires(image) if count(rule.violation) == 1 with input as pod([{"name": "a", "image": image}])

test_fire_tag if {
	v := rule.violation with input as pod([{"name": "a", "image": "nginx:1.27.3"}])
	v == {{"message": "container \"a\" uses image nginx:1.27.3, which is not pinned by digest: the tag can be moved to other content; reference it as name@sha256:<digest>", "path": ["spec", "containers", 0, "image"]}}
}

test_fire_no_tag if {
	fires("nginx")
}

test_fire_short_digest if {
	fires("nginx@sha256:0123")
}

test_fire_uppercase_digest if {
	fires("nginx@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")
}

test_fire_digest_not_at_end if {
	fires(concat("", ["nginx@", digest, "x"]))
}

test_fire_init_ephemeral_and_cronjob if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {
		"initContainers": [{"name": "i", "image": "busybox:1.36"}],
		"containers": [{"name": "a", "image": concat("", ["app@", digest])}],
		"ephemeralContainers": [{"name": "e", "image": "busybox:1.36"}],
	}}}}}}
	{x.path | some x in v} == {
		["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0, "image"],
		["spec", "jobTemplate", "spec", "template", "spec", "ephemeralContainers", 0, "image"],
	}
}

test_dont_fire_digest if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "image": concat("", ["nginx@", digest])}])
}

test_dont_fire_tag_and_digest if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "image": concat("", ["registry.local:5000/team/app:1.0@", digest])}])
}

test_dont_fire_sha512 if {
	count(rule.violation) == 0 with input as pod([{"name": "a", "image": concat("", ["app@sha512:", concat("", [x | some _ in numbers.range(1, 64); x := "ab"])])}])
}

test_dont_fire_missing_image if {
	count(rule.violation) == 0 with input as pod([{"name": "a"}])
}
