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
#   parameters:
#     allowed: >-
#       The volume sources (VolumeSource field names) pods may use; the default is the restricted list.
#       hostPath is judged by host-path-volumes whatever this list says.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_restrictedVolumes.go
package kpg.rules.volume_types

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params
import data.kpg.lib.pss

default_parameters := {"allowed": ["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"]}

parameters := params.merge("volume_types", default_parameters)

# Every volume source of core/v1 VolumeSource, hostPath excepted (host-path-volumes reports it).
sources := {
	"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret",
	"gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs", "rbd", "flexVolume",
	"cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte", "azureDisk",
	"photonPersistentDisk", "portworxVolume", "scaleIO", "storageos",
}

violation contains {"message": msg, "path": k8s.pod_path(["volumes", i, source])} if {
	some i, volume in k8s.pod.spec.volumes
	some source, value in volume
	source in sources
	not source in parameters.allowed
	value != null
	not has_allowed_source(volume)
	msg := sprintf("%s must not use the %s volume type: restricted allows only %s", [pss.volume_label(volume, i), source, allowance])
}

# A volume with no known source at all is defaulted to emptyDir by the API server, so only a
# restricted source that is set counts; a volume that also sets an allowed one is allowed, as upstream does.
has_allowed_source(volume) if {
	some source, value in volume
	source in parameters.allowed
	value != null
}

allowance := pss.list(parameters.allowed) if count(parameters.allowed) > 0

else := "none"
