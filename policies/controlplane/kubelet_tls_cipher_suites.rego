# METADATA
# title: The kubelet must not offer weak TLS cipher suites
# description: >-
#   `tlsCipherSuites` selects the TLS 1.2 cipher suites of the kubelet API. Suites in CBC mode are exposed
#   to padding-oracle and timing attacks (Lucky13), RC4 is broken, and RSA key exchange (TLS_RSA_WITH_*)
#   has no forward secrecy; only ECDHE suites with AES-GCM or ChaCha20-Poly1305 are accepted. Kubernetes
#   lists the ECDHE CBC-SHA1 suites as acceptable; this rule, like the CIS benchmark, does not. Not
#   reported when `tlsMinVersion: VersionTLS13`, where these suites are never used.
# custom:
#   id: kubelet-tls-cipher-suites
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Keep only AEAD suites with forward secrecy (TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
#     TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
#     TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
#     TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256), or set `tlsMinVersion: VersionTLS13`.
#   parameters:
#     weakSuites: >-
#       The cipher suites reported (crypto/tls names). The default holds every CBC, RC4 and RSA key
#       exchange suite Kubernetes accepts.
#   references:
#     - https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
#     - https://pkg.go.dev/crypto/tls#InsecureCipherSuites
package kpg.rules.kubelet_tls_cipher_suites

import data.kpg.lib.controlplane as cp
import data.kpg.lib.parameters as params

default_parameters := {"weakSuites": cp.weak_cipher_suites}

parameters := params.merge("kubelet_tls_cipher_suites", default_parameters)

violation contains {"message": msg, "path": ["tlsCipherSuites", i]} if {
	cp.is_kubelet_config
	object.get(input, "tlsMinVersion", "") != "VersionTLS13"
	some i, suite in cp.elements(input, "tlsCipherSuites")
	is_string(suite)
	suite in parameters.weakSuites
	msg := sprintf("tlsCipherSuites[%d] is %s, %s: keep only ECDHE suites with AES-GCM or ChaCha20-Poly1305", [i, suite, weakness(suite)])
}

weakness(suite) := "a weak suite (CBC mode, RC4 or RSA key exchange)" if cp.weak_cipher_suite(suite)

else := "a suite listed as weak (weakSuites)"
