package kpg.rules.apiserver_encryption_provider_test

import data.kpg.rules.apiserver_encryption_provider as rule

pod(container) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"initContainers": [{"name": "init", "command": ["sh"]}], "containers": [container]}}

test_fire_missing if {
	v := rule.violation with input as pod({"name": "kube-apiserver", "command": ["kube-apiserver", "--v=2"]})
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver without --encryption-provider-config: Secrets are stored in etcd unencrypted; configure encryption at rest", "path": ["spec", "containers", 0, "command"]}}
}

test_fire_empty if {
	v := rule.violation with input as pod({"name": "kube-apiserver", "command": ["kube-apiserver", "--encryption-provider-config="]})
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with an empty --encryption-provider-config: Secrets are stored in etcd unencrypted; point it at an EncryptionConfiguration", "path": ["spec", "containers", 0, "command", 1]}}
}

test_fire_missing_image_entrypoint_no_args if {
	v := rule.violation with input as pod({"name": "api", "image": "registry.k8s.io/kube-apiserver:v1.33.0"})
	{x.path | some x in v} == {["spec", "containers", 0]}
}

test_dont_fire_set if {
	count(rule.violation) == 0 with input as pod({"name": "kube-apiserver", "command": ["kube-apiserver", "--encryption-provider-config=/etc/kubernetes/enc/enc.yaml"]})
}

test_dont_fire_separate_value if {
	count(rule.violation) == 0 with input as pod({"name": "kube-apiserver", "command": ["kube-apiserver"], "args": ["--encryption-provider-config", "/etc/kubernetes/enc/enc.yaml"]})
}
