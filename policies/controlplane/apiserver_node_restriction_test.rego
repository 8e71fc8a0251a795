package kpg.rules.apiserver_node_restriction_test

import data.kpg.rules.apiserver_node_restriction as rule

pod(command) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": command}]}}

test_fire_missing if {
	v := rule.violation with input as pod(["kube-apiserver"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver without NodeRestriction in --enable-admission-plugins: kubelets can modify other nodes and their Pods; add it", "path": ["spec", "containers", 0, "command"]}}
}

test_fire_other_plugins if {
	v := rule.violation with input as pod(["kube-apiserver", "--enable-admission-plugins=PodSecurity,EventRateLimit", "--v=2"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 1]}
}

test_fire_disabled if {
	v := rule.violation with input as pod(["kube-apiserver", "--enable-admission-plugins=NodeRestriction", "--disable-admission-plugins=NodeRestriction"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with --disable-admission-plugins=NodeRestriction: kubelets can modify other nodes and their Pods; do not disable NodeRestriction", "path": ["spec", "containers", 0, "command", 2]}}
}

test_dont_fire_enabled if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--enable-admission-plugins=PodSecurity, NodeRestriction"])
}

test_dont_fire_enabled_by_repeated_flag if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--enable-admission-plugins", "NodeRestriction", "--enable-admission-plugins=EventRateLimit"])
}
