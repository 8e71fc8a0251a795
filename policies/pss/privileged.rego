# METADATA
# title: Privileged containers
# description: >-
#   Privileged containers disable most security mechanisms and get all host devices. Pod Security
#   Standards (baseline) forbid securityContext.privileged=true on every container, init container and
#   ephemeral container.
# custom:
#   id: privileged
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove `securityContext.privileged` or set it to `false`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_privileged.go
package kpg.rules.privileged

import data.kpg.lib.kubernetes as k8s

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "privileged"])} if {
	some c in k8s.containers
	c.container.securityContext.privileged == true
	msg := sprintf("%s must not set securityContext.privileged=true (allowed: false or unset)", [c.label])
}
