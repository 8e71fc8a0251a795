# METADATA
# title: Seccomp profile not Unconfined
# description: >-
#   Seccomp filters the system calls a container may make; Unconfined turns the filter off. Pod
#   Security Standards (baseline) allow securityContext.seccompProfile.type (pod and containers) to be
#   only RuntimeDefault, Localhost or unset (policy v1.19 and later). Policy versions before v1.19 check the
#   alpha annotations instead (seccomp.security.alpha.kubernetes.io/pod and
#   container.seccomp.security.alpha.kubernetes.io/<container>: runtime/default, docker/default,
#   localhost/<profile> or unset), and not the field.
# custom:
#   id: seccomp-baseline
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Set `securityContext.seccompProfile.type` to `RuntimeDefault` (or `Localhost` with a profile on the
#     nodes), or remove the Unconfined profile.
#   parameters:
#     allowedTypes: >-
#       The seccompProfile types pods and containers may set (RuntimeDefault, Localhost, Unconfined).
#       Leaving the profile unset is allowed here; seccomp-restricted requires one.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_seccompProfile_baseline.go
package kpg.rules.seccomp_baseline

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params
import data.kpg.lib.pss

default_parameters := {"allowedTypes": ["RuntimeDefault", "Localhost"]}

parameters := params.merge("seccomp_baseline", default_parameters)

violation contains {"message": msg, "path": path} if {
	pss.version >= 19
	profile := pss.pod_security_context.seccompProfile
	is_object(profile)
	type := object.get(profile, "type", "")
	not type in parameters.allowedTypes
	path := pss.deepest(k8s.pod_path(["securityContext"]), pss.pod_security_context, ["seccompProfile", "type"])
	msg := sprintf("pod must not set securityContext.seccompProfile.type to \"%s\" (allowed: %s)", [pss.text(type), allowed_types])
}

violation contains {"message": msg, "path": path} if {
	pss.version >= 19
	some c in k8s.containers
	sc := pss.security_context(c)
	is_object(sc.seccompProfile)
	type := object.get(sc.seccompProfile, "type", "")
	not type in parameters.allowedTypes
	path := pss.deepest(k8s.container_path(c, ["securityContext"]), sc, ["seccompProfile", "type"])
	msg := sprintf("%s must not set securityContext.seccompProfile.type to \"%s\" (allowed: %s)", [c.label, pss.text(type), allowed_types])
}

allowed_types := concat(", ", parameters.allowedTypes) if count(parameters.allowedTypes) > 0

else := "unset only"

# Before v1.19 (seccompProfileBaseline_1_0): the pod annotation and one annotation per container name.
annotation_pod := "seccomp.security.alpha.kubernetes.io/pod"

annotation_container_prefix := "container.seccomp.security.alpha.kubernetes.io/"

violation contains {"message": msg, "path": pss.metadata_path(["annotations", annotation_pod])} if {
	pss.version < 19
	value := pss.annotations[annotation_pod]
	not allowed_annotation(value)
	msg := sprintf("annotation %s must not be \"%s\" (allowed: %s)", [annotation_pod, pss.text(value), allowed_annotations])
}

violation contains {"message": msg, "path": pss.metadata_path(["annotations", key])} if {
	pss.version < 19
	some c in k8s.containers
	key := concat("", [annotation_container_prefix, pss.text(object.get(c.container, "name", ""))])
	value := pss.annotations[key]
	not allowed_annotation(value)
	msg := sprintf("annotation %s must not be \"%s\" (allowed: %s)", [key, pss.text(value), allowed_annotations])
}

allowed_annotations := "runtime/default, docker/default, localhost/<profile> or unset"

allowed_annotation(value) if value in {"runtime/default", "docker/default"}

allowed_annotation(value) if {
	is_string(value)
	startswith(value, "localhost/")
}

allowed_annotation("unconfined") if "Unconfined" in parameters.allowedTypes
