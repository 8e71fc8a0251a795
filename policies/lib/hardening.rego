# Helpers of the hardening rules: Windows pods, pod metadata paths, annotations, image references.
package kpg.lib.hardening

import data.kpg.lib.kubernetes as k8s

# A pod meant for Windows nodes. The API server rejects Linux-only fields (hostUsers, readOnlyRootFilesystem,
# supplementalGroupsPolicy, runAsGroup, fsGroup...) when spec.os.name is windows (validateWindows); a pod pinned
# to Windows nodes by nodeSelector only gets them ignored. Either way, requiring them is noise.
windows_pod if k8s.pod.spec.os.name == "windows"

windows_pod if k8s.pod.spec.nodeSelector["kubernetes.io/os"] == "windows"

# hostNetwork, hostPID or hostIPC: such a pod cannot use a user namespace (the API server rejects hostUsers: false).
shares_host_namespace if {
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	k8s.pod.spec[field] == true
}

# JSON path of the pod's metadata: the sibling of its spec (["metadata"] for a Pod, the template's otherwise).
pod_metadata_path := array.concat(array.slice(k8s.pod.path, 0, count(k8s.pod.path) - 1), ["metadata"])

# Annotations of the pod (template) and of the object itself; for a Pod they are the same map.
pod_annotations := object.get(k8s.pod.metadata, "annotations", {})

object_annotations := object.get(object.get(input, "metadata", {}), "annotations", {})

# The object or its pod template carries the annotation with a non-blank string value.
has_annotation(key) if {
	some annotations in [object_annotations, pod_annotations]
	value := annotations[key]
	is_string(value)
	trim_space(value) != ""
}

# The namespace the object lands in when applied as rendered (no namespace means "default").
namespace := ns if {
	ns := input.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

# Image references: [registry[:port]/]path[:tag][@digest]. The tag sits after the last ':' of the last path
# component, so a registry port ("host:5000/app") is not mistaken for one.
image_digest_pinned(image) if regex.match(`@sha256:[0-9a-f]{64}$`, image)

image_digest_pinned(image) if regex.match(`@sha512:[0-9a-f]{128}$`, image)

image_has_digest(image) if contains(image, "@")

image_tag(image) := substring(last, indexof(last, ":") + 1, -1) if {
	name := split(image, "@")[0]
	components := split(name, "/")
	last := components[count(components) - 1]
	contains(last, ":")
}
