# METADATA
# title: Windows HostProcess containers
# description: >-
#   A Windows HostProcess container runs directly on the node with the node's network and file system,
#   as a node administrator could. Pod Security Standards (baseline) forbid
#   securityContext.windowsOptions.hostProcess=true on the pod and on every container.
# custom:
#   id: windows-host-process
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove `securityContext.windowsOptions.hostProcess` or set it to `false`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_windowsHostProcess.go
package kpg.rules.windows_host_process

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": msg, "path": k8s.pod_path(["securityContext", "windowsOptions", "hostProcess"])} if {
	pss.pod_security_context.windowsOptions.hostProcess == true
	msg := "pod must not set securityContext.windowsOptions.hostProcess=true (allowed: false or unset)"
}

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "windowsOptions", "hostProcess"])} if {
	some c in k8s.containers
	pss.security_context(c).windowsOptions.hostProcess == true
	msg := sprintf("%s must not set securityContext.windowsOptions.hostProcess=true (allowed: false or unset)", [c.label])
}
