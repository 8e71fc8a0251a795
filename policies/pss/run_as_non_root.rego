# METADATA
# title: Containers must run as non-root
# description: >-
#   Pod Security Standards (restricted) require runAsNonRoot=true, set on the pod or on every container,
#   and forbid runAsNonRoot=false anywhere. Pods with spec.hostUsers false are exempt since policy v1.35:
#   their root user is mapped to an unprivileged user on the node.
# custom:
#   id: run-as-non-root
#   severity: error
#   profiles: [restricted, hardened]
#   remediation: >-
#     Set `securityContext.runAsNonRoot: true` on the pod (or on every container) and run the image as a
#     non-zero UID, or run the pod in a user namespace with `hostUsers: false`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/#integration-with-pod-security-admission-checks
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_runAsNonRoot.go
package kpg.rules.run_as_non_root

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

pod_value := object.get(pss.pod_security_context, "runAsNonRoot", null)

violation contains {"message": "pod must not set securityContext.runAsNonRoot=false", "path": k8s.pod_path(["securityContext", "runAsNonRoot"])} if {
	not pss.user_namespace
	pod_value == false
}

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "runAsNonRoot"])} if {
	not pss.user_namespace
	some c in k8s.containers
	pss.security_context(c).runAsNonRoot == false
	msg := sprintf("%s must not set securityContext.runAsNonRoot=false", [c.label])
}

# A container that leaves runAsNonRoot unset inherits the pod's. When the pod sets false, the violation
# above points at the pod, the one place to fix; when the pod leaves it unset too, each such container is reported.
violation contains {"message": msg, "path": path} if {
	not pss.user_namespace
	k8s.pod
	pod_value == null
	some c in k8s.containers
	object.get(pss.security_context(c), "runAsNonRoot", null) == null
	path := pss.deepest(c.path, c.container, ["securityContext"])
	msg := sprintf("%s must set securityContext.runAsNonRoot=true, or the pod must (neither does)", [c.label])
}
