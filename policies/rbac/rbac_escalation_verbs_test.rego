package kpg.rules.rbac_escalation_verbs_test

import data.kpg.rules.rbac_escalation_verbs as rule

role(kind, rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "r", "namespace": "ns"}, "rules": rules}

rbac := "rbac.authorization.k8s.io"

test_fire_escalate if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [rbac], "resources": ["clusterroles"], "verbs": ["get", "escalate"]}])
	v == {{"message": "rules[0] grants escalate on clusterroles: escalate lets its holders write roles with permissions they do not have", "path": ["rules", 0, "verbs", 1]}}
}

test_fire_bind_with_resource_names if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [rbac], "resources": ["clusterroles"], "resourceNames": ["admin"], "verbs": ["bind"]}])
	v == {{"message": "rules[0] grants bind on clusterroles: bind lets its holders bind roles with permissions they do not have", "path": ["rules", 0, "verbs", 0]}}
}

test_fire_bind_in_role_on_clusterroles if {
	v := rule.violation with input as role("Role", [{"apiGroups": [rbac], "resources": ["roles", "clusterroles"], "verbs": ["bind"]}])
	v == {{"message": "rules[0] grants bind on clusterroles, roles: bind lets its holders bind roles with permissions they do not have", "path": ["rules", 0, "verbs", 0]}}
}

test_fire_impersonate if {
	v := rule.violation with input as role("ClusterRole", [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": [""], "resources": ["users", "groups", "serviceaccounts"], "verbs": ["impersonate"]},
	])
	v == {{"message": "rules[1] grants impersonate on groups, serviceaccounts, users: impersonate lets its holders act as those identities with all their permissions", "path": ["rules", 1, "verbs", 0]}}
}

test_fire_impersonate_extras_and_uids if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["authentication.k8s.io"], "resources": ["userextras/scopes", "uids"], "verbs": ["impersonate"]}])
	v == {{"message": "rules[0] grants impersonate on uids, userextras/*: impersonate lets its holders act as those identities with all their permissions", "path": ["rules", 0, "verbs", 0]}}
}

test_fire_impersonate_extras_by_subresource_wildcard if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["authentication.k8s.io"], "resources": ["*/scopes"], "verbs": ["impersonate"]}])
	{x.path | some x in v} == {["rules", 0, "verbs", 0]}
}

test_fire_impersonate_serviceaccounts_in_role if {
	v := rule.violation with input as role("Role", [{"apiGroups": [""], "resources": ["users", "serviceaccounts"], "verbs": ["impersonate"]}])
	v == {{"message": "rules[0] grants impersonate on serviceaccounts: impersonate lets its holders act as those identities with all their permissions", "path": ["rules", 0, "verbs", 0]}}
}

test_fire_star_verb_on_rbac if {
	v := rule.violation with input as role("Role", [{"apiGroups": [rbac], "resources": ["*"], "verbs": ["*"]}])
	v == {{"message": "rules[0] grants \"*\", which includes bind (clusterroles, roles), escalate (roles): bind lets its holders bind roles with permissions they do not have; escalate lets its holders write roles with permissions they do not have", "path": ["rules", 0, "verbs", 0]}}
}

test_fire_star_everything if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
	v == {{"message": "rules[0] grants \"*\", which includes bind (clusterroles, roles), escalate (clusterroles, roles), impersonate (groups, serviceaccounts, uids, userextras/*, users): bind lets its holders bind roles with permissions they do not have; escalate lets its holders write roles with permissions they do not have; impersonate lets its holders act as those identities with all their permissions", "path": ["rules", 0, "verbs", 0]}}
}

test_fire_wildcard_group if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["roles"], "verbs": ["escalate"]}])
	{x.path | some x in v} == {["rules", 0, "verbs", 0]}
}

test_dont_fire_escalate_on_other_resources if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["escalate", "bind", "impersonate"]}])
}

test_dont_fire_wrong_group if {
	count(rule.violation) == 0 with input as role("ClusterRole", [
		{"apiGroups": [""], "resources": ["roles", "clusterroles"], "verbs": ["escalate", "bind"]},
		{"apiGroups": [rbac], "resources": ["users"], "verbs": ["impersonate"]},
	])
}

test_dont_fire_role_cluster_scoped_checks if {
	count(rule.violation) == 0 with input as role("Role", [
		{"apiGroups": [rbac], "resources": ["clusterroles"], "verbs": ["escalate"]},
		{"apiGroups": [""], "resources": ["users", "groups"], "verbs": ["impersonate"]},
		{"apiGroups": ["authentication.k8s.io"], "resources": ["uids", "userextras/scopes"], "verbs": ["impersonate"]},
	])
}

test_dont_fire_star_verb_elsewhere if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": ["apps"], "resources": ["*"], "verbs": ["*"]}])
}

test_dont_fire_constrained_impersonation if {
	count(rule.violation) == 0 with input as role("ClusterRole", [
		{"apiGroups": ["authentication.k8s.io"], "resources": ["users"], "resourceNames": ["jane"], "verbs": ["impersonate:user-info"]},
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["impersonate-on:user-info:list"]},
	])
}

test_dont_fire_read_only_rbac if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [rbac], "resources": ["roles", "clusterroles", "rolebindings"], "verbs": ["get", "list", "watch"]}])
}

test_dont_fire_binding if {
	count(rule.violation) == 0 with input as {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "b"}, "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}]}
}

# Parameters (data.kpg.parameters.rbac_escalation_verbs).

test_dont_fire_verb_removed if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["users"], "verbs": ["impersonate"]}])
		with data.kpg.parameters as {"rbac_escalation_verbs": {"verbs": ["escalate", "bind"]}}
}

test_fire_star_lists_only_reported_verbs if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
		with data.kpg.parameters as {"rbac_escalation_verbs": {"verbs": ["bind"]}}
	v == {{
		"message": "rules[0] grants \"*\", which includes bind (clusterroles, roles): bind lets its holders bind roles with permissions they do not have",
		"path": ["rules", 0, "verbs", 0],
	}}
}

test_dont_fire_unknown_verb_ignored if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["create"]}])
		with data.kpg.parameters as {"rbac_escalation_verbs": {"verbs": ["create"]}}
}

test_fire_default_all_three if {
	rule.parameters == {"verbs": ["escalate", "bind", "impersonate"]}
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["users"], "verbs": ["impersonate"]}])
	count(v) == 1
}
