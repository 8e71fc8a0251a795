# METADATA
# title: /proc mount type
# description: >-
#   The default /proc mount masks and makes read-only the kernel interfaces a container must not
#   reach. Pod Security Standards (baseline) allow securityContext.procMount to be only Default or
#   unset, except in pods with hostUsers false (a user namespace), where baseline accepts any value
#   since policy v1.35. The restricted profile keeps requiring Default there (rule proc-mount-restricted).
# custom:
#   id: proc-mount
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove `securityContext.procMount` or set it to `Default`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/#integration-with-pod-security-admission-checks
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_procMount_baseline.go
package kpg.rules.proc_mount

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "procMount"])} if {
	not pss.user_namespace
	some c in k8s.containers
	value := pss.security_context(c).procMount
	value != null
	value != "Default"
	msg := sprintf(
		"%s must not set securityContext.procMount to \"%s\" (allowed: Default or unset; other values need hostUsers: false)",
		[c.label, pss.text(value)],
	)
}
