# METADATA
# title: Seccomp profile required
# description: >-
#   Pod Security Standards (restricted, since policy v1.19) require a seccomp profile: securityContext.seccompProfile.type
#   RuntimeDefault or Localhost on the pod, or on every container that the pod does not cover. Pods with
#   spec.os.name windows are exempt (since policy v1.25). An explicit bad value is reported by
#   seccomp-baseline, so this rule reports only containers for which neither they nor the pod set a profile.
# custom:
#   id: seccomp-restricted
#   severity: error
#   profiles: [restricted, hardened]
#   minPssVersion: v1.19
#   remediation: >-
#     Set `spec.securityContext.seccompProfile.type: RuntimeDefault` on the pod (or on every container).
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_seccompProfile_restricted.go
package kpg.rules.seccomp_restricted

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": msg, "path": path} if {
	pss.version >= 19
	not pss.windows
	not pss.set(pss.pod_security_context, "seccompProfile")
	some c in k8s.containers
	not pss.set(pss.security_context(c), "seccompProfile")
	path := pss.deepest(c.path, c.container, ["securityContext"])
	msg := sprintf(
		"%s must set securityContext.seccompProfile.type to RuntimeDefault or Localhost, or the pod must (neither sets a profile)",
		[c.label],
	)
}
