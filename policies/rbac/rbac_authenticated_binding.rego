# METADATA
# title: Bindings must not grant roles to every authenticated user or service account
# description: >-
#   The group `system:authenticated` holds every request with valid credentials (every user, every
#   service account token of every pod, and on some managed clusters any account of the identity
#   provider), and `system:serviceaccounts` every service account in every namespace. A role bound to
#   them is granted to all workloads of the cluster: one compromised pod gets it. The default discovery
#   bindings (`system:basic-user`, `system:discovery`, `system:public-info-viewer`,
#   `system:service-account-issuer-discovery`) are not reported.
# custom:
#   id: rbac-authenticated-binding
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Bind the role to the specific users, groups or service accounts that need it
#     (`system:serviceaccounts:<namespace>` for the service accounts of one namespace).
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles
package kpg.rules.rbac_authenticated_binding

import data.kpg.lib.controlplane as cp

audiences := {
	"system:authenticated": "every user and service account with valid credentials",
	"system:serviceaccounts": "every service account of every namespace (any pod's token)",
}

default_roles := {"system:basic-user", "system:discovery", "system:public-info-viewer", "system:service-account-issuer-discovery"}

violation contains {"message": msg, "path": ["subjects", i, "name"]} if {
	not default_binding
	some entry in cp.subjects
	s := entry.subject
	i := entry.index
	s.kind == "Group"
	audience := audiences[s.name]
	msg := sprintf("subjects[%d] grants %s to group %s: %s gets its permissions; bind it to the subjects that need it", [i, cp.role_ref_label, s.name, audience])
}

default_binding if {
	input.roleRef.kind == "ClusterRole"
	input.roleRef.name in default_roles
}
