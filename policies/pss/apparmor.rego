# METADATA
# title: AppArmor profile
# description: >-
#   Containers run under the runtime's default AppArmor profile unless told otherwise; Unconfined turns
#   that protection off. Pod Security Standards (baseline) allow securityContext.appArmorProfile.type
#   (pod and containers) to be only RuntimeDefault or Localhost, and the deprecated
#   container.apparmor.security.beta.kubernetes.io/* annotations (which the API server still turns into
#   the field) to be only runtime/default, localhost/<profile> or empty.
# custom:
#   id: apparmor
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Remove the Unconfined profile, or set `securityContext.appArmorProfile.type` to `RuntimeDefault` (or
#     `Localhost` with a profile loaded on the nodes). Prefer the field to the deprecated annotation.
#   parameters:
#     allowedTypes: >-
#       The appArmorProfile types pods and containers may set (RuntimeDefault, Localhost, Unconfined); the
#       annotation values runtime/default, localhost/<profile> and unconfined follow them. Leaving the
#       profile unset is always allowed.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_appArmorProfile.go
package kpg.rules.apparmor

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params
import data.kpg.lib.pss

default_parameters := {"allowedTypes": ["RuntimeDefault", "Localhost"]}

parameters := params.merge("apparmor", default_parameters)

annotation_prefix := "container.apparmor.security.beta.kubernetes.io/"

violation contains {"message": msg, "path": path} if {
	profile := pss.pod_security_context.appArmorProfile
	is_object(profile)
	type := object.get(profile, "type", "")
	not type in parameters.allowedTypes
	path := pss.deepest(k8s.pod_path(["securityContext"]), pss.pod_security_context, ["appArmorProfile", "type"])
	msg := sprintf("pod must not set securityContext.appArmorProfile.type to \"%s\" (allowed: %s)", [pss.text(type), allowed_types])
}

violation contains {"message": msg, "path": path} if {
	some c in k8s.containers
	sc := pss.security_context(c)
	is_object(sc.appArmorProfile)
	type := object.get(sc.appArmorProfile, "type", "")
	not type in parameters.allowedTypes
	path := pss.deepest(k8s.container_path(c, ["securityContext"]), sc, ["appArmorProfile", "type"])
	msg := sprintf("%s must not set securityContext.appArmorProfile.type to \"%s\" (allowed: %s)", [c.label, pss.text(type), allowed_types])
}

violation contains {"message": msg, "path": pss.metadata_path(["annotations", key])} if {
	k8s.pod
	some key, value in pss.annotations
	startswith(key, annotation_prefix)
	not allowed_annotation(value)
	msg := sprintf("annotation %s must not be \"%s\" (allowed: %s)", [key, pss.text(value), allowed_annotations])
}

allowed_types := concat(", ", parameters.allowedTypes) if count(parameters.allowedTypes) > 0

else := "unset only"

# The annotation value of each profile type (the API server turns the annotation into the field).
annotation_values := {"RuntimeDefault": "runtime/default", "Localhost": "localhost/<profile>", "Unconfined": "unconfined"}

allowed_annotations := concat(" or ", [concat(", ", forms), "empty"]) if {
	forms := [annotation_values[type] | some type in parameters.allowedTypes; annotation_values[type]]
	count(forms) > 0
} else := "empty"

allowed_annotation("")

allowed_annotation("runtime/default") if "RuntimeDefault" in parameters.allowedTypes

allowed_annotation("unconfined") if "Unconfined" in parameters.allowedTypes

allowed_annotation(value) if {
	"Localhost" in parameters.allowedTypes
	is_string(value)
	startswith(value, "localhost/")
}
