# METADATA
# title: Containers must not run as UID 0
# description: >-
#   Pod Security Standards (restricted, since policy v1.23) forbid runAsUser=0 on the pod and on every container (unset is
#   allowed: runAsNonRoot then keeps the image from running as root). Pods with spec.hostUsers false are
#   exempt since policy v1.35: UID 0 in their user namespace is an unprivileged user on the node.
# custom:
#   id: run-as-user
#   severity: error
#   profiles: [restricted, hardened]
#   minPssVersion: v1.23
#   remediation: >-
#     Set `runAsUser` to a non-zero UID or remove it, or run the pod in a user namespace with `hostUsers: false`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/#integration-with-pod-security-admission-checks
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_runAsUser.go
package kpg.rules.run_as_user

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": "pod must not set securityContext.runAsUser=0 (allowed: a non-zero UID or unset)", "path": k8s.pod_path(["securityContext", "runAsUser"])} if {
	pss.version >= 23
	not pss.user_namespace
	pss.pod_security_context.runAsUser == 0
}

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "runAsUser"])} if {
	pss.version >= 23
	not pss.user_namespace
	some c in k8s.containers
	pss.security_context(c).runAsUser == 0
	msg := sprintf("%s must not set securityContext.runAsUser=0 (allowed: a non-zero UID or unset)", [c.label])
}
