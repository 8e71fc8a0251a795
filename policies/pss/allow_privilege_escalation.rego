# METADATA
# title: Privilege escalation
# description: >-
#   Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent, for
#   example through set-user-ID binaries. Pod Security Standards (restricted) require
#   securityContext.allowPrivilegeEscalation=false on every container, init container and ephemeral
#   container since policy v1.8; pods with spec.os.name windows are exempt (since policy v1.25).
# custom:
#   id: allow-privilege-escalation
#   severity: error
#   profiles: [restricted, hardened]
#   minPssVersion: v1.8
#   remediation: >-
#     Set `securityContext.allowPrivilegeEscalation: false` on every container.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_allowPrivilegeEscalation.go
package kpg.rules.allow_privilege_escalation

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": msg, "path": path} if {
	pss.version >= 8
	not pss.windows
	some c in k8s.containers
	sc := pss.security_context(c)
	value := object.get(sc, "allowPrivilegeEscalation", null)
	value != false
	path := pss.deepest(c.path, c.container, ["securityContext", "allowPrivilegeEscalation"])
	msg := message(c, value)
}

message(c, null) := sprintf("%s must set securityContext.allowPrivilegeEscalation=false (it is unset)", [c.label])

message(c, value) := sprintf("%s must set securityContext.allowPrivilegeEscalation=false, not %s", [c.label, pss.text(value)]) if value != null
