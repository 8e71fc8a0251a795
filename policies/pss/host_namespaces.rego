# METADATA
# title: Host namespaces
# description: >-
#   Sharing the node's network, PID or IPC namespace lets a pod see and reach the node's processes,
#   interfaces and shared memory. Pod Security Standards (baseline) forbid spec.hostNetwork,
#   spec.hostPID and spec.hostIPC set to true.
# custom:
#   id: host-namespaces
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec, or set them to `false`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostNamespaces.go
package kpg.rules.host_namespaces

import data.kpg.lib.kubernetes as k8s

violation contains {"message": msg, "path": k8s.pod_path([field])} if {
	some field in ["hostNetwork", "hostPID", "hostIPC"]
	k8s.pod.spec[field] == true
	msg := sprintf("pod must not set %s=true: host namespaces are forbidden (allowed: false or unset)", [field])
}
