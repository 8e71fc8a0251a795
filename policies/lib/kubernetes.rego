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

# Pod templates inside common custom resources (the README's "What gets checked" lists them): the API group and
# kind, and the path of the pod template (its `spec` and `metadata` below it). Kruise's Advanced StatefulSet and
# DaemonSet share their kind names with apps/v1 and are covered by template_kinds.
crd_templates := {
	["argoproj.io", "Rollout"]: ["spec", "template"],
	["serving.knative.dev", "Service"]: ["spec", "template"],
	["serving.knative.dev", "Configuration"]: ["spec", "template"],
	["keda.sh", "ScaledJob"]: ["spec", "jobTargetRef", "template"],
	["apps.kruise.io", "CloneSet"]: ["spec", "template"],
}

group := substring(input.apiVersion, 0, indexof(input.apiVersion, "/")) if {
	is_string(input.apiVersion)
	contains(input.apiVersion, "/")
}

pod := {"spec": template.spec, "path": array.concat(path, ["spec"]), "metadata": object.get(template, "metadata", {})} if {
	path := crd_templates[[group, input.kind]]
	template := object.get(input, path, null)
	is_object(template.spec)
}

# Argo Workflows: the workflow spec carries the pod-level fields (securityContext, hostNetwork, volumes,
# serviceAccountName, automountServiceAccountToken) and podMetadata; containers are in spec.templates (below).
workflow_kinds := {"Workflow": ["spec"], "WorkflowTemplate": ["spec"], "ClusterWorkflowTemplate": ["spec"], "CronWorkflow": ["spec", "workflowSpec"]}

workflow_path := workflow_kinds[input.kind] if group == "argoproj.io"

pod := {"spec": spec, "path": workflow_path, "metadata": object.get(spec, "podMetadata", {})} if {
	spec := object.get(input, workflow_path, null)
	is_object(spec)
}

# The three container lists of a pod spec, as Pod Security Admission walks them.
container_fields := ["initContainers", "containers", "ephemeralContainers"]

container_labels := {"initContainers": "init container", "containers": "container", "ephemeralContainers": "ephemeral container"}

# Every container: the container, its JSON path, which list it is in, and a label for messages
# (`container "app"`). Messages use %s only: the wasm SDK's sprintf has no %q and prints objects badly.
containers[path] := {"container": c, "path": path, "field": field, "label": label} if {
	some field in container_fields
	some i, c in pod.spec[field]
	path := array.concat(pod.path, [field, i])
	label := concat("", [container_labels[field], " \"", display(object.get(c, "name", numbered(i))), "\""])
}

# Argo Workflows templates: container, script, containerSet.containers, initContainers and sidecars of each
# template (a template's own securityContext is not merged in: set pod-level fields on the workflow spec).
# One template's containers: [path below the template, container list it counts as, word for messages, container].
template_containers(template) := (({[[key], "containers", key, c] |
	some key in ["container", "script"]
	c := template[key]
} | {[["containerSet", "containers", j], "containers", "container", c] |
	some j, c in template.containerSet.containers
}) | {[["initContainers", j], "initContainers", "init container", c] |
	some j, c in template.initContainers
}) | {[["sidecars", j], "containers", "sidecar", c] |
	some j, c in template.sidecars
}

containers[path] := {"container": c, "path": path, "field": field, "label": label} if {
	some i, template in pod.spec.templates
	is_object(template)
	some [rest, field, kind, c] in template_containers(template)
	is_object(c)
	path := array.concat(array.concat(pod.path, ["templates", i]), rest)
	label := concat("", [kind, " \"", display(object.get(c, "name", "main")), "\" of template \"", display(object.get(template, "name", numbered(i))), "\""])
}

# Tekton Task and ClusterTask: steps and sidecars are containers; the pod-level fields come from the TaskRun's
# podTemplate at run time, so the Task has no pod of its own here and only container rules judge it.
containers[path] := {"container": c, "path": path, "field": "containers", "label": label} if {
	group == "tekton.dev"
	input.kind in {"Task", "ClusterTask"}
	some list in ["steps", "sidecars"]
	some i, c in input.spec[list]
	is_object(c)
	path := ["spec", list, i]
	label := concat("", [trim_suffix(list, "s"), " \"", display(object.get(c, "name", numbered(i))), "\""])
}

# Labels are built with concat, not sprintf: every container gets one, and sprintf is a JavaScript call out of
# wasm (the SDK implements it), which cost about a tenth of the evaluation time.
# A value as a message shows it: a string as itself, anything else as JSON.
display(value) := value if is_string(value)

else := json.marshal(value)

# "#3": a container or template without a name, by its index.
numbered(i) := concat("", ["#", format_int(i, 10)])

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
