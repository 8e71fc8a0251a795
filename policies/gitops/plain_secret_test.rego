package kpg.rules.plain_secret_test

import data.kpg.rules.plain_secret as rule

secret(fields) := object.union({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "app"}}, fields)

test_fire_data if {
	v := rule.violation with input as secret({"type": "Opaque", "data": {"password": "aHVudGVyMg==", "user": "YWRtaW4="}})
	v == {{"message": "plain-text values committed to the repository (data.password, data.user): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", "path": ["data", "password"]}}
}

test_fire_string_data_first if {
	v := rule.violation with input as secret({"data": {"a": "YQ=="}, "stringData": {"z": "secret"}})
	v == {{"message": "plain-text values committed to the repository (stringData.z, data.a): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", "path": ["stringData", "z"]}}
}

test_fire_skips_empty_and_placeholders if {
	v := rule.violation with input as secret({"stringData": {"a": "", "b": "<path:kv/data/db#password>", "c": "${DB_PASSWORD}", "d": "hunter2"}})
	{x.path | some x in v} == {["stringData", "d"]}
}

test_fire_placeholder_with_default if {
	v := rule.violation with input as secret({"stringData": {"password": "${DB_PASSWORD:=hunter2}"}})
	{x.path | some x in v} == {["stringData", "password"]}
}

test_fire_tls_key if {
	v := rule.violation with input as secret({"type": "kubernetes.io/tls", "data": {"ca.crt": "Y2E=", "tls.crt": "Y3J0", "tls.key": "a2V5"}})
	v == {{"message": "plain-text values committed to the repository (data.tls.key): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", "path": ["data", "tls.key"]}}
}

test_fire_service_account_token_with_token if {
	v := rule.violation with input as secret({"type": "kubernetes.io/service-account-token", "data": {"ca.crt": "Y2E=", "namespace": "ZGVmYXVsdA==", "token": "ZXlK"}})
	{x.path | some x in v} == {["data", "token"]}
}

test_fire_docker_config if {
	v := rule.violation with input as secret({"type": "kubernetes.io/dockerconfigjson", "data": {".dockerconfigjson": "e30="}})
	{x.path | some x in v} == {["data", ".dockerconfigjson"]}
}

test_dont_fire_service_account_token_placeholder if {
	count(rule.violation) == 0 with input as secret({"type": "kubernetes.io/service-account-token", "metadata": {"name": "t", "annotations": {"kubernetes.io/service-account.name": "ci"}}})
}

test_dont_fire_empty_values if {
	count(rule.violation) == 0 with input as secret({"type": "kubernetes.io/tls", "data": {"tls.crt": "", "tls.key": ""}})
}

test_dont_fire_empty_maps if {
	count(rule.violation) == 0 with input as secret({"data": {}, "stringData": {}})
}

test_dont_fire_sops if {
	count(rule.violation) == 0 with input as secret({
		"stringData": {"password": "ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:k=,type:str]"},
		"data": {"user": "ENC[AES256_GCM,data:YWRt,iv:2=,tag:l=,type:str]"},
		"sops": {"version": "3.9.0"},
	})
}

test_dont_fire_public_certificate_only if {
	count(rule.violation) == 0 with input as secret({"type": "kubernetes.io/service-account-token", "data": {"ca.crt": "Y2E=", "namespace": "ZGVmYXVsdA=="}})
}

test_dont_fire_sealed_secret if {
	count(rule.violation) == 0 with input as {"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "db"}, "spec": {"encryptedData": {"password": "AgBy3i4OJSWK+PiTySYZZA=="}}}
}

test_dont_fire_config_map if {
	count(rule.violation) == 0 with input as {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"password": "x"}}
}

# Parameters (data.kpg.parameters.plain_secret).

test_dont_fire_team_placeholder if {
	count(rule.violation) == 0 with input as secret({"stringData": {"password": "vault:secret/data/db#password"}})
		with data.kpg.parameters as {"plain_secret": {"placeholders": [`^vault:[^#]+#.+$`]}}
}

test_fire_default_placeholder_removed if {
	v := rule.violation with input as secret({"stringData": {"password": "${DB_PASSWORD}"}})
		with data.kpg.parameters as {"plain_secret": {"placeholders": []}}
	{x.path | some x in v} == {["stringData", "password"]}
}

test_fire_invalid_expression_matches_nothing if {
	v := rule.violation with input as secret({"stringData": {"password": "hunter2"}})
		with data.kpg.parameters as {"plain_secret": {"placeholders": ["("]}}
	count(v) == 1
}

test_dont_fire_default_placeholders if {
	count(rule.parameters.placeholders) == 7
	count(rule.violation) == 0 with input as secret({"stringData": {"password": "${DB_PASSWORD}"}})
}

