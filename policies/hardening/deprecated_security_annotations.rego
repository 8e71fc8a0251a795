# METADATA
# title: Seccomp and AppArmor must be set in securityContext, not in annotations
# description: >-
#   The alpha seccomp annotations (`seccomp.security.alpha.kubernetes.io/pod`,
#   `container.seccomp.security.alpha.kubernetes.io/<container>`) have been deprecated since Kubernetes
#   v1.19 and have no effect since v1.27: kubelets ignore them and the API server no longer copies them
#   into the fields, so such a pod runs without the seccomp profile it asks for. The AppArmor annotations
#   (`container.apparmor.security.beta.kubernetes.io/<container>`) have been deprecated since v1.30 in
#   favour of `securityContext.appArmorProfile`. Reported on the pod (template) metadata, and on the
#   workload's own metadata, where they never had an effect. For a target Kubernetes version before v1.30
#   the AppArmor annotations are not reported (the field does not exist there).
# custom:
#   id: deprecated-security-annotations
#   severity: warning
#   profiles: [hardened]
#   minKubeVersion: "1.19"
#   minKubeVersionReason: securityContext.seccompProfile, which replaces the annotations, exists since Kubernetes 1.19
#   remediation: >-
#     Replace the annotation with `securityContext.seccompProfile` (type RuntimeDefault, or Localhost with
#     localhostProfile) or `securityContext.appArmorProfile` on the pod or on the named container, then
#     delete the annotation.
#   references:
#     - https://kubernetes.io/docs/tutorials/security/seccomp/
#     - https://kubernetes.io/docs/tutorials/security/apparmor/
#     - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#set-the-seccomp-profile-for-a-container
package kpg.rules.deprecated_security_annotations

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

seccomp_pod_key := "seccomp.security.alpha.kubernetes.io/pod"

seccomp_container_prefix := "container.seccomp.security.alpha.kubernetes.io/"

apparmor_container_prefix := "container.apparmor.security.beta.kubernetes.io/"

# Annotations of the pod (template), where Kubernetes reads them.
violation contains {"message": msg, "path": array.concat(hardening.pod_metadata_path, ["annotations", key])} if {
	k8s.pod
	some key, _ in hardening.pod_annotations
	replaceable(key)
	msg := concat("", ["pod annotation ", key, " ", status(key), "; ", remedy(key)])
}

# The same annotations on a workload's own metadata never reached the pods.
violation contains {"message": msg, "path": ["metadata", "annotations", key]} if {
	k8s.pod
	input.kind != "Pod"
	some key, _ in hardening.object_annotations
	replaceable(key)
	msg := concat("", ["annotation ", key, " on the ", input.kind, " itself has no effect (only pod metadata is read) and is deprecated; ", remedy(key), " in the pod template"])
}

status(key) := "has been ignored since Kubernetes v1.27 (deprecated in v1.19), so no seccomp profile comes from it" if {
	seccomp_key(key)
} else := "is deprecated since Kubernetes v1.30" if {
	startswith(key, apparmor_container_prefix)
}

seccomp_key(key) if key == seccomp_pod_key

# An annotation whose field exists in the target Kubernetes version: seccompProfile since v1.19 (the rule's
# minKubeVersion), appArmorProfile since v1.30; before that the annotation is the only way to ask for the profile.
replaceable(key) if seccomp_key(key)

replaceable(key) if {
	startswith(key, apparmor_container_prefix)
	k8s.kube_version >= 30
}

seccomp_key(key) if startswith(key, seccomp_container_prefix)

remedy(key) := "set securityContext.seccompProfile on the pod" if key == seccomp_pod_key

remedy(key) := sprintf("set securityContext.seccompProfile on the container \"%s\"", [container_name(key, seccomp_container_prefix)]) if {
	startswith(key, seccomp_container_prefix)
}

remedy(key) := sprintf("set securityContext.appArmorProfile on the container \"%s\"", [container_name(key, apparmor_container_prefix)]) if {
	startswith(key, apparmor_container_prefix)
}

container_name(key, prefix) := substring(key, count(prefix), -1)
