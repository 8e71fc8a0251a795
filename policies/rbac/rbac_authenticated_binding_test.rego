package kpg.rules.rbac_authenticated_binding_test

import data.kpg.rules.rbac_authenticated_binding as rule

binding(kind, ref, subjects) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "b", "namespace": "ns"}, "roleRef": ref, "subjects": subjects}

edit := {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "edit"}

test_fire_authenticated if {
	v := rule.violation with input as binding("ClusterRoleBinding", edit, [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:authenticated"}])
	v == {{"message": "subjects[0] grants ClusterRole \"edit\" to group system:authenticated: every user and service account with valid credentials gets its permissions; bind it to the subjects that need it", "path": ["subjects", 0, "name"]}}
}

test_fire_all_service_accounts if {
	v := rule.violation with input as binding("RoleBinding", {"kind": "Role", "name": "reader"}, [{"kind": "User", "name": "jane"}, {"kind": "Group", "name": "system:serviceaccounts"}])
	v == {{"message": "subjects[1] grants Role \"reader\" to group system:serviceaccounts: every service account of every namespace (any pod's token) gets its permissions; bind it to the subjects that need it", "path": ["subjects", 1, "name"]}}
}

test_dont_fire_default_discovery if {
	count(rule.violation) == 0 with input as binding("ClusterRoleBinding", {"kind": "ClusterRole", "name": "system:discovery"}, [{"kind": "Group", "name": "system:authenticated"}])
}

test_dont_fire_issuer_discovery if {
	count(rule.violation) == 0 with input as binding("ClusterRoleBinding", {"kind": "ClusterRole", "name": "system:service-account-issuer-discovery"}, [{"kind": "Group", "name": "system:serviceaccounts"}])
}

test_dont_fire_namespace_service_accounts if {
	count(rule.violation) == 0 with input as binding("RoleBinding", edit, [{"kind": "Group", "name": "system:serviceaccounts:ns"}])
}

test_dont_fire_user_named_like_group if {
	count(rule.violation) == 0 with input as binding("RoleBinding", edit, [{"kind": "User", "name": "system:authenticated"}])
}
