package kpg.rules.rbac_cluster_admin_binding_test

import data.kpg.rules.rbac_cluster_admin_binding as rule

binding(kind, ref, subjects) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "b", "namespace": "team-a"}, "roleRef": ref, "subjects": subjects}

cluster_admin := {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"}

sa := [{"kind": "ServiceAccount", "name": "ci", "namespace": "ci"}]

test_fire_cluster_role_binding if {
	v := rule.violation with input as binding("ClusterRoleBinding", cluster_admin, sa)
	v == {{"message": "binds ClusterRole cluster-admin cluster-wide: its subjects get every verb on every resource of the cluster; bind a narrower role", "path": ["roleRef", "name"]}}
}

test_fire_role_binding if {
	v := rule.violation with input as binding("RoleBinding", cluster_admin, sa)
	v == {{"message": "binds ClusterRole cluster-admin in namespace team-a: its subjects get every verb on every resource there, including its Secrets, Roles and RoleBindings; bind admin, edit, view or a narrower Role", "path": ["roleRef", "name"]}}
}

test_fire_role_binding_namespace_set_at_deploy_time if {
	v := rule.violation with input as {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding", "metadata": {"name": "b"}, "roleRef": cluster_admin, "subjects": sa}
	v == {{"message": "binds ClusterRole cluster-admin in its namespace: its subjects get every verb on every resource there, including its Secrets, Roles and RoleBindings; bind admin, edit, view or a narrower Role", "path": ["roleRef", "name"]}}
}

test_fire_masters_and_others if {
	v := rule.violation with input as binding("ClusterRoleBinding", cluster_admin, array.concat([{"kind": "Group", "name": "system:masters"}], sa))
	{x.path | some x in v} == {["roleRef", "name"]}
}

test_dont_fire_system_masters_only if {
	count(rule.violation) == 0 with input as binding("ClusterRoleBinding", cluster_admin, [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:masters"}])
}

test_dont_fire_admin if {
	count(rule.violation) == 0 with input as binding("RoleBinding", {"kind": "ClusterRole", "name": "admin"}, sa)
}

test_dont_fire_role_named_cluster_admin if {
	count(rule.violation) == 0 with input as binding("RoleBinding", {"kind": "Role", "name": "cluster-admin"}, sa)
}
