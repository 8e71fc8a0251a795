# METADATA
# title: Secrets must not be committed in plain text
# description: >-
#   A Secret manifest with values in `data` or `stringData` puts the secret in the repository for everyone
#   who can read it, in its history forever: base64 in `data` is an encoding, not encryption. A Secret is
#   reported only when a credential is committed: one finding per Secret, on its first plain credential
#   (stringData first, then data, keys in sorted order), listing every plain credential and, `beside` them,
#   the identifiers that go with them. Identifiers (keys named like a user name, login, database, host or port:
#   `username`, `MYSQL_USER`, `POSTGRES_DB`, `dbHost`) are no secret alone: a Secret holding only those (`username:
#   root` beside an empty password) is not reported. A configuration file kept whole in a Secret (a key ending
#   in .yaml, .yml, .json, .conf, .cnf, .ini, .toml, .properties, .cfg, .tmpl or .tpl, charts do so because users
#   may add credentials to it) is reported only when a line inside it gives a credential-looking key (password,
#   pass, token, secret, apiKey, credentials, private_key, bearer, client_secret, access/secret key, auth,
#   authorization) a value that is not empty, an environment reference (`$VAR`, `${VAR}`, `$__env{VAR}`) or a
#   placeholder, or holds a URL that carries a credential; it is listed with that key (`stringData.agent.yaml[password]`)
#   and the gate points at the line that sets it. A value that is a lone URL of a network service is reported
#   only when it carries a credential: a password in its userinfo (`postgres://app:pw@db`), a query parameter
#   named like one (`?api_key=`), or a long token in its path (Slack, Discord, Teams webhooks). Not reported
#   either: empty values; values that are not secret by construction (the public `tls.crt` and `ca.crt` of a
#   kubernetes.io/tls Secret, the `ca.crt` and `namespace` the control plane writes into a
#   kubernetes.io/service-account-token Secret); references that something else resolves (`op://` 1Password,
#   `vault:` Bank-Vaults, `ref+` vals, argocd-vault-plugin `<path:...>` or `<name>`, Flux post-build
#   substitution `${VAR}` without a default, `{{...}}` templates filled in later), in `data` also once
#   base64-decoded; values SOPS encrypted (`ENC[...]`), and in a SOPS-encrypted Secret (one with a `sops` block)
#   the values its own settings leave in clear (`unencrypted_suffix`, `encrypted_regex` and the like). The gate
#   then holds each credential against the repository's text: a value a chart generates at render time
#   (`randAlphaNum`, `genSignedCert`, `lookup`) is not in the repository, and a value only a chart-testing values
#   file commits (`<chart>/ci/*-values.yaml`, which `ct install` deploys into a throw-away cluster) is a test
#   fixture; such values are dropped from the finding, and the finding with them when no credential is left.
#   A value that a file which deploys also sets (the chart's values.yaml, a deployer's values file) stays reported,
#   at the line of that file.
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
	plain := [entry(field, key) |
		some field in ["stringData", "data"]
		some key in sort({k | some k, _ in object.get(input, field, {})})
		sensitive(field, key, input[field][key])
		not public_key(key)
	]
	credentials := [p | some p in plain; not identifier(p.key)]
	count(credentials) > 0
	first := credentials[0]
	msg := sprintf("plain-text values committed to the repository (%s%s): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", [listed(credentials), beside([p | some p in plain; identifier(p.key)])])
}

listed(entries) := concat(", ", [name(p) | some p in entries])

# A configuration file's entry names the first key inside it that holds a credential (`stringData.agent.yaml[password]`):
# the reader knows what to look for, and the gate points at that line (src/secrets/trace.ts).
name(p) := sprintf("%s.%s[%s]", [p.field, p.key, p.inner]) if p.inner

else := sprintf("%s.%s", [p.field, p.key])

entry(field, key) := {"field": field, "key": key, "inner": inner} if {
	config_file(key)
	inner := config_credentials(text(field, input[field][key]))[0]
} else := {"field": field, "key": key}

# The identifiers that accompany the credentials, named after them ("beside") so that a reader (and the gate's
# provenance check, src/secrets/provenance.ts) tells them apart.
beside(identifiers) := "" if count(identifiers) == 0

else := sprintf(", beside %s", [listed(identifiers)])

sensitive(field, key, value) if {
	is_string(value)
	trim_space(value) != ""
	not encrypted_or_placeholder(trim_space(value))
	not decoded_placeholder(field, value)
	not sops_leaves_plain([field, key])
	not holds_no_credential(field, key, value)
}

# Apart from sensitive(): OPA evaluates a call's arguments outside a `not`, so `not without_credential(key, text(...))`
# would fail, not succeed, when the value does not decode.
holds_no_credential(field, key, value) if without_credential(key, text(field, value))

