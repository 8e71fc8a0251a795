package kpg.rules.rbac_wildcard_test

import data.kpg.rules.rbac_wildcard as rule

role(kind, rules) := {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": kind, "metadata": {"name": "r"}, "rules": rules}

test_fire_verbs if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "*"]}])
	v == {{"message": "rules[0].verbs has \"*\": it grants every verb, including escalate, bind, impersonate and verbs added later; list what the subject needs instead", "path": ["rules", 0, "verbs", 1]}}
}

test_fire_resources if {
	v := rule.violation with input as role("Role", [{"apiGroups": ["apps"], "resources": ["*"], "verbs": ["get"]}])
	v == {{"message": "rules[0].resources has \"*\": it covers every resource of the listed API groups, including ones CRDs add later; list what the subject needs instead", "path": ["rules", 0, "resources", 0]}}
}

test_fire_subresource_of_every_resource if {
	v := rule.violation with input as role("Role", [{"apiGroups": ["apps"], "resources": ["deployments", "*/scale"], "verbs": ["update"]}])
	v == {{"message": "rules[0].resources has \"*/scale\": it covers the scale subresource of every resource, including ones CRDs add later; list what the subject needs instead", "path": ["rules", 0, "resources", 1]}}
}

test_fire_api_groups if {
	v := rule.violation with input as role("ClusterRole", [{"apiGroups": ["*"], "resources": ["deployments"], "verbs": ["get"]}])
	v == {{"message": "rules[0].apiGroups has \"*\": it covers every API group, including ones CRDs and aggregated APIs add later; list what the subject needs instead", "path": ["rules", 0, "apiGroups", 0]}}
}

test_fire_all_three_in_second_rule if {
	v := rule.violation with input as role("ClusterRole", [
		{"apiGroups": [""], "resources": ["pods"], "verbs": ["get"]},
		{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]},
	])
	{x.path | some x in v} == {["rules", 1, "apiGroups", 0], ["rules", 1, "resources", 0], ["rules", 1, "verbs", 0]}
}

test_dont_fire_explicit_lists if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"apiGroups": ["", "apps"], "resources": ["pods", "pods/log", "deployments/scale"], "verbs": ["get", "list", "watch"]}])
}

test_dont_fire_non_resource_url_glob if {
	count(rule.violation) == 0 with input as role("ClusterRole", [{"nonResourceURLs": ["/healthz", "/healthz/*"], "verbs": ["get"]}])
}

test_dont_fire_other_kind if {
	count(rule.violation) == 0 with input as {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "rules": [{"verbs": ["*"]}]}
}

test_dont_fire_aggregated_role_without_rules if {
	count(rule.violation) == 0 with input as {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "m"}, "aggregationRule": {"clusterRoleSelectors": [{"matchLabels": {"a": "b"}}]}}
}
