package kpg.rules.rbac_secrets_read_test

import data.kpg.rules.rbac_secrets_read as rule

role(kind, rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "r"}, "rules": rules}

test_fire_get_list_watch if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["configmaps", "secrets"], "verbs": ["get", "list", "watch"]}])
	v == {{"message": "rules[0] grants get, list, watch on Secrets: bound by a ClusterRoleBinding it reads every Secret in the cluster, and list and watch return their full contents", "path": ["rules", 0, "resources", 1]}}
}

test_fire_list_only if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]}, {"apiGroups": [""], "resources": ["secrets"], "verbs": ["list"]}])
	v == {{"message": "rules[1] grants list on Secrets: bound by a ClusterRoleBinding it reads every Secret in the cluster, and list and watch return their full contents", "path": ["rules", 1, "resources", 0]}}
}

test_fire_wildcards if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}])
	v == {{"message": "rules[0] grants get, list, watch on Secrets: bound by a ClusterRoleBinding it reads every Secret in the cluster, and list and watch return their full contents", "path": ["rules", 0, "resources", 0]}}
}

test_dont_fire_role if {
	count(rule.violation) == 0 with input as role("Role", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list"]}])
}

test_dont_fire_resource_names if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["secrets"], "resourceNames": ["app-tls"], "verbs": ["get"]}])
}

test_dont_fire_write_only if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["create", "delete"]}])
}

test_dont_fire_other_group if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": ["external-secrets.io"], "resources": ["secrets", "*"], "verbs": ["get"]}])
}

test_dont_fire_subresource_wildcard if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["*/status"], "verbs": ["get"]}])
}

# Parameters (data.kpg.parameters.rbac_secrets_read).

test_fire_verb_added if {
	# patch returns the whole object, other keys included.
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["patch"]}])
		with data.kpg.parameters as {"rbac_secrets_read": {"verbs": ["get", "list", "watch", "patch"]}}
	v == {{
		"message": "rules[0] grants patch on Secrets: bound by a ClusterRoleBinding it reads every Secret in the cluster, and list and watch return their full contents",
		"path": ["rules", 0, "resources", 0],
	}}
}

test_dont_fire_verb_removed if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get"]}])
		with data.kpg.parameters as {"rbac_secrets_read": {"verbs": ["list", "watch"]}}
}

test_dont_fire_default_ignores_patch if {
	rule.parameters == {"verbs": ["get", "list", "watch"]}
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["patch"]}])
}
