package kpg.rules.kubelet_anonymous_auth_test

import data.kpg.rules.kubelet_anonymous_auth as rule

config(fields) := object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, fields)

test_fire_enabled if {
	v := rule.violation with input as config({"authentication": {"anonymous": {"enabled": true}}})
	v == {{"message": "authentication.anonymous.enabled is true: the kubelet API serves requests without credentials; set it to false", "path": ["authentication", "anonymous", "enabled"]}}
}

test_dont_fire_disabled if {
	count(rule.violation) == 0 with input as config({"authentication": {"anonymous": {"enabled": false}}})
}

test_dont_fire_default if {
	count(rule.violation) == 0 with input as config({"authentication": {"webhook": {"enabled": true}}})
}

test_dont_fire_other_kind if {
	count(rule.violation) == 0 with input as {"apiVersion": "kubeproxy.config.k8s.io/v1alpha1", "kind": "KubeProxyConfiguration", "authentication": {"anonymous": {"enabled": true}}}
}
