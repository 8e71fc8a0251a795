# METADATA
# title: ClusterRoles must not read all Secrets
# description: >-
#   A ClusterRole that grants get, list or watch on Secrets, bound with a ClusterRoleBinding, reads the
#   Secrets of every namespace: service account tokens, registry credentials, TLS keys. `list` and `watch`
#   are as revealing as `get`, because list and watch responses carry the full contents of every
#   Secret. Rules limited by `resourceNames` name specific Secrets and are not reported.
# custom:
#   id: rbac-secrets-read
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Grant Secret access with a namespaced Role (or bind the ClusterRole with a RoleBinding in one
#     namespace), and restrict `get` to the Secrets the subject needs with `resourceNames`.
#   parameters:
#     verbs: >-
#       The verbs that read Secrets; a rule granting any of them (or `*`) is reported.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets
#     - https://kubernetes.io/docs/concepts/security/secrets-good-practices/#least-privilege-secrets
package kpg.rules.rbac_secrets_read

import data.kpg.lib.controlplane as cp
import data.kpg.lib.parameters as params

default_parameters := {"verbs": ["get", "list", "watch"]}

parameters := params.merge("rbac_secrets_read", default_parameters)

violation contains {"message": msg, "path": ["rules", r.index, "resources", j]} if {
	cp.is_role
	input.kind == "ClusterRole"
	some r in cp.role_rules
	count(cp.elements(r.rule, "resourceNames")) == 0
	cp.group_matches(r.rule, "")
	some j, element in cp.elements(r.rule, "resources")
	element in {"secrets", "*"}
	verbs := [v | some v in parameters.verbs; granted(r.rule, v)]
	count(verbs) > 0
	msg := sprintf("rules[%d] grants %s on Secrets: bound by a ClusterRoleBinding it reads every Secret in the cluster, and list and watch return their full contents", [r.index, concat(", ", verbs)])
}

granted(rule, verb) if {
	some v in cp.elements(rule, "verbs")
	v in {"*", verb}
}
