# METADATA
# title: Unsafe sysctls
# description: >-
#   Sysctls outside the safe set are not namespaced or not isolated between pods, so setting them can
#   weaken or change the whole node. Pod Security Standards (baseline) allow
#   spec.securityContext.sysctls[*].name to be only the safe set of the policy version (v1.37: kernel.shm_rmid_forced,
#   net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range,
#   net.ipv4.ip_unprivileged_port_start, net.ipv4.ip_local_reserved_ports, net.ipv4.tcp_keepalive_time,
#   net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes,
#   net.ipv4.tcp_rmem, net.ipv4.tcp_wmem, net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat; older
#   versions allow fewer: ip_local_reserved_ports came in v1.27, the tcp_keepalive and tcp_fin_timeout ones in
#   v1.29, tcp_rmem and tcp_wmem in v1.32).
# custom:
#   id: sysctls
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove the sysctl from `spec.securityContext.sysctls`; node-level tuning belongs in the node's
#     configuration, not in a pod.
#   parameters:
#     allowed: >-
#       The sysctls pods may set. The default is Pod Security Admission's safe set of the policy version judging
#       the pod (the newest is listed); a list set here applies at every version. Extend it only with
#       sysctls that are namespaced and that the kubelet allows (`--allowed-unsafe-sysctls`).
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_sysctls.go
package kpg.rules.sysctls

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params
import data.kpg.lib.pss

default_parameters := {"allowed": sort(pss.safe_sysctls)}

parameters := params.merge("sysctls", default_parameters)

# The safe set of the policy version judging the object (v1.0 has five, v1.37 fourteen), unless the user chose a list.
allowed := parameters.allowed if pss.user_parameter("sysctls", "allowed", default_parameters.allowed)

else := sort(pss.safe_sysctls_now)

violation contains {"message": msg, "path": path} if {
	some i, sysctl in pss.pod_security_context.sysctls
	name := object.get(sysctl, "name", "")
	not name in allowed
	path := pss.deepest(k8s.pod_path(["securityContext", "sysctls", i]), sysctl, ["name"])
	msg := sprintf("pod must not set sysctl \"%s\": only the safe sysctls are allowed (%s)", [pss.text(name), allowance])
}

allowance := pss.list(allowed) if count(allowed) > 0

else := "none"
