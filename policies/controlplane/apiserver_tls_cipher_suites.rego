# METADATA
# title: kube-apiserver must not offer weak TLS cipher suites
# description: >-
#   `--tls-cipher-suites` selects the TLS 1.2 cipher suites of the API server. Suites in CBC mode are
#   exposed to padding-oracle and timing attacks (Lucky13), RC4 is broken, and RSA key exchange
#   (TLS_RSA_WITH_*) has no forward secrecy; only ECDHE suites with AES-GCM or ChaCha20-Poly1305 are
#   accepted. Kubernetes lists the ECDHE CBC-SHA1 suites as acceptable; this rule, like the CIS benchmark,
#   does not. Not reported when `--tls-min-version=VersionTLS13`, where these suites are never used.
# custom:
#   id: apiserver-tls-cipher-suites
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Keep only AEAD suites with forward secrecy, for example
#     `--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256`,
#     or set `--tls-min-version=VersionTLS13`.
#   parameters:
#     weakSuites: >-
#       The cipher suites reported (crypto/tls names, as the flag takes them). The default holds every
#       CBC, RC4 and RSA key exchange suite Kubernetes accepts.
#   references:
#     - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
#     - https://pkg.go.dev/crypto/tls#InsecureCipherSuites
package kpg.rules.apiserver_tls_cipher_suites

import data.kpg.lib.controlplane as cp
import data.kpg.lib.parameters as params

default_parameters := {"weakSuites": cp.weak_cipher_suites}

parameters := params.merge("apiserver_tls_cipher_suites", default_parameters)

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	not tls13_only(s)
	some f in cp.occurrences(s, "tls-cipher-suites")
	weak := sort({suite | some suite in cp.items(f); suite in parameters.weakSuites})
	count(weak) > 0
	msg := sprintf("%s runs kube-apiserver with weak TLS cipher suites in --tls-cipher-suites (%s): keep only ECDHE suites with AES-GCM or ChaCha20-Poly1305", [s.label, concat(", ", weak)])
}

tls13_only(s) if cp.last(s, "tls-min-version").value == "VersionTLS13"
