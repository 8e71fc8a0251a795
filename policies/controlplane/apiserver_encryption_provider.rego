# METADATA
# title: kube-apiserver must encrypt Secrets at rest
# description: >-
#   Without `--encryption-provider-config`, kube-apiserver writes Secrets to etcd unencrypted (the
#   identity provider): anyone who reads etcd, its backups or its disk reads every Secret. The file
#   itself is not visible here; commit its EncryptionConfiguration to have encryption-config-provider
#   check it.
# custom:
#   id: apiserver-encryption-provider
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Write an EncryptionConfiguration that encrypts secrets with the kms v2 provider (or secretbox or
#     aesgcm with rotated local keys), mount it into the kube-apiserver Pod and pass it with
#     `--encryption-provider-config`; then rewrite existing Secrets so that they are encrypted.
#   references:
#     - https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/
#     - https://kubernetes.io/docs/tasks/administer-cluster/kms-provider/
package kpg.rules.apiserver_encryption_provider

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": s.missing_path} if {
	some s in cp.apiservers
	count(cp.occurrences(s, "encryption-provider-config")) == 0
	msg := sprintf("%s runs kube-apiserver without --encryption-provider-config: Secrets are stored in etcd unencrypted; configure encryption at rest", [s.label])
}

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	f := cp.last(s, "encryption-provider-config")
	trim_space(f.value) == ""
	msg := sprintf("%s runs kube-apiserver with an empty --encryption-provider-config: Secrets are stored in etcd unencrypted; point it at an EncryptionConfiguration", [s.label])
}
