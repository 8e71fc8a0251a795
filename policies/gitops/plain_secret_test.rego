package kpg.rules.plain_secret_test

import data.kpg.rules.plain_secret as rule

secret(fields) := object.union({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db", "namespace": "app"}}, fields)

test_fire_data if {
	v := rule.violation with input as secret({"type": "Opaque", "data": {"password": "aHVudGVyMg==", "user": "YWRtaW4="}})
	v == {{"message": "plain-text values committed to the repository (data.password, beside data.user): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", "path": ["data", "password"]}}
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

# Identifiers (user names, databases, hosts, ports) are reported beside a credential, never alone.

test_dont_fire_identifiers_only if {
	count(rule.violation) == 0 with input as secret({"stringData": {"username": "root", "password": ""}})
	count(rule.violation) == 0 with input as secret({"stringData": {"MYSQL_DATABASE": "katib", "MYSQL_USER": "katib", "MYSQL_ROOT_PASSWORD": "", "DB_HOST": "mysql", "dbPort": "3306"}})
	count(rule.violation) == 0 with input as secret({"data": {"user": base64.encode("admin"), "database": base64.encode("app")}})
}

test_fire_credential_first_identifiers_beside if {
	v := rule.violation with input as secret({"stringData": {"MYSQL_DATABASE": "katib", "MYSQL_ROOT_PASSWORD": "hunter2", "MYSQL_USER": "katib", "adminUser": "admin"}})
	v == {{"message": "plain-text values committed to the repository (stringData.MYSQL_ROOT_PASSWORD, beside stringData.MYSQL_DATABASE, stringData.MYSQL_USER, stringData.adminUser): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead", "path": ["stringData", "MYSQL_ROOT_PASSWORD"]}}
}

test_identifiers if {
	every key in ["user", "username", "user_name", "USER-NAME", "MYSQL_USER", "POSTGRES_USER_NAME", "database", "MYSQL_DATABASE", "POSTGRES_DB", "db", "host", "DB_HOST", "port", "adminUser", "dbName", "redisHost"] {
		rule.identifier(key)
	}
	every key in ["password", "MYSQL_PASSWORD", "userPassword", "user_token", "hostKey", "superuser_password", "token", "tls.key", "users", "passport"] {
		not rule.identifier(key)
	}
}

# A configuration file kept whole in a Secret is a secret only with a credential inside.

promtail := concat("\n", [
	"server:",
	"  http_listen_port: 3101",
	"clients:",
	"  - url: http://loki-gateway/loki/api/v1/push",
	"positions:",
	"  filename: /run/promtail/positions.yaml",
])

test_dont_fire_config_file_without_credential if {
	count(rule.violation) == 0 with input as secret({"stringData": {"promtail.yaml": promtail}})
	count(rule.violation) == 0 with input as secret({"data": {"blackbox.yml": base64.encode("modules:\n  http_2xx:\n    prober: http\n    http:\n      bearer_token_file: /var/run/token\n")}})
	count(rule.violation) == 0 with input as secret({"stringData": {"app.json": `{"endpoint": "https://api.example.com", "password": "", "token": "${API_TOKEN}", "apiKey": null}`}})
	count(rule.violation) == 0 with input as secret({"stringData": {"my.cnf": "[client]\nuser = root\npassword = $__env{MYSQL_PASSWORD}\n"}})

	# jiralert.yml: the Jira server's address, under a key named like a webhook's.
	count(rule.violation) == 0 with input as secret({"stringData": {"jiralert.yml": "defaults:\n  api_url: https://example.atlassian.net\n  user: jiralert\n  password: ${JIRA_PASSWORD}\n"}})
}

test_fire_config_file_with_credential if {
	files := [
		concat("\n", [promtail, "    basic_auth:", "      username: loki", "      password: hunter2"]),
		concat("\n", [promtail, "    bearer_token: eyJhbGciOiJIUzI1NiJ9"]),
		"clients:\n  - url: https://loki:s3cr3t@logs.example.com/loki/api/v1/push\n",
		`{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNz"}}}`,
		"[client]\nuser = root\npassword = \"hunter2\"\n",
		"receivers:\n- name: slack\n  slack_configs:\n  - api_url: https://hooks.example.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX\n",
		"global:\n  slackApiUrl: https://hooks.slack.com/services/T0000/B0000/Zq81xW0pLmN3vB7cK2jd9f4s\n",
	]
	every file in files {
		v := rule.violation with input as secret({"stringData": {"config.yaml": file}})
		{x.path | some x in v} == {["stringData", "config.yaml"]}
	}
	v := rule.violation with input as secret({"data": {"config.ini": base64.encode("[db]\npassword=hunter2\n")}})
	{x.path | some x in v} == {["data", "config.ini"]}
}

test_fire_config_named_value_that_is_no_config if {
	# Not decoded as ASCII text: judged as it is, and reported.
	v := rule.violation with input as secret({"data": {"keystore.json": "/w=="}})
	{x.path | some x in v} == {["data", "keystore.json"]}
}

test_fire_multiline_value_without_config_name if {
	# Only a value whose key names a configuration file is read as one: a private key or an htpasswd file stays reported.
	v := rule.violation with input as secret({"stringData": {"htpasswd": "admin:$apr1$x9$Qm0\nci:$apr1$y8$Zt1\n", "ssh-privatekey": "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----\n"}})
	{x.message | some x in v} == {"plain-text values committed to the repository (stringData.htpasswd, stringData.ssh-privatekey): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead"}
}

# A lone URL is a secret only when it carries a credential.

test_dont_fire_url_without_credential if {
	count(rule.violation) == 0 with input as secret({"stringData": {"uri": "mongodb://mongodb:27017", "endpoint": "https://loki-gateway/loki/api/v1/push"}})
	count(rule.violation) == 0 with input as secret({"data": {"uri": base64.encode("postgres://db.internal:5432/app?sslmode=disable")}})
}

test_fire_url_with_credential if {
	v := rule.violation with input as secret({"stringData": {
		"a": "mongodb://root:hunter2@mongodb:27017",
		"b": "https://hooks.slack.com/services/T0000000/B0000000/XXXXXXXXXXXXXXXXXXXXXXXX",
		"c": "https://api.example.com/v1?api_key=abc123",
		"d": "ssh://git@github.com/org/repo",
	}})
	{x.message | some x in v} == {"plain-text values committed to the repository (stringData.a, stringData.b, stringData.c): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead"}
}

test_config_file_names_the_credential_inside if {
	names := {file: name |
		some file, text in {
			"a.yaml": concat("\n", [promtail, "    basic_auth:", "      username: loki", "      password: hunter2"]),
			"b.yaml": "clients:\n  - url: https://loki:s3cr3t@logs.example.com/loki/api/v1/push\n",
			"c.json": `{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNz"}}}`,
			"d.ini": "; password = example\n[db]\nuser = app\nPASSWORD=hunter2\n",
		}
		some v in rule.violation with input as secret({"stringData": {file: text}})
		name := v.message
	}
	names == {
		"a.yaml": "plain-text values committed to the repository (stringData.a.yaml[password]): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead",
		"b.yaml": "plain-text values committed to the repository (stringData.b.yaml[url]): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead",
		"c.json": "plain-text values committed to the repository (stringData.c.json[auth]): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead",
		"d.ini": "plain-text values committed to the repository (stringData.d.ini[PASSWORD]): anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead",
	}
}
