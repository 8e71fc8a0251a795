package main

deployment(container) := {
	"apiVersion": "apps/v1",
	"kind": "Deployment",
	"metadata": {"name": "web"},
	"spec": {"template": {"spec": {"containers": [container]}}},
}

test_fire_no_limits if {
	results := deny with input as deployment({"name": "app", "image": "nginx:1.27"})
	results == {
		{"msg": "Deployment web: container app has no cpu limit (set resources.limits.cpu)", "details": {"path": ["spec", "template", "spec", "containers", 0]}},
		{"msg": "Deployment web: container app has no memory limit (set resources.limits.memory)", "details": {"path": ["spec", "template", "spec", "containers", 0]}},
	}
}

test_fire_cronjob_init_container_without_memory_limit if {
	cronjob := {
		"kind": "CronJob",
		"metadata": {"name": "backup"},
		"spec": {"jobTemplate": {"spec": {"template": {"spec": {
			"initContainers": [{"name": "wait", "resources": {"limits": {"cpu": "100m"}}}],
			"containers": [{"name": "dump", "resources": {"limits": {"cpu": "1", "memory": "1Gi"}}}],
		}}}}},
	}
	results := deny with input as cronjob
	results == {{
		"msg": "CronJob backup: container wait has no memory limit (set resources.limits.memory)",
		"details": {"path": ["spec", "jobTemplate", "spec", "template", "spec", "initContainers", 0]},
	}}
}

test_dont_fire_with_limits if {
	count(deny) == 0 with input as deployment({"name": "app", "resources": {"limits": {"cpu": "500m", "memory": "256Mi"}}})
}

test_dont_fire_on_services if {
	count(deny) == 0 with input as {"kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}}
}
