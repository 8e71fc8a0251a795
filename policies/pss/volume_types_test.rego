package kpg.rules.volume_types_test

import data.kpg.rules.volume_types as rule

pod(volumes) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a"}], "volumes": volumes}}

allowed_list := "configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected, secret"

test_fire_nfs if {
	v := rule.violation with input as pod([{"name": "cfg", "configMap": {"name": "c"}}, {"name": "share", "nfs": {"server": "nfs.local", "path": "/export"}}])
	v == {{"message": sprintf("volume \"share\" must not use the nfs volume type: restricted allows only %s", [allowed_list]), "path": ["spec", "volumes", 1, "nfs"]}}
}

test_fire_every_restricted_type if {
	types := [
		"gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume",
		"cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
		"photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
	]
	v := rule.violation with input as pod([{"name": t, t: {}} | some t in types])
	count(v) == count(types)
}

test_fire_git_repo_in_cronjob if {
	obj := {"kind": "CronJob", "spec": {"jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "a"}], "volumes": [{"name": "src", "gitRepo": {"repository": "https://example.com/r.git"}}]}}}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "spec", "volumes", 0, "gitRepo"]}
}

test_dont_fire_allowed_types if {
	volumes := [
		{"name": "a", "configMap": {"name": "c"}},
		{"name": "b", "csi": {"driver": "secrets-store.csi.k8s.io"}},
		{"name": "c", "downwardAPI": {"items": []}},
		{"name": "d", "emptyDir": {}},
		{"name": "e", "ephemeral": {"volumeClaimTemplate": {"spec": {}}}},
		{"name": "f", "image": {"reference": "registry.example/data:1"}},
		{"name": "g", "persistentVolumeClaim": {"claimName": "data"}},
		{"name": "h", "projected": {"sources": []}},
		{"name": "i", "secret": {"secretName": "s"}},
	]
	count(rule.violation) == 0 with input as pod(volumes)
}

test_dont_fire_host_path_reported_by_host_path_volumes if {
	count(rule.violation) == 0 with input as pod([{"name": "root", "hostPath": {"path": "/"}}])
}

test_dont_fire_volume_without_source if {
	# The API server defaults a volume without a source to emptyDir before admission sees it.
	count(rule.violation) == 0 with input as pod([{"name": "scratch"}, {"name": "typo", "emptydir": {}}, {"name": "nulled", "nfs": null}])
}

# Parameters (data.kpg.parameters.volume_types).

test_dont_fire_source_added_to_allowed if {
	count(rule.violation) == 0 with input as pod([{"name": "shared", "nfs": {"server": "nfs.local", "path": "/export"}}])
		with data.kpg.parameters as {"volume_types": {"allowed": ["configMap", "nfs"]}}
}

test_fire_source_removed_from_allowed if {
	v := rule.violation with input as pod([{"name": "c", "csi": {"driver": "x"}}])
		with data.kpg.parameters as {"volume_types": {"allowed": ["configMap", "secret"]}}
	v == {{
		"message": "volume \"c\" must not use the csi volume type: restricted allows only configMap, secret",
		"path": ["spec", "volumes", 0, "csi"],
	}}
}

test_dont_fire_host_path_is_not_this_rules if {
	count(rule.violation) == 0 with input as pod([{"name": "h", "hostPath": {"path": "/"}}])
		with data.kpg.parameters as {"volume_types": {"allowed": []}}
}

test_dont_fire_defaults if {
	concat(", ", rule.parameters.allowed) == allowed_list
}
