package kpg.rules.network_policy_coverage_test

import data.kpg.rules.network_policy_coverage as rule

deployment(metadata) := {"kind": "Deployment", "metadata": metadata, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}

test_fire_namespace_without_policy if {
	v := rule.violation with input as deployment({"name": "d", "namespace": "shop"})
		with data.kpg.inventory as {"network_policy_namespaces": ["default", "other"]}
	v == {{"message": "namespace shop has no NetworkPolicy among the rendered manifests, so the pods of this Deployment accept and open any connection; add a default-deny NetworkPolicy to the namespace", "path": ["metadata", "namespace"]}}
}

test_fire_default_namespace if {
	v := rule.violation with input as deployment({"name": "d"})
		with data.kpg.inventory as {"network_policy_namespaces": ["shop"]}
	v == {{"message": "namespace default has no NetworkPolicy among the rendered manifests, so the pods of this Deployment accept and open any connection; add a default-deny NetworkPolicy to the namespace", "path": ["metadata"]}}
}

test_fire_empty_namespace_is_default if {
	v := rule.violation with input as deployment({"name": "d", "namespace": ""})
		with data.kpg.inventory as {"network_policy_namespaces": []}
	{x.path | some x in v} == {["metadata"]}
}

test_fire_missing_inventory if {
	v := rule.violation with input as deployment({"name": "d", "namespace": "shop"})
	{x.path | some x in v} == {["metadata", "namespace"]}
}

test_fire_inventory_without_the_list if {
	v := rule.violation with input as deployment({"name": "d", "namespace": "shop"})
		with data.kpg.inventory as {}
	count(v) == 1
}

test_fire_every_workload_kind if {
	inventory := {"network_policy_namespaces": ["other"]}
	count(rule.violation) == 1 with input as {"kind": "Pod", "metadata": {"name": "p", "namespace": "shop"}, "spec": {"containers": [{"name": "a"}]}}
		with data.kpg.inventory as inventory
	count(rule.violation) == 1 with input as {"kind": "CronJob", "metadata": {"name": "c", "namespace": "shop"}, "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}}}
		with data.kpg.inventory as inventory
	count(rule.violation) == 1 with input as {"kind": "Job", "metadata": {"name": "j", "namespace": "shop"}, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}
		with data.kpg.inventory as inventory
	count(rule.violation) == 1 with input as {"kind": "DaemonSet", "metadata": {"name": "ds", "namespace": "shop"}, "spec": {"template": {"spec": {"containers": [{"name": "a"}]}}}}
		with data.kpg.inventory as inventory
}

test_fire_host_network_false if {
	v := rule.violation with input as {"kind": "Pod", "metadata": {"name": "p", "namespace": "shop"}, "spec": {"hostNetwork": false, "containers": [{"name": "a"}]}}
		with data.kpg.inventory as {"network_policy_namespaces": []}
	count(v) == 1
}

test_dont_fire_covered_namespace if {
	count(rule.violation) == 0 with input as deployment({"name": "d", "namespace": "shop"})
		with data.kpg.inventory as {"network_policy_namespaces": ["shop"]}
}

test_dont_fire_default_covered if {
	count(rule.violation) == 0 with input as deployment({"name": "d"})
		with data.kpg.inventory as {"network_policy_namespaces": ["default"]}
}

test_dont_fire_host_network if {
	count(rule.violation) == 0 with input as {"kind": "DaemonSet", "metadata": {"name": "ds", "namespace": "shop"}, "spec": {"template": {"spec": {"hostNetwork": true, "containers": [{"name": "a"}]}}}}
		with data.kpg.inventory as {"network_policy_namespaces": []}
}

test_dont_fire_non_workloads if {
	count(rule.violation) == 0 with input as {"kind": "Service", "metadata": {"name": "s", "namespace": "shop"}}
		with data.kpg.inventory as {"network_policy_namespaces": []}
	count(rule.violation) == 0 with input as {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy", "metadata": {"name": "n", "namespace": "shop"}}
		with data.kpg.inventory as {"network_policy_namespaces": []}
}

test_fire_pod_message if {
	v := rule.violation with input as {"kind": "Pod", "metadata": {"name": "p", "namespace": "shop"}, "spec": {"containers": [{"name": "a"}]}}
		with data.kpg.inventory as {"network_policy_namespaces": []}
	v == {{"message": "namespace shop has no NetworkPolicy among the rendered manifests, so the pod's containers accept and open any connection; add a default-deny NetworkPolicy to the namespace", "path": ["metadata", "namespace"]}}
}
