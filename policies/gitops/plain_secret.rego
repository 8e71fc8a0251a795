# METADATA
# title: Secrets must not be committed in plain text
# description: >-
#   A Secret manifest with values in `data` or `stringData` puts the secret in the repository for everyone
#   who can read it, in its history forever: base64 in `data` is an encoding, not encryption. One finding
#   per Secret, on its first plain value (stringData first, then data, keys in sorted order), listing
#   every plain key. Not reported: empty values; values that are not secret by construction (the public
#   `tls.crt` and `ca.crt` of a kubernetes.io/tls Secret, the `ca.crt` and `namespace` the control plane
#   writes into a kubernetes.io/service-account-token Secret); values encrypted by SOPS (`ENC[...]`);
#   placeholders a GitOps tool fills in at deploy time (argocd-vault-plugin `<path:...>` or `<name>`,
#   Flux post-build substitution `${VAR}` without a default).
# custom:
#   id: plain-secret
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Rotate the exposed values, then commit an encrypted form instead: a SealedSecret (Sealed Secrets),
#     an ExternalSecret that fetches the value from a secret store (External Secrets Operator), or a
#     Secret encrypted with SOPS (decrypted by Flux, KSOPS or helm-secrets).
#   parameters:
#     placeholders: >-
#       Regular expressions (RE2) for values that are encrypted or filled in at deploy time and so not
#       reported; each must match the whole trimmed value (anchor it with ^ and $). The default covers
#       SOPS, argocd-vault-plugin and Flux substitution.
#   references:
#     - https://kubernetes.io/docs/concepts/security/secrets-good-practices/#avoid-committing-secrets-to-version-control
#     - https://kubernetes.io/docs/concepts/configuration/secret/#service-account-token-secrets
#     - https://github.com/bitnami-labs/sealed-secrets
#     - https://external-secrets.io/
#     - https://github.com/getsops/sops
package kpg.rules.plain_secret

import data.kpg.lib.parameters as params

violation contains {"message": msg, "path": [first.field, first.key]} if {
	input.apiVersion == "v1"
	input.kind == "Secret"
	plain := [{"field": field, "key": key} |
		some field in ["stringData", "data"]
		some key in sort({k | some k, _ in object.get(input, field, {})})
		sensitive(input[field][key])
		not public_key(key)
	]
	count(plain) > 0
	first := plain[0]
	msg := sprintf("plain-text values committed to the repository (%s): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", [concat(", ", [concat(".", [p.field, p.key]) | some p in plain])])
}

sensitive(value) if {
	is_string(value)
	trim_space(value) != ""
	not encrypted_or_placeholder(trim_space(value))
}

default_parameters := {"placeholders": [
	# SOPS encrypts each value in place: ENC[AES256_GCM,data:...,iv:...,tag:...,type:str].
	`^ENC\[[A-Z0-9_]+,data:.*\]$`,
	# argocd-vault-plugin: <path:vault/path#key> or <key> (with the avp.kubernetes.io/path annotation).
	`^<[^<>\s]+>$`,
	# Flux post-build substitution and envsubst: ${VAR} (a default, ${VAR:=value}, is itself committed).
	`^\$\{[A-Za-z_][A-Za-z0-9_]*\}$`,
]}

parameters := params.merge("plain_secret", default_parameters)

# An invalid expression matches nothing (the values it meant stay reported).
encrypted_or_placeholder(value) if {
	some pattern in parameters.placeholders
	regex.is_valid(pattern)
	regex.match(pattern, value)
}

public_keys := {
	"kubernetes.io/tls": {"tls.crt", "ca.crt"},
	"kubernetes.io/service-account-token": {"ca.crt", "namespace"},
}

public_key(key) if key in public_keys[object.get(input, "type", "Opaque")]
