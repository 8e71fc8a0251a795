# METADATA
# title: Bindings must not grant cluster-admin
# description: >-
#   `cluster-admin` is the superuser role: a ClusterRoleBinding to it gives its subjects every verb on
#   every resource of the cluster, and a RoleBinding to it gives them everything in the namespace,
#   including its Secrets, Roles and RoleBindings. The RBAC good practices reserve cluster-admin for where
#   it is specifically needed. Bindings whose only subject is the group system:masters (the default
#   binding) are not reported: that group bypasses RBAC anyway.
# custom:
#   id: rbac-cluster-admin-binding
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Bind a narrower role: the default `admin`, `edit` or `view` ClusterRoles with a RoleBinding in one
#     namespace, or a dedicated Role with the verbs and resources the subject needs. Administrators can
#     keep a low-privileged account and impersonate an administrator when needed.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles
package kpg.rules.rbac_cluster_admin_binding

import data.kpg.lib.controlplane as cp

violation contains {"message": message(input.kind), "path": ["roleRef", "name"]} if {
	cp.is_binding
	input.roleRef.kind == "ClusterRole"
	input.roleRef.name == "cluster-admin"
	not only_system_masters
}

only_system_masters if {
	subjects := cp.elements(input, "subjects")
	count(subjects) > 0
	every s in subjects {
		s.kind == "Group"
		s.name == "system:masters"
	}
}

message("ClusterRoleBinding") := "binds ClusterRole cluster-admin cluster-wide: its subjects get every verb on every resource of the cluster; bind a narrower role"

message("RoleBinding") := sprintf("binds ClusterRole cluster-admin in %s: its subjects get every verb on every resource there, including its Secrets, Roles and RoleBindings; bind admin, edit, view or a narrower Role", [namespace])

namespace := sprintf("namespace %s", [input.metadata.namespace]) if is_string(input.metadata.namespace)

else := "its namespace"
