# METADATA
# title: Pods must run in a user namespace (hostUsers false)
# description: >-
#   Without a user namespace, UID 0 in a container is UID 0 on the node: a process that breaks out of the
#   container is root on the host, and every capability granted to the container is valid on the host too.
#   With `hostUsers: false` the kubelet maps the pod's users to unprivileged, non-overlapping host IDs, so
#   root in the container is not root on the host. Pods that share a host namespace (hostNetwork, hostPID,
#   hostIPC) are not reported: the API server rejects `hostUsers: false` on them, and the Pod Security
#   Standards rules already report the host namespace. Windows pods (spec.os.name or nodeSelector
#   kubernetes.io/os set to windows) are exempt: user namespaces are a Linux feature and the field is
#   rejected on Windows pods.
# custom:
#   id: host-users
#   severity: warning
#   profiles: [hardened]
#   minKubeVersion: "1.33"
#   minKubeVersionReason: user namespaces (spec.hostUsers) are enabled by default since Kubernetes 1.33; before, the UserNamespacesSupport feature gate is off and the field is dropped
#   remediation: >-
#     Set `spec.hostUsers: false` on the pod (template). The nodes need Linux 6.3+ with idmap mounts and a
#     container runtime with user namespace support (containerd 2.0+, CRI-O 1.25+). Files in volumes keep
#     the IDs set by runAsUser, runAsGroup and fsGroup.
#   references:
#     - https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/
#     - https://kubernetes.io/docs/tasks/configure-pod-container/user-namespaces/
#     - https://kubernetes.io/docs/concepts/security/linux-kernel-security-constraints/#recommendations-best-practices
package kpg.rules.host_users

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

violation contains {"message": msg, "path": path} if {
	k8s.pod
	not hardening.windows_pod
	not hardening.shares_host_namespace
	value := object.get(k8s.pod.spec, "hostUsers", null)
	value != false
	msg := concat("", [setting(value), ": without a user namespace, root in a container is root on the node if it breaks out, and the container's capabilities are valid on the host; set hostUsers: false so root in the container maps to an unprivileged host user"])
	path := location(value)
}

setting(null) := "pod does not set hostUsers: false"

setting(value) := "pod sets hostUsers: true" if value == true

setting(value) := "pod sets hostUsers to a value other than false" if not value in {null, true}

location(null) := k8s.pod.path

location(value) := k8s.pod_path(["hostUsers"]) if value != null
