# METADATA
# title: RBAC rules must not use wildcards
# description: >-
#   A `*` in a Role or ClusterRole rule's verbs, resources or apiGroups grants every value, including
#   verbs, resources and API groups added later by CustomResourceDefinitions and aggregated APIs, so the
#   role silently grows with the cluster. A `*/subresource` resource does the same for that subresource
#   of every resource. The RBAC good practices ask to avoid wildcards, especially over all resources.
# custom:
#   id: rbac-wildcard
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     List the verbs, resources and API groups the subject needs, for example
#     `verbs: [get, list, watch]`, `resources: [pods]`, `apiGroups: [""]`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources
package kpg.rules.rbac_wildcard

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": ["rules", r.index, field, j]} if {
	some r in cp.role_rules
	some field in ["verbs", "resources", "apiGroups"]
	some j, value in cp.elements(r.rule, field)
	is_string(value)
	wildcard(field, value)
	msg := sprintf("rules[%d].%s has \"%s\": %s; list what the subject needs instead", [r.index, field, value, meaning(field, value)])
}

wildcard(_, "*")

wildcard("resources", value) if startswith(value, "*/")

meaning("verbs", _) := "it grants every verb, including escalate, bind, impersonate and verbs added later"

meaning("resources", "*") := "it covers every resource of the listed API groups, including ones CRDs add later"

meaning("resources", value) := sprintf("it covers the %s subresource of every resource, including ones CRDs add later", [trim_prefix(value, "*/")]) if value != "*"

meaning("apiGroups", _) := "it covers every API group, including ones CRDs and aggregated APIs add later"
