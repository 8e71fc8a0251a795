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

# The repository an image reference names, as the container runtime resolves it (distribution/reference's
# ParseNormalizedNamed): registry host and path, without tag or digest, with Docker Hub's defaults filled in
# ("nginx:1.27" is "docker.io/library/nginx", "acme/api" is "docker.io/acme/api").
image_repository(image) := concat("/", [registry, path]) if {
	name := split(split(image, "@")[0], "/")
	last := name[count(name) - 1]
	untagged := array.concat(array.slice(name, 0, count(name) - 1), [split(last, ":")[0]])
	[registry, path] := split_registry(untagged)
}

# The first component is a registry host when it has a dot or a port, is localhost, or has upper case.
split_registry(components) := [registry_alias(components[0]), concat("/", array.slice(components, 1, count(components)))] if {
	count(components) > 1
	registry_host(components[0])
} else := ["docker.io", concat("/", components)] if {
	count(components) > 1
} else := ["docker.io", concat("/", ["library", components[0]])]

registry_host(first) if contains(first, ".")

registry_host(first) if contains(first, ":")

registry_host("localhost")

registry_host(first) if lower(first) != first

registry_alias("index.docker.io") := "docker.io"

registry_alias(host) := host if host != "index.docker.io"

# The repository is one of `prefixes` or below one: "ghcr.io" and "ghcr.io/acme" both cover "ghcr.io/acme/api".
repository_in(repository, prefixes) if {
	some prefix in prefixes
	is_string(prefix)
	trimmed := trim_suffix(prefix, "/")
	trimmed != ""
	under(repository, trimmed)
}

under(repository, prefix) if repository == prefix

under(repository, prefix) if startswith(repository, concat("", [prefix, "/"]))