# A user name, database name, host or port names what a credential opens, and opens nothing alone (`username: root`
# beside an empty password is MySQL's well-known user name): reported only beside a credential.
identifier(key) if regex.match(`(?i)(^|[-_.])(user|user[-_]?name|login|database|db|db[-_]?name|database[-_]?name|host|host[-_]?name|port|schema)$`, key)

identifier(key) if regex.match(`[a-z0-9](User|Username|UserName|Login|Database|Db|DB|DbName|DBName|DatabaseName|Host|Hostname|HostName|Port|Schema)$`, key)

# The value as text: stringData as it is, data once base64-decoded (ASCII only, see ascii_base64). Undefined for data
# that does not decode to ASCII text: such a value is judged as it is, and stays reported.
text("stringData", value) := value

text("data", value) := base64.decode(encoded) if {
	encoded := trim_space(value)
	base64.is_valid(encoded)
	regex.match(ascii_base64, encoded)
}

# A configuration file kept whole in a Secret (charts do so because users may add credentials to it) holds a secret
# only when a credential-looking key inside it has a value, or a URL in it carries one; a lone URL is no credential
# unless it carries one either.
without_credential(key, value) if {
	config_file(key)
	not config_credential(value)
}

without_credential(_, value) if {
	regex.match(network_url, trim_space(value))
	not url_credential(trim_space(value))
}

# URLs of network services (not references such as `op://` that name a secret kept elsewhere: those are decided by
# the placeholders, and a lookalike stays reported).
network_url := `^(?i)(https?|wss?|grpcs?|tcp|udp|mongodb(\+srv)?|postgres(ql)?|mysql|mariadb|redis|rediss|amqps?|nats|kafka|ldaps?|smtps?|s3|gs|ftps?|sftp|ssh|git|jdbc:[a-z]+)://\S+$`

config_file(key) if regex.match(`(?i)\.(ya?ml|json|conf|cnf|ini|toml|properties|cfg|tmpl|tpl)$`, key)

# Line by line, whatever the format (YAML, JSON even on one line, INI, TOML, properties): every `key: value`,
# `"key": "value"` or `key = value` outside comments (a value that opens a mapping or list is judged by its own
# lines), and every URL. The keys that hold a credential, in line order.
config_credentials(value) := [name |
	some line in split(value, "\n")
	not regex.match(`^\s*(#|;|//)`, line)
	some name in array.concat(entry_credentials(line), url_credentials(line))
]

config_credential(value) if count(config_credentials(value)) > 0

entry_credentials(line) := [match[1] |
	some match in regex.find_all_string_submatch_n(config_entry, line, -1)
	credential_key(match[1])
	inner := trim(match[2], `"'`)
	inner != ""
	not config_placeholder(inner)
]

# A URL's credential is named by the line's key (`url`, `endpoint`), else `url`.
url_credentials(line) := [line_key(line) |
	some url in regex.find_all_string_submatch_n(`[a-zA-Z][a-zA-Z0-9+.-]*://[^\s"'<>]+`, line, -1)
	url_credential(url[0])
]

line_key(line) := matches[0][1] if {
	matches := regex.find_all_string_submatch_n(config_entry, line, 1)
	count(matches) > 0
} else := "url"

config_entry := `["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*("[^"]*"|'[^']*'|[^\s,{}\[\]"']([^\s,{}\]]|\{[^}\s]*\})*)?`

credential_key(key) if regex.match(`(?i)(^|[-_.])(password|passwd|pass|pwd|passphrase|token|secret|api_?key|credentials?|private_?key|bearer|client_?secret|secret_?key|access_?key|auth|authorization)$`, replace(key, "-", "_"))

credential_key(key) if regex.match(`[a-z0-9](Password|Passwd|Pass|Pwd|Passphrase|Token|Secret|ApiKey|APIKey|Credentials?|PrivateKey|Bearer|SecretKey|AccessKey|Auth)$`, key)

# Values a config file fills in from elsewhere: empty YAML/JSON, environment references ($VAR, ${VAR}, ${env:VAR},
# Grafana's $__env{VAR} and $__file{path}), and the rule's placeholders.
config_placeholder(value) if regex.match(`^(null|~|\[\]|\{\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\{[^}]+\}|\$__[a-z]+\{[^}]*\})$`, value)

config_placeholder(value) if encrypted_or_placeholder(value)

# A URL carries a credential in its userinfo (`scheme://user:password@`), in a query parameter named like one, or as
# a long token in its path (Slack, Discord and Teams webhooks).
url_credential(url) if regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/@\s]*:[^/@\s]+@`, url)

url_credential(url) if regex.match(`(?i)[?&][a-z_-]*(token|key|secret|password|passwd|sig|signature|auth)=[^&]`, url)

url_credential(url) if regex.match(`^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+/(.*/)?[A-Za-z0-9_-]{20,}`, url)

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
