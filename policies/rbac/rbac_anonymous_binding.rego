# METADATA
# title: Bindings must not grant roles to unauthenticated users
# description: >-
#   The user `system:anonymous` and the group `system:unauthenticated` are what the API server calls
#   every request without credentials: binding a role to them hands its permissions to anyone who can
#   reach the API server over the network. The RBAC good practices ask to review and remove such
#   bindings. The default binding of `system:public-info-viewer` (version and health endpoints) is not
#   reported.
# custom:
#   id: rbac-anonymous-binding
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Remove the subject and bind the role to authenticated users, groups or service accounts that need it.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#hardening
#     - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
package kpg.rules.rbac_anonymous_binding

import data.kpg.lib.controlplane as cp

anonymous := {{"kind": "User", "name": "system:anonymous"}, {"kind": "Group", "name": "system:unauthenticated"}}

violation contains {"message": msg, "path": ["subjects", i, "name"]} if {
	not default_binding
	some entry in cp.subjects
	s := entry.subject
	i := entry.index
	{"kind": object.get(s, "kind", ""), "name": object.get(s, "name", "")} in anonymous
	msg := sprintf("subjects[%d] grants %s to %s: anyone who can reach the API server gets its permissions without credentials", [i, cp.role_ref_label, cp.subject_label(s)])
}

# The API server's own binding of read-only version and health information to everyone.
default_binding if {
	input.roleRef.kind == "ClusterRole"
	input.roleRef.name == "system:public-info-viewer"
}
