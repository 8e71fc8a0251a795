# METADATA
# title: Host ports
# description: >-
#   A hostPort binds the container to a port on the node's own addresses, bypassing network policies
#   and exposing the pod outside the cluster network. Pod Security Standards (baseline) forbid any
#   non-zero ports[*].hostPort on containers, init containers and ephemeral containers.
# custom:
#   id: host-ports
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove `hostPort` (or set it to 0) and expose the port through a Service instead.
#   parameters:
#     allowed: >-
#       Host ports containers may use (numbers). Pod Security Standards allow a known list in place of
#       none; the default allows none.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostPorts.go
package kpg.rules.host_ports

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params

default_parameters := {"allowed": []}

parameter_items := {"allowed": "number"}

parameters := params.merge_typed("host_ports", default_parameters, parameter_items)

violation contains {"message": msg, "path": k8s.container_path(c, ["ports", i, "hostPort"])} if {
	some c in k8s.containers
	some i, port in c.container.ports
	is_number(port.hostPort)
	port.hostPort != 0
	not port.hostPort in parameters.allowed
	msg := sprintf("%s must not use hostPort %d: host ports are forbidden (allowed: %s)", [c.label, port.hostPort, allowance])
}

allowance := concat("", ["0, unset or one of ", concat(", ", [sprintf("%d", [p]) | some p in sort(parameters.allowed)])]) if {
	count(parameters.allowed) > 0
} else := "0 or unset"
