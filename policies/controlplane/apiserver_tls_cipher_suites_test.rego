package kpg.rules.apiserver_tls_cipher_suites_test

import data.kpg.rules.apiserver_tls_cipher_suites as rule

pod(command) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system"}, "spec": {"containers": [{"name": "kube-apiserver", "command": command}]}}

test_fire_cbc if {
	v := rule.violation with input as pod(["kube-apiserver", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,TLS_RSA_WITH_AES_256_GCM_SHA384"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with weak TLS cipher suites in --tls-cipher-suites (TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_AES_256_GCM_SHA384): keep only ECDHE suites with AES-GCM or ChaCha20-Poly1305", "path": ["spec", "containers", 0, "command", 1]}}
}

test_fire_rc4_separate_value if {
	v := rule.violation with input as pod(["kube-apiserver", "--tls-cipher-suites", "TLS_ECDHE_RSA_WITH_RC4_128_SHA"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 2]}
}

test_fire_tls12_minimum if {
	v := rule.violation with input as pod(["kube-apiserver", "--tls-min-version=VersionTLS12", "--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 2]}
}

test_dont_fire_aead if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,TLS_AES_128_GCM_SHA256"])
}

test_dont_fire_unset if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver"])
}

test_dont_fire_tls13_only if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--tls-cipher-suites=TLS_RSA_WITH_AES_128_CBC_SHA", "--tls-min-version=VersionTLS13"])
}

# Parameters (data.kpg.parameters.apiserver_tls_cipher_suites).

test_fire_suite_added_to_weak if {
	v := rule.violation with input as pod(["kube-apiserver", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"])
		with data.kpg.parameters as {"apiserver_tls_cipher_suites": {"weakSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]}}
	{x.path | some x in v} == {["spec", "containers", 0, "command", 1]}
}

test_dont_fire_suite_removed_from_weak if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"])
		with data.kpg.parameters as {"apiserver_tls_cipher_suites": {"weakSuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"]}}
}

test_fire_default_weak_suites if {
	count(rule.parameters.weakSuites) == 16
	count(rule.violation) == 1 with input as pod(["kube-apiserver", "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"])
}
