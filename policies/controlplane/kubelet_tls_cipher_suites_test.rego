package kpg.rules.kubelet_tls_cipher_suites_test

import data.kpg.rules.kubelet_tls_cipher_suites as rule

config(fields) := object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, fields)

test_fire_cbc if {
	v := rule.violation with input as config({"tlsCipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"]})
	v == {{"message": "tlsCipherSuites[1] is TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256, a weak suite (CBC mode, RC4 or RSA key exchange): keep only ECDHE suites with AES-GCM or ChaCha20-Poly1305", "path": ["tlsCipherSuites", 1]}}
}

test_fire_each_weak_suite if {
	v := rule.violation with input as config({"tlsMinVersion": "VersionTLS12", "tlsCipherSuites": ["TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_RC4_128_SHA"]})
	{x.path | some x in v} == {["tlsCipherSuites", 0], ["tlsCipherSuites", 2]}
}

test_dont_fire_aead if {
	count(rule.violation) == 0 with input as config({"tlsCipherSuites": ["TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"]})
}

test_dont_fire_tls13 if {
	count(rule.violation) == 0 with input as config({"tlsMinVersion": "VersionTLS13", "tlsCipherSuites": ["TLS_RSA_WITH_AES_128_CBC_SHA"]})
}

# Parameters (data.kpg.parameters.kubelet_tls_cipher_suites).

test_fire_suite_added_to_weak if {
	v := rule.violation with input as config({"tlsCipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]})
		with data.kpg.parameters as {"kubelet_tls_cipher_suites": {"weakSuites": ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]}}
	v == {{"message": "tlsCipherSuites[0] is TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, a suite listed as weak (weakSuites): keep only ECDHE suites with AES-GCM or ChaCha20-Poly1305", "path": ["tlsCipherSuites", 0]}}
}

test_dont_fire_suite_removed_from_weak if {
	count(rule.violation) == 0 with input as config({"tlsCipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]})
		with data.kpg.parameters as {"kubelet_tls_cipher_suites": {"weakSuites": []}}
}

test_fire_default_weak_suites if {
	count(rule.parameters.weakSuites) == 16
	count(rule.violation) == 1 with input as config({"tlsCipherSuites": ["TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"]})
}
