package kpg.rules.kubelet_authorization_mode_test

import data.kpg.rules.kubelet_authorization_mode as rule

config(fields) := object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, fields)

test_fire_always_allow if {
	v := rule.violation with input as config({"authorization": {"mode": "AlwaysAllow"}})
	v == {{"message": "authorization.mode is AlwaysAllow: every caller may exec into the node's containers and read their logs; set it to Webhook", "path": ["authorization", "mode"]}}
}

test_dont_fire_webhook if {
	count(rule.violation) == 0 with input as config({"authorization": {"mode": "Webhook"}})
}

test_dont_fire_default if {
	count(rule.violation) == 0 with input as config({})
}