# References that something else resolves at deploy time.

test_dont_fire_references if {
	count(rule.violation) == 0 with input as secret({"stringData": {
		"onepassword": "op://Production/Shop DB/password",
		"bank_vaults": "vault:secret/data/shop#password",
		"vals": "ref+awssecrets://shop/db#/password",
		"template": "{{ .Values.password }}",
		"avp": "<path:kv/data/shop#password>",
		"flux": "${DB_PASSWORD}",
	}})
}

test_dont_fire_references_base64_in_data if {
	count(rule.violation) == 0 with input as secret({"data": {
		# base64 of op://Production/Shop/password, <path:kv/data/shop#password> and ${DB_PASSWORD}.
		"onepassword": base64.encode("op://Production/Shop/password"),
		"avp": "PHBhdGg6a3YvZGF0YS9zaG9wI3Bhc3N3b3JkPg==",
		"flux": " JHtEQl9QQVNTV09SRH0= ",
	}})
}

test_fire_reference_lookalikes if {
	v := rule.violation with input as secret({"stringData": {
		"a": "op://only-vault",
		"b": "postgres://app:${DB_PASSWORD}@db/app",
		"c": "ref+:nothing",
		"d": "{{ not closed",
		"e": "vaulted: hunter2",
	}})
	{x.message | some x in v} == {"plain-text values committed to the repository (stringData.a, stringData.b, stringData.c, stringData.d, stringData.e): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead"}
}

test_fire_data_that_decodes_to_a_plain_value_or_not_at_all if {
	v := rule.violation with input as secret({"data": {"a": base64.encode("hunter2"), "b": "not base64!", "c": "/w=="}})
	{x.message | some x in v} == {"plain-text values committed to the repository (data.a, data.b, data.c): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead"}
}

test_fire_placeholder_only_decoded_in_data if {
	# stringData is not decoded: a base64 text there is the value itself.
	v := rule.violation with input as secret({"stringData": {"token": base64.encode("${TOKEN}")}})
	{x.path | some x in v} == {["stringData", "token"]}
}

# SOPS-encrypted Secrets: what the file's own settings leave in clear is not reported; a plain value SOPS
# would have encrypted (added after encryption) is.

enc := "ENC[AES256_GCM,data:Tr7o=,iv:1=,tag:k=,type:str]"

test_fire_plain_value_added_to_sops_secret if {
	v := rule.violation with input as secret({
		"stringData": {"password": enc, "token": "hunter2"},
		"sops": {"version": "3.9.0", "encrypted_regex": "^(data|stringData)$"},
	})
	{x.path | some x in v} == {["stringData", "token"]}
}

test_fire_sops_default_settings if {
	v := rule.violation with input as secret({"stringData": {"password": "hunter2", "user_unencrypted": "admin"}, "sops": {"version": "3.9.0"}})
	{x.path | some x in v} == {["stringData", "password"]}
}

test_dont_fire_sops_encrypted_regex_leaves_key_plain if {
	count(rule.violation) == 0 with input as secret({
		"stringData": {"password": enc, "username": "admin"},
		"sops": {"version": "3.9.0", "encrypted_regex": "^password$"},
	})
}

test_dont_fire_sops_unencrypted_suffix_and_regex if {
	count(rule.violation) == 0 with input as secret({
		"stringData": {"password": enc, "host_plain": "db.internal", "port": "5432"},
		"sops": {"version": "3.9.0", "unencrypted_suffix": "_plain", "unencrypted_regex": "^port$"},
	})
}

test_sops_encrypted_suffix if {
	v := rule.violation with input as secret({
		"stringData": {"db_secret": "hunter2", "username": "admin"},
		"sops": {"version": "3.9.0", "encrypted_suffix": "_secret"},
	})
	{x.path | some x in v} == {["stringData", "db_secret"]}
}

test_dont_fire_sops_comment_regex if {
	count(rule.violation) == 0 with input as secret({
		"stringData": {"username": "admin"},
		"sops": {"version": "3.9.0", "encrypted_comment_regex": "sops:enc"},
	})
}

test_fire_sops_block_that_is_not_a_mapping if {
	v := rule.violation with input as secret({"stringData": {"password_unencrypted": "hunter2"}, "sops": "yes"})
	{x.path | some x in v} == {["stringData", "password_unencrypted"]}
}

test_ascii_base64_decides_like_decoding if {
	every text in ["", "a", "op://x/y/z", "${DB_PASSWORD}", "~\u007f"] {
		regex.match(rule.ascii_base64, base64.encode(text))
	}
	every text in ["\u00e9", "ab\u00ff", "x\u4e2d", "\u0080"] {
		not regex.match(rule.ascii_base64, base64.encode(text))
	}
}
