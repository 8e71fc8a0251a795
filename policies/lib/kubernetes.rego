# Shared helpers: the pod spec of every workload kind and every container in it, with JSON paths.
package kpg.lib.kubernetes

# Kinds whose pod template sits at spec.template.
template_kinds := {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job"}

# The object's pod: its spec, the JSON path to that spec, and the pod metadata (annotations live there).
pod := {"spec": input.spec, "path": ["spec"], "metadata": object.get(input, "metadata", {})} if {
	input.kind == "Pod"
	is_object(input.spec)
}

pod := {"spec": input.spec.template.spec, "path": ["spec", "template", "spec"], "metadata": object.get(input.spec.template, "metadata", {})} if {
	input.kind in template_kinds
	is_object(input.spec.template.spec)
}

pod := {"spec": input.spec.jobTemplate.spec.template.spec, "path": ["spec", "jobTemplate", "spec", "template", "spec"], "metadata": object.get(input.spec.jobTemplate.spec.template, "metadata", {})} if {
	input.kind == "CronJob"
	is_object(input.spec.jobTemplate.spec.template.spec)
}

pod := {"spec": input.template.spec, "path": ["template", "spec"], "metadata": object.get(input.template, "metadata", {})} if {
	input.kind == "PodTemplate"
	is_object(input.template.spec)
}

# The three container lists of a pod spec, as Pod Security Admission walks them.
container_fields := ["initContainers", "containers", "ephemeralContainers"]

container_labels := {"initContainers": "init container", "containers": "container", "ephemeralContainers": "ephemeral container"}

# Every container: the container, its JSON path, which list it is in, and a label for messages
# (`container "app"`). Messages use %s only: the wasm SDK's sprintf has no %q and prints objects badly.
containers contains {"container": c, "path": array.concat(pod.path, [field, i]), "field": field, "label": label} if {
	some field in container_fields
	some i, c in pod.spec[field]
	label := sprintf("%s \"%s\"", [container_labels[field], object.get(c, "name", sprintf("#%d", [i]))])
}

# The pod-level securityContext, or an empty object.
pod_security_context := object.get(pod.spec, "securityContext", {})

# Path helpers.
pod_path(rest) := array.concat(pod.path, rest)

container_path(c, rest) := array.concat(c.path, rest)

# The newest Kubernetes minor version the rules know (1.37).
latest_minor := 37

# The Kubernetes minor version the objects are meant for (the kube-version setting, 1.<kube_version>), passed by
# the engine as data.kpg.kube_version; the newest when unset. Rules whose field is newer than the target are
# dropped by the engine (METADATA custom.minKubeVersion); rules read this for finer, per-field differences.
kube_version := v if {
	v := data.kpg.kube_version
	is_number(v)
} else := latest_minor
