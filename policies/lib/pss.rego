# Shared facts for the Pod Security Standards rules: the policy version that judges the object, pod switches
# PSA keys on, allowed values, safe paths. Values follow k8s.io/pod-security-admission/policy, version by version.
package kpg.lib.pss

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params

# The newest policy version these rules know (v1.37): what `latest` means.
latest := 37

# The minor version of the Pod Security policy (v1.<version>) that judges this object, as the engine passes it:
# data.kpg.pss_namespace_versions[<namespace>] (the namespace's pod-security.kubernetes.io/enforce-version label),
# else data.kpg.pss_version (the pss-version setting), else latest. A version newer than latest is latest, as
# Pod Security Admission evaluates a newer version with the newest checks it has.
version := min([v, latest]) if {
	v := data.kpg.pss_namespace_versions[namespace]
	valid_version(v)
} else := min([v, latest]) if {
	v := data.kpg.pss_version
	valid_version(v)
} else := latest

valid_version(v) if {
	is_number(v)
	v >= 0
}

# The namespace the object lands in as rendered (none means "default"), as admission sees it.
namespace := ns if {
	ns := input.metadata.namespace
	is_string(ns)
	ns != ""
} else := "default"

# spec.hostUsers: false puts the pod in a user namespace. Since policy v1.35 PSA skips runAsNonRoot,
# runAsUser and the baseline procMount check for such pods, unconditionally (the
# UserNamespacesPodSecurityStandards feature gate that used to guard this was removed in v1.35); older policy
# versions judge them as any other pod.
user_namespace if {
	k8s.pod.spec.hostUsers == false
	version >= 35
}

# spec.os.name: windows. Since policy v1.25 the restricted seccomp, capabilities and
# allowPrivilegeEscalation checks admit these pods (the API rejects those Linux fields on them).
windows if {
	k8s.pod.spec.os.name == "windows"
	version >= 25
}

# check_capabilities_baseline.go, capabilities_allowed_1_0 (unchanged since).
baseline_capabilities := {
	"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
}

# check_sysctls.go: the v1.0 set plus the v1.27, v1.29, v1.32 and v1.37 additions, by the version that added them.
sysctls_added := {
	0: {
		"kernel.shm_rmid_forced",
		"net.ipv4.ip_local_port_range",
		"net.ipv4.tcp_syncookies",
		"net.ipv4.ping_group_range",
		"net.ipv4.ip_unprivileged_port_start",
	},
	27: {"net.ipv4.ip_local_reserved_ports"},
	29: {
		"net.ipv4.tcp_keepalive_time",
		"net.ipv4.tcp_fin_timeout",
		"net.ipv4.tcp_keepalive_intvl",
		"net.ipv4.tcp_keepalive_probes",
	},
	32: {"net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"},
	37: {"net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"},
}

# The safe sysctls at the newest version, and at the version judging the object.
safe_sysctls := {name | some names in sysctls_added; some name in names}

safe_sysctls_now := {name | some since, names in sysctls_added; since <= version; some name in names}

# check_seLinuxOptions.go, selinuxAllowedTypes1_31 ("" is a missing type); container_engine_t since v1.31.
selinux_types := {"", "container_t", "container_init_t", "container_kvm_t", "container_engine_t"}

selinux_types_now := selinux_types if version >= 31

else := selinux_types - {"container_engine_t"}

# Whether the user set rule parameter `key` of rule package `name` to a value of the right type: a rule whose
# default follows the policy version keeps the version's value unless the user chose one.
user_parameter(name, key, fallback) if params.valid(data.kpg.parameters[name][key], fallback, "string")

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
