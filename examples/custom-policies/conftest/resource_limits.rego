# conftest-style rule: deny any workload container without CPU and memory limits.
package main

# METADATA
# title: Containers set CPU and memory limits
# description: >-
#   A container without limits can starve its neighbours on the node. Init containers count too,
#   since they run within the same node budget.
deny contains {"msg": msg, "details": {"path": path}} if {
	some field in ["initContainers", "containers"]
	some i, container in pod_spec[field]
	some resource in ["cpu", "memory"]
	not container.resources.limits[resource]
	path := array.concat(pod_spec_path, [field, i])
	msg := sprintf("%s %s: container %s has no %s limit (set resources.limits.%s)", [input.kind, input.metadata.name, container.name, resource, resource])
}
