# METADATA
# title: Volume types
# description: >-
#   Pod Security Standards (restricted) allow only the volume types that cannot reach node or network
#   storage directly, plus persistent volumes through claims: configMap, csi, downwardAPI, emptyDir,
#   ephemeral, image, persistentVolumeClaim, projected and secret. hostPath volumes are reported by
#   host-path-volumes, so this rule reports every other type (nfs, iscsi, gitRepo, cephfs, ...).
# custom:
#   id: volume-types
#   severity: error
#   profiles: [restricted, hardened]
#   remediation: >-
#     Use a persistentVolumeClaim (the administrator provides the PersistentVolume), or one of configMap,
#     csi, downwardAPI, emptyDir, ephemeral, image, projected, secret.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_restrictedVolumes.go
package kpg.rules.volume_types

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

allowed := {"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"}

# Every other volume source of core/v1 VolumeSource, hostPath excepted (host-path-volumes reports it).
restricted := {
	"gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume",
	"cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
	"photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
}

violation contains {"message": msg, "path": k8s.pod_path(["volumes", i, source])} if {
	some i, volume in k8s.pod.spec.volumes
	some source, value in volume
	source in restricted
	value != null
	not has_allowed_source(volume)
	msg := sprintf("%s must not use the %s volume type: restricted allows only %s", [pss.volume_label(volume, i), source, pss.list(allowed)])
}

# A volume with no known source at all is defaulted to emptyDir by the API server, so only a
# restricted source that is set counts; a volume that also sets an allowed one is allowed, as upstream does.
has_allowed_source(volume) if {
	some source, value in volume
	source in allowed
	value != null
}
