package kpg.rules.apiserver_authorization_mode_test

import data.kpg.rules.apiserver_authorization_mode as rule

pod(command) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": command}]}}

test_fire_missing if {
	v := rule.violation with input as pod(["kube-apiserver", "--anonymous-auth=false"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver without --authorization-mode: it defaults to AlwaysAllow, which authorizes every request; set --authorization-mode=Node,RBAC", "path": ["spec", "containers", 0, "command"]}}
}

test_fire_always_allow if {
	v := rule.violation with input as pod(["kube-apiserver", "--authorization-mode=Node,RBAC,AlwaysAllow"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with --authorization-mode=Node,RBAC,AlwaysAllow: AlwaysAllow authorizes every request no earlier authorizer denies, and RBAC never denies; remove it", "path": ["spec", "containers", 0, "command", 1]}}
}

test_fire_without_rbac if {
	v := rule.violation with input as pod(["kube-apiserver", "--authorization-mode", "Node,Webhook"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with --authorization-mode=Node,Webhook, without RBAC: Roles and bindings are not enforced; use --authorization-mode=Node,RBAC", "path": ["spec", "containers", 0, "command", 2]}}
}

test_fire_always_allow_in_repeated_flag if {
	v := rule.violation with input as pod(["kube-apiserver", "--authorization-mode=RBAC", "--authorization-mode=AlwaysAllow"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 2]}
}

test_fire_flag_without_value if {
	v := rule.violation with input as pod(["kube-apiserver", "--authorization-mode"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with --authorization-mode=, without RBAC: Roles and bindings are not enforced; use --authorization-mode=Node,RBAC", "path": ["spec", "containers", 0, "command", 1]}}
}

test_dont_fire_node_rbac if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--authorization-mode=Node,RBAC"])
}

test_dont_fire_repeated_flag_appends if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--authorization-mode=Node", "--authorization-mode=RBAC"])
}

test_dont_fire_authorization_config if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--authorization-config=/etc/kubernetes/authz.yaml"])
}
