package kpg.rules.kubelet_read_only_port_test

import data.kpg.rules.kubelet_read_only_port as rule

config(fields) := object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, fields)

test_fire_10255 if {
	v := rule.violation with input as config({"readOnlyPort": 10255})
	v == {{"message": "readOnlyPort is 10255: the kubelet serves pod and node information there without authentication; set it to 0", "path": ["readOnlyPort"]}}
}

test_dont_fire_zero if {
	count(rule.violation) == 0 with input as config({"readOnlyPort": 0})
}

test_dont_fire_default if {
	count(rule.violation) == 0 with input as config({"port": 10250})
}
