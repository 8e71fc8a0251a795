package kpg.rules.apiserver_node_authorization_test

import data.kpg.rules.apiserver_node_authorization as rule

pod(command) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": command}]}}

test_fire_rbac_only if {
	v := rule.violation with input as pod(["kube-apiserver", "--authorization-mode=RBAC"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with --authorization-mode=RBAC, without Node: kubelets are not limited to the objects of their own node; add Node, as in Node,RBAC", "path": ["spec", "containers", 0, "command", 1]}}
}

test_dont_fire_node_rbac if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--authorization-mode=Node,RBAC"])
}

test_dont_fire_missing_flag if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver"])
}

test_dont_fire_authorization_config if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--authorization-config=/etc/authz.yaml", "--authorization-mode=RBAC"])
}
