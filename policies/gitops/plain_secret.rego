# METADATA
# title: Secrets must not be committed in plain text
# description: >-
#   A Secret manifest with values in `data` or `stringData` puts the secret in the repository for everyone
#   who can read it, in its history forever: base64 in `data` is an encoding, not encryption. One finding
#   per Secret, on its first plain value (stringData first, then data, keys in sorted order), listing
#   every plain key. Not reported: empty values; values that are not secret by construction (the public
#   `tls.crt` and `ca.crt` of a kubernetes.io/tls Secret, the `ca.crt` and `namespace` the control plane
#   writes into a kubernetes.io/service-account-token Secret); references that something else resolves
#   (`op://` 1Password, `vault:` Bank-Vaults, `ref+` vals, argocd-vault-plugin `<path:...>` or `<name>`,
#   Flux post-build substitution `${VAR}` without a default, `{{...}}` templates filled in later), in
#   `data` also once base64-decoded; values SOPS encrypted (`ENC[...]`), and in a SOPS-encrypted Secret
#   (one with a `sops` block) the values its own settings leave in clear (`unencrypted_suffix`,
#   `encrypted_regex` and the like). A value a chart generates at render time (`randAlphaNum`, `genSignedCert`,
#   `lookup`) is not in the repository: the gate drops the finding when every plain value it lists holds text
#   found in no file of the repository, and points it at the values-file line where a value is committed.
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
#       reported; each must match the whole trimmed value (anchor it with ^ and $), or in `data` the
#       value once base64-decoded. The default covers SOPS, argocd-vault-plugin, Flux substitution,
#       1Password, Bank-Vaults, vals and `{{...}}` templates.
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
		sensitive(field, key, input[field][key])
		not public_key(key)
	]
	count(plain) > 0
	first := plain[0]
	msg := sprintf("plain-text values committed to the repository (%s): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", [concat(", ", [concat(".", [p.field, p.key]) | some p in plain])])
}

sensitive(field, key, value) if {
	is_string(value)
	trim_space(value) != ""
	not encrypted_or_placeholder(trim_space(value))
	not decoded_placeholder(field, value)
	not sops_leaves_plain([field, key])
}

default_parameters := {"placeholders": [
	# SOPS encrypts each value in place: ENC[AES256_GCM,data:...,iv:...,tag:...,type:str].
	`^ENC\[[A-Z0-9_]+,data:.*\]$`,
	# argocd-vault-plugin: <path:vault/path#key> or <key> (with the avp.kubernetes.io/path annotation).
	`^<[^<>\s]+>$`,
	# Flux post-build substitution and envsubst: ${VAR} (a default, ${VAR:=value}, is itself committed).
	`^\$\{[A-Za-z_][A-Za-z0-9_]*\}$`,
	# 1Password secret references (the 1Password operator, `op inject`): op://vault/item/field (names may hold spaces).
	`^op://[^/]+/[^/]+/.+$`,
	# Bank-Vaults' webhook: vault:secret/data/path#key.
	`^vault:\S+$`,
	# vals (helmfile, the vals operator): ref+vault://..., ref+awssecrets://...
	`^ref\+[a-z0-9]+://.+$`,
	# A template another tool fills in (an ApplicationSet, Ansible, External Secrets): {{ .password }}.
	`^\{\{.*\}\}$`,
]}

parameters := params.merge("plain_secret", default_parameters)

# An invalid expression matches nothing (the values it meant stay reported).
encrypted_or_placeholder(value) if {
	some pattern in parameters.placeholders
	regex.is_valid(pattern)
	regex.match(pattern, value)
}

# A placeholder written base64-encoded into `data`, as tools that substitute after decoding expect it.
decoded_placeholder("data", value) if {
	encoded := trim_space(value)
	base64.is_valid(encoded)
	regex.match(ascii_base64, encoded)
	encrypted_or_placeholder(trim_space(base64.decode(encoded)))
}

# The wasm engine stops the whole evaluation on a string that is not UTF-8 (OPA's Go interpreter does not), so only
# base64 of ASCII bytes is decoded, which its characters show: in each group of four, a byte's top bit is bit 5 of
# the first character's value, bit 3 of the second's and bit 1 of the third's.
ascii_base64 := `^([A-Za-f][A-HQ-Xg-nw-z0-3][ABEFIJMNQRUVYZcdghklopstwx014589=][A-Za-z0-9+/=])*$`

public_keys := {
	"kubernetes.io/tls": {"tls.crt", "ca.crt"},
	"kubernetes.io/service-account-token": {"ca.crt", "namespace"},
}

public_key(key) if key in public_keys[object.get(input, "type", "Opaque")]

# SOPS encrypts every value of a file but those its settings (kept in the file's `sops` block) leave in clear,
# deciding on the keys of the value's path (here the field and the key) as sops' Tree.Encrypt does. A plain value
# that SOPS would have encrypted (added after encryption) stays reported.
sops := input.sops if is_object(input.sops)

sops_settings := {name: sops[name] |
	some name in ["unencrypted_suffix", "encrypted_suffix", "unencrypted_regex", "encrypted_regex", "unencrypted_comment_regex", "encrypted_comment_regex"]
	is_string(sops[name])
	sops[name] != ""
}

# Without settings sops uses its default unencrypted suffix.
sops_leaves_plain(path) if {
	sops
	count(sops_settings) == 0
	some key in path
	endswith(key, "_unencrypted")
}

sops_leaves_plain(path) if {
	some key in path
	endswith(key, sops_settings.unencrypted_suffix)
}

sops_leaves_plain(path) if {
	suffix := sops_settings.encrypted_suffix
	every key in path {
		not endswith(key, suffix)
	}
}

sops_leaves_plain(path) if {
	regex.is_valid(sops_settings.unencrypted_regex)
	some key in path
	regex.match(sops_settings.unencrypted_regex, key)
}

sops_leaves_plain(path) if {
	pattern := sops_settings.encrypted_regex
	regex.is_valid(pattern)
	every key in path {
		not regex.match(pattern, key)
	}
}

# Comment-driven settings decide by YAML comments, which the object does not keep: taken at their word.
sops_leaves_plain(_) if sops_settings.unencrypted_comment_regex

sops_leaves_plain(_) if sops_settings.encrypted_comment_regex
