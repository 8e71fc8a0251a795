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
	count(rule.parameters.placeholders) == 3
	count(rule.violation) == 0 with input as secret({"stringData": {"password": "${DB_PASSWORD}"}})
}
