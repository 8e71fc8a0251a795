package kpg.rules.rbac_anonymous_binding_test

import data.kpg.rules.rbac_anonymous_binding as rule

binding(kind, ref, subjects) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "b", "namespace": "ns"}, "roleRef": ref, "subjects": subjects}

view := {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "view"}

test_fire_anonymous_user if {
	v := rule.violation with input as binding("ClusterRoleBinding", view, [{"kind": "ServiceAccount", "name": "x", "namespace": "ns"}, {"kind": "User", "name": "system:anonymous"}])
	v == {{"message": "subjects[1] grants ClusterRole \"view\" to User system:anonymous: anyone who can reach the API server gets its permissions without credentials", "path": ["subjects", 1, "name"]}}
}

test_fire_unauthenticated_group_in_role_binding if {
	v := rule.violation with input as binding("RoleBinding", {"kind": "Role", "name": "reader"}, [{"kind": "Group", "name": "system:unauthenticated"}])
	v == {{"message": "subjects[0] grants Role \"reader\" to Group system:unauthenticated: anyone who can reach the API server gets its permissions without credentials", "path": ["subjects", 0, "name"]}}
}

test_dont_fire_public_info_viewer if {
	count(rule.violation) == 0 with input as binding("ClusterRoleBinding", {"kind": "ClusterRole", "name": "system:public-info-viewer"}, [{"kind": "Group", "name": "system:authenticated"}, {"kind": "Group", "name": "system:unauthenticated"}])
}

test_dont_fire_wrong_kind if {
	count(rule.violation) == 0 with input as binding("ClusterRoleBinding", view, [{"kind": "Group", "name": "system:anonymous"}, {"kind": "User", "name": "system:unauthenticated"}])
}

test_dont_fire_authenticated if {
	count(rule.violation) == 0 with input as binding("ClusterRoleBinding", view, [{"kind": "Group", "name": "system:authenticated"}])
}
