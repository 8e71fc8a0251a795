# METADATA
# title: SELinux options
# description: >-
#   A custom SELinux type, user or role can lift the confinement the container_t domain gives.
#   Pod Security Standards (baseline) allow seLinuxOptions.type (pod and containers) to be only
#   container_t, container_init_t, container_kvm_t, container_engine_t (since policy v1.31) or empty, and forbid setting
#   seLinuxOptions.user and seLinuxOptions.role.
# custom:
#   id: selinux
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove `seLinuxOptions.user` and `seLinuxOptions.role`, and leave `seLinuxOptions.type` empty or set it
#     to one of the container types. `level` may be set.
#   parameters:
#     allowedTypes: >-
#       The seLinuxOptions.type values pods and containers may set; an empty or missing type is always
#       allowed.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_seLinuxOptions.go
package kpg.rules.selinux

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params
import data.kpg.lib.pss

default_parameters := {"allowedTypes": sort(pss.selinux_types - {""})}

parameters := params.merge("selinux", default_parameters)

# container_engine_t is allowed since policy v1.31; a list the user chose applies at every version.
allowed := parameters.allowedTypes if pss.user_parameter("selinux", "allowedTypes", default_parameters.allowedTypes)

else := sort(pss.selinux_types_now - {""})

# Every seLinuxOptions in the pod: who sets it (for messages), its value and its path.
options contains {"setter": "pod", "value": o, "path": k8s.pod_path(["securityContext", "seLinuxOptions"])} if {
	o := pss.pod_security_context.seLinuxOptions
	is_object(o)
}

options contains {"setter": c.label, "value": o, "path": k8s.container_path(c, ["securityContext", "seLinuxOptions"])} if {
	some c in k8s.containers
	o := pss.security_context(c).seLinuxOptions
	is_object(o)
}

violation contains {"message": msg, "path": array.concat(o.path, ["type"])} if {
	some o in options
	type := object.get(o.value, "type", "")
	type != ""
	not type in allowed
	msg := sprintf(
		"%s must not set securityContext.seLinuxOptions.type to \"%s\" (allowed: %s)",
		[o.setter, pss.text(type), allowed_types],
	)
}

allowed_types := concat(" or ", [pss.list(allowed), "empty"]) if count(allowed) > 0

else := "empty"

violation contains {"message": msg, "path": array.concat(o.path, [field])} if {
	some o in options
	some field in ["user", "role"]
	value := object.get(o.value, field, "")
	value != ""
	msg := sprintf("%s must not set securityContext.seLinuxOptions.%s (\"%s\"): it must be empty", [o.setter, field, pss.text(value)])
}
