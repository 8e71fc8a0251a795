# METADATA
# title: EncryptionConfiguration must encrypt Secrets with a strong provider
# description: >-
#   In an EncryptionConfiguration (the file of kube-apiserver's `--encryption-provider-config`), the first
#   entry whose resources cover secrets (`secrets`, `*.` or `*.*`) decides how Secrets are written, with
#   the first of its providers. `identity` writes them unencrypted; `aescbc` is the provider the
#   Kubernetes documentation rates weak, because of CBC's padding oracle. A configuration with no entry
#   for secrets leaves them unencrypted. Later providers, used only to read older data, are not reported.
# custom:
#   id: encryption-config-provider
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Put a `kms` (v2) provider first for secrets, or `secretbox` (or `aesgcm` with automated key
#     rotation), keep the old provider after it to read existing data, then rewrite all Secrets
#     (`kubectl get secrets -A -o json | kubectl replace -f -`).
#   parameters:
#     forbiddenProviders: >-
#       The providers that must not come first for secrets (identity, aescbc, aesgcm, secretbox, kms).
#   references:
#     - https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/#providers
package kpg.rules.encryption_config_provider

import data.kpg.lib.controlplane as cp
import data.kpg.lib.parameters as params

default_parameters := {"forbiddenProviders": ["identity", "aescbc"]}

parameters := params.merge("encryption_config_provider", default_parameters)

secrets_patterns := {"secrets", "*.", "*.*"}

is_encryption_config if {
	input.kind == "EncryptionConfiguration"
	startswith(object.get(input, "apiVersion", ""), "apiserver.config.k8s.io/")
}

# Index of the entry that governs Secrets: the first one whose resources cover them.
governing := min({i |
	some i, entry in cp.elements(input, "resources")
	some resource in cp.elements(entry, "resources")
	resource in secrets_patterns
})

violation contains {"message": msg, "path": ["resources", governing, "providers", 0]} if {
	is_encryption_config
	provider := {name | some name, _ in input.resources[governing].providers[0]}
	some name in provider
	name in parameters.forbiddenProviders
	msg := message(name)
}

violation contains {"message": msg, "path": path} if {
	is_encryption_config
	not governing
	path := [p | is_array(input.resources); p := "resources"]
	msg := "no entry covers secrets (secrets, *. or *.*): Secrets are stored in etcd unencrypted; add one with an encrypting provider first"
}

message("identity") := "the first provider for secrets is identity: Secrets are written to etcd unencrypted; put an encrypting provider (kms v2, secretbox) first"

message("aescbc") := "the first provider for secrets is aescbc, which the Kubernetes documentation rates weak (CBC padding oracle); use kms v2 or secretbox"

message(name) := sprintf("the first provider for secrets is %s, which is listed in forbiddenProviders; put an allowed provider first", [name]) if {
	not name in {"identity", "aescbc"}
}
