# METADATA
# title: Capabilities beyond the baseline set
# description: >-
#   Adding Linux capabilities beyond the container runtime's default set (NET_RAW, SYS_ADMIN, ...) widens
#   what a compromised container can do to the node. Pod Security Standards (baseline) allow
#   securityContext.capabilities.add to hold only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL,
#   MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT, spelled exactly so.
# custom:
#   id: baseline-capabilities
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove the capability from `securityContext.capabilities.add`; if the workload truly needs it, run it
#     in a namespace with the privileged level.
#   parameters:
#     allowed: >-
#       The capabilities containers may add. The default is the baseline set above; extending it makes
#       the check laxer than Pod Security Admission.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_capabilities_baseline.go
package kpg.rules.baseline_capabilities

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params
import data.kpg.lib.pss

default_parameters := {"allowed": sort(pss.baseline_capabilities)}

parameters := params.merge("baseline_capabilities", default_parameters)

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "capabilities", "add", i])} if {
	some c in k8s.containers
	some i, capability in pss.security_context(c).capabilities.add
	not capability in parameters.allowed
	msg := sprintf("%s must not add capability %s: %s", [c.label, pss.text(capability), allowance])
}

allowance := sprintf("baseline allows adding only %s", [pss.list(parameters.allowed)]) if count(parameters.allowed) > 0

else := "baseline allows adding none"
