# Shared facts for the Pod Security Standards rules: pod switches PSA keys on, allowed values, safe paths.
# Values follow k8s.io/pod-security-admission/policy at the newest policy version (v1.37).
package kpg.lib.pss

import data.kpg.lib.kubernetes as k8s

# spec.hostUsers: false puts the pod in a user namespace. Since policy v1.35 PSA skips runAsNonRoot,
# runAsUser and the baseline procMount check for such pods, unconditionally (the
# UserNamespacesPodSecurityStandards feature gate that used to guard this was removed in v1.35).
user_namespace if k8s.pod.spec.hostUsers == false

# spec.os.name: windows. Since policy v1.25 the restricted seccomp, capabilities and
# allowPrivilegeEscalation checks admit these pods (the API rejects those Linux fields on them).
windows if k8s.pod.spec.os.name == "windows"

# check_capabilities_baseline.go, capabilities_allowed_1_0 (unchanged since).
baseline_capabilities := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

# check_sysctls.go: the v1.0 set plus the v1.27, v1.29, v1.32 and v1.37 additions.
safe_sysctls := {
	"kernel.shm_rmid_forced",
	"net.ipv4.ip_local_port_range",
	"net.ipv4.tcp_syncookies",
	"net.ipv4.ping_group_range",
	"net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time",
	"net.ipv4.tcp_fin_timeout",
	"net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes",
	"net.ipv4.tcp_rmem",
	"net.ipv4.tcp_wmem",
	"net.ipv4.tcp_slow_start_after_idle",
	"net.ipv4.tcp_notsent_lowat",
}

# check_seLinuxOptions.go, selinuxAllowedTypes1_31 ("" is a missing type).
selinux_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

# The pod's metadata path (annotations live there): ["metadata"] for a Pod, [..., "template", "metadata"] otherwise.
metadata_path(rest) := array.concat(array.concat(array.slice(k8s.pod.path, 0, count(k8s.pod.path) - 1), ["metadata"]), rest)

# The pod annotations, or an empty object.
annotations := a if {
	a := k8s.pod.metadata.annotations
	is_object(a)
} else := {}

# The pod-level securityContext, or an empty object (also when it is null).
pod_security_context := sc if {
	sc := k8s.pod.spec.securityContext
	is_object(sc)
} else := {}

# A container's securityContext, or an empty object.
security_context(c) := sc if {
	sc := c.container.securityContext
	is_object(sc)
} else := {}

# A value that is set: present and not null, as a Go pointer field would be non-nil.
set(obj, key) if {
	is_object(obj)
	object.get(obj, key, null) != null
}

# Path of the deepest existing element of [k1, k2, ...] below `base` in `obj`: the field itself when it is
# set, else its closest existing parent. Keys are at most three deep here, so the prefixes are spelled out.
deepest(base, obj, [k1]) := array.concat(base, [k1]) if set(obj, k1)

else := base

deepest(base, obj, [k1, k2]) := array.concat(base, [k1, k2]) if {
	set(obj, k1)
	set(obj[k1], k2)
} else := array.concat(base, [k1]) if set(obj, k1)

else := base

deepest(base, obj, [k1, k2, k3]) := array.concat(base, [k1, k2, k3]) if {
	set(obj, k1)
	set(obj[k1], k2)
	set(obj[k1][k2], k3)
} else := array.concat(base, [k1, k2]) if {
	set(obj, k1)
	set(obj[k1], k2)
} else := array.concat(base, [k1]) if set(obj, k1)

else := base

# Text of a value for messages (sprintf may only take strings and numbers).
text(v) := v if is_string(v)

else := json.marshal(v)

# Comma-separated, sorted members of a set of strings.
list(items) := concat(", ", sort(items))

# A volume for messages: `volume "data"`.
volume_label(volume, i) := sprintf("volume \"%s\"", [volume.name]) if is_string(volume.name)

else := sprintf("volume #%d", [i])
