# METADATA
# title: /proc mount type in user namespaces (restricted)
# description: >-
#   Pod Security Standards (restricted) require securityContext.procMount to be Default or unset even in
#   pods with hostUsers false, which baseline relaxes since policy v1.35. This rule reports only those
#   pods; every other non-default procMount is reported by proc-mount, so a container is never reported twice.
# custom:
#   id: proc-mount-restricted
#   severity: error
#   profiles: [restricted, hardened]
#   minPssVersion: v1.35
#   remediation: >-
#     Remove `securityContext.procMount` or set it to `Default`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/#integration-with-pod-security-admission-checks
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_procMount_restricted.go
package kpg.rules.proc_mount_restricted

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "procMount"])} if {
	pss.user_namespace
	some c in k8s.containers
	value := pss.security_context(c).procMount
	value != null
	value != "Default"
	msg := sprintf(
		"%s must not set securityContext.procMount to \"%s\": restricted requires Default or unset, also with hostUsers: false",
		[c.label, pss.text(value)],
	)
}
