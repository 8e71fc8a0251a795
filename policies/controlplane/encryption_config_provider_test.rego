package kpg.rules.encryption_config_provider_test

import data.kpg.rules.encryption_config_provider as rule

config(resources) := {"apiVersion": "apiserver.config.k8s.io/v1", "kind": "EncryptionConfiguration", "resources": resources}

key := {"keys": [{"name": "key1", "secret": "c2VjcmV0IGlzIHNlY3VyZQ=="}]}

test_fire_identity_first if {
	v := rule.violation with input as config([{"resources": ["secrets", "configmaps"], "providers": [{"identity": {}}, {"aesgcm": key}]}])
	v == {{"message": "the first provider for secrets is identity: Secrets are written to etcd unencrypted; put an encrypting provider (kms v2, secretbox) first", "path": ["resources", 0, "providers", 0]}}
}

test_fire_aescbc_by_wildcard if {
	v := rule.violation with input as config([
		{"resources": ["events"], "providers": [{"identity": {}}]},
		{"resources": ["*.*"], "providers": [{"aescbc": key}, {"identity": {}}]},
	])
	v == {{"message": "the first provider for secrets is aescbc, which the Kubernetes documentation rates weak (CBC padding oracle); use kms v2 or secretbox", "path": ["resources", 1, "providers", 0]}}
}

test_fire_no_entry_for_secrets if {
	v := rule.violation with input as config([{"resources": ["configmaps"], "providers": [{"secretbox": key}]}])
	v == {{"message": "no entry covers secrets (secrets, *. or *.*): Secrets are stored in etcd unencrypted; add one with an encrypting provider first", "path": ["resources"]}}
}

test_dont_fire_kms_first_identity_fallback if {
	count(rule.violation) == 0 with input as config([{"resources": ["secrets"], "providers": [{"kms": {"apiVersion": "v2", "name": "kms", "endpoint": "unix:///kms.sock"}}, {"identity": {}}]}])
}

test_dont_fire_identity_for_other_resources if {
	count(rule.violation) == 0 with input as config([
		{"resources": ["events"], "providers": [{"identity": {}}]},
		{"resources": ["*."], "providers": [{"secretbox": key}]},
	])
}

test_dont_fire_other_kind if {
	count(rule.violation) == 0 with input as {"apiVersion": "v1", "kind": "ConfigMap", "resources": []}
}

# Parameters (data.kpg.parameters.encryption_config_provider).

test_fire_provider_added_to_forbidden if {
	v := rule.violation with input as config([{"resources": ["secrets"], "providers": [{"aesgcm": key}, {"identity": {}}]}])
		with data.kpg.parameters as {"encryption_config_provider": {"forbiddenProviders": ["identity", "aescbc", "aesgcm"]}}
	v == {{"message": "the first provider for secrets is aesgcm, which is listed in forbiddenProviders; put an allowed provider first", "path": ["resources", 0, "providers", 0]}}
}

test_dont_fire_provider_removed_from_forbidden if {
	count(rule.violation) == 0 with input as config([{"resources": ["secrets"], "providers": [{"aescbc": key}]}])
		with data.kpg.parameters as {"encryption_config_provider": {"forbiddenProviders": ["identity"]}}
}

test_dont_fire_default_allows_aesgcm if {
	rule.parameters == {"forbiddenProviders": ["identity", "aescbc"]}
	count(rule.violation) == 0 with input as config([{"resources": ["secrets"], "providers": [{"aesgcm": key}]}])
}
