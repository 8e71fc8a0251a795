# METADATA
# title: Host in probes and lifecycle hooks
# description: >-
#   A probe or lifecycle hook with a `host` makes the kubelet open connections from the node to any
#   address it names, a server-side request forgery through the node. Pod Security Standards (baseline,
#   since v1.34) forbid a non-empty host in httpGet and tcpSocket of livenessProbe, readinessProbe,
#   startupProbe, lifecycle.postStart and lifecycle.preStop.
# custom:
#   id: host-probes-and-host-lifecycle
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   minPssVersion: v1.34
#   remediation: >-
#     Remove `host` so that the probe or hook targets the pod's own IP; use the `Host` HTTP header to
#     select a virtual host.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostProbesAndhostLifecycle.go
package kpg.rules.host_probes_and_host_lifecycle

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

# The handlers that can carry a host, as paths below the container.
handlers contains [probe, action] if {
	some probe in ["livenessProbe", "readinessProbe", "startupProbe"]
	some action in ["httpGet", "tcpSocket"]
}

handlers contains ["lifecycle", hook, action] if {
	some hook in ["postStart", "preStop"]
	some action in ["httpGet", "tcpSocket"]
}

violation contains {"message": msg, "path": k8s.container_path(c, array.concat(handler, ["host"]))} if {
	pss.version >= 34
	some c in k8s.containers
	some handler in handlers
	host := handler_host(c.container, handler)
	is_string(host)
	host != ""
	msg := sprintf(
		"%s must not set %s.host (%s): probes and lifecycle hooks may only target the pod (allowed: empty or unset)",
		[c.label, concat(".", handler), host],
	)
}

handler_host(container, [probe, action]) := container[probe][action].host

handler_host(container, [lifecycle, hook, action]) := container[lifecycle][hook][action].host
