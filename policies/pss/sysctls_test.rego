package kpg.rules.sysctls_test

import data.kpg.rules.sysctls as rule

pod(sysctls) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"securityContext": {"sysctls": sysctls}, "containers": [{"name": "a"}]}}

safe_list := "kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_local_reserved_ports, net.ipv4.ip_unprivileged_port_start, net.ipv4.ping_group_range, net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes, net.ipv4.tcp_keepalive_time, net.ipv4.tcp_notsent_lowat, net.ipv4.tcp_rmem, net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_syncookies, net.ipv4.tcp_wmem"

test_fire_unsafe_sysctl if {
	v := rule.violation with input as pod([{"name": "net.ipv4.tcp_syncookies", "value": "1"}, {"name": "kernel.msgmax", "value": "65536"}])
	v == {{
		"message": sprintf("pod must not set sysctl \"kernel.msgmax\": only the safe sysctls are allowed (%s)", [safe_list]),
		"path": ["spec", "securityContext", "sysctls", 1, "name"],
	}}
}

test_fire_net_core_in_deployment if {
	obj := {"kind": "Deployment", "spec": {"template": {"spec": {"securityContext": {"sysctls": [{"name": "net.core.somaxconn", "value": "1024"}]}, "containers": [{"name": "a"}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "securityContext", "sysctls", 0, "name"]}
}

test_fire_slash_spelling_and_missing_name if {
	# PSA compares the name as written; an entry without a name is an empty, unsafe name.
	v := rule.violation with input as pod([{"name": "net/ipv4/tcp_syncookies", "value": "1"}, {"value": "1"}])
	{x.path | some x in v} == {["spec", "securityContext", "sysctls", 0, "name"], ["spec", "securityContext", "sysctls", 1]}
}

test_dont_fire_safe_set_of_v1_37 if {
	names := [
		"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
		"net.ipv4.ip_unprivileged_port_start", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time",
		"net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem",
		"net.ipv4.tcp_wmem", "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat",
	]
	count(rule.violation) == 0 with input as pod([{"name": n, "value": "1"} | some n in names])
}

test_dont_fire_container_level_field_is_not_a_sysctl if {
	# Sysctls exist only at pod level; PSA looks nowhere else.
	count(rule.violation) == 0 with input as {"kind": "Pod", "spec": {"containers": [{"name": "a", "securityContext": {"sysctls": [{"name": "kernel.msgmax"}]}}]}}
}

# Parameters (data.kpg.parameters.sysctls).

test_dont_fire_sysctl_added_to_allowed if {
	count(rule.violation) == 0 with input as pod([{"name": "net.core.somaxconn", "value": "1024"}])
		with data.kpg.parameters as {"sysctls": {"allowed": ["net.core.somaxconn"]}}
}

test_fire_safe_sysctl_removed_from_allowed if {
	v := rule.violation with input as pod([{"name": "kernel.shm_rmid_forced", "value": "1"}])
		with data.kpg.parameters as {"sysctls": {"allowed": ["net.ipv4.tcp_syncookies"]}}
	v == {{
		"message": "pod must not set sysctl \"kernel.shm_rmid_forced\": only the safe sysctls are allowed (net.ipv4.tcp_syncookies)",
		"path": ["spec", "securityContext", "sysctls", 0, "name"],
	}}
}

test_fire_allowed_empty if {
	v := rule.violation with input as pod([{"name": "kernel.shm_rmid_forced", "value": "1"}]) with data.kpg.parameters as {"sysctls": {"allowed": []}}
	{x.message | some x in v} == {"pod must not set sysctl \"kernel.shm_rmid_forced\": only the safe sysctls are allowed (none)"}
}

test_dont_fire_defaults_are_the_safe_set if {
	concat(", ", rule.parameters.allowed) == safe_list
}

# Policy versions: v1.0 allows five sysctls; ip_local_reserved_ports came in v1.27, tcp_rmem in v1.32.
test_fire_sysctl_newer_than_the_policy_version if {
	v := rule.violation with input as pod([{"name": "net.ipv4.ip_local_reserved_ports", "value": "1"}, {"name": "net.ipv4.tcp_rmem", "value": "1"}])
		with data.kpg.pss_version as 27
	v == {{
		"message": "pod must not set sysctl \"net.ipv4.tcp_rmem\": only the safe sysctls are allowed (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_local_reserved_ports, net.ipv4.ip_unprivileged_port_start, net.ipv4.ping_group_range, net.ipv4.tcp_syncookies)",
		"path": ["spec", "securityContext", "sysctls", 1, "name"],
	}}
}

test_fire_namespace_version_over_the_default if {
	obj := object.union(pod([{"name": "net.ipv4.ip_local_reserved_ports", "value": "1"}]), {"metadata": {"namespace": "legacy"}})
	count(rule.violation) == 1 with input as obj with data.kpg.pss_version as 37 with data.kpg.pss_namespace_versions as {"legacy": 26}
}

test_dont_fire_sysctl_at_the_version_that_added_it if {
	count(rule.violation) == 0 with input as pod([{"name": "net.ipv4.ip_local_reserved_ports", "value": "1"}]) with data.kpg.pss_version as 27
}

test_dont_fire_version_newer_than_known_is_latest if {
	count(rule.violation) == 0 with input as pod([{"name": "net.ipv4.tcp_notsent_lowat", "value": "1"}]) with data.kpg.pss_version as 99
}

test_dont_fire_user_list_applies_at_every_version if {
	count(rule.violation) == 0 with input as pod([{"name": "net.ipv4.tcp_rmem", "value": "1"}])
		with data.kpg.pss_version as 0
		with data.kpg.parameters as {"sysctls": {"allowed": ["net.ipv4.tcp_rmem"]}}
}
