# METADATA
# title: hostPath volumes
# description: >-
#   A hostPath volume mounts a directory of the node into the pod, a common path to the node's
#   credentials and to container escapes. Pod Security Standards (baseline) forbid spec.volumes[*].hostPath.
# custom:
#   id: host-path-volumes
#   severity: error
#   profiles: [baseline, restricted, hardened]
#   remediation: >-
#     Replace the hostPath volume with a persistentVolumeClaim, configMap, secret, emptyDir or CSI volume.
#   references:
#     - https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline
#     - https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostPathVolumes.go
package kpg.rules.host_path_volumes

import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.pss

violation contains {"message": msg, "path": k8s.pod_path(["volumes", i, "hostPath"])} if {
	some i, volume in k8s.pod.spec.volumes
	pss.set(volume, "hostPath")
	msg := sprintf("%s must not be a hostPath volume: mounting the node's filesystem is forbidden", [pss.volume_label(volume, i)])
}
