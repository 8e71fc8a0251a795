# METADATA
# title: supplementalGroupsPolicy must be Strict
# description: >-
#   With the default policy (Merge) the kubelet also adds the groups that /etc/group inside the image
#   assigns to the container's user, groups the manifest never mentions: a crafted image can grant itself
#   access to files owned by those groups. `Strict` attaches only fsGroup, supplementalGroups and
#   runAsGroup. Windows pods (spec.os.name or nodeSelector kubernetes.io/os set to windows) are exempt: the
#   API server rejects the field on them.
# custom:
#   id: supplemental-groups-policy
#   severity: error
#   profiles: [hardened]
#   minKubeVersion: "1.31"
#   minKubeVersionReason: spec.securityContext.supplementalGroupsPolicy exists since Kubernetes 1.31; an older API server drops it
#   remediation: >-
#     Set `spec.securityContext.supplementalGroupsPolicy: Strict` on the pod (Kubernetes 1.31+).
#   references:
#     - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/#configure-fine-grained-supplementalgroups-control-for-a-pod
package kpg.rules.supplemental_groups_policy

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

violation contains {"message": msg, "path": path} if {
	k8s.pod
	not hardening.windows_pod
	value := object.get(k8s.pod_security_context, "supplementalGroupsPolicy", null)
	value != "Strict"
	msg := message(value)
	path := location(value)
}

message(null) := "pod does not set securityContext.supplementalGroupsPolicy: the default (Merge) also grants the groups listed for the user in the image's /etc/group; set it to Strict"

message(value) := sprintf("pod sets securityContext.supplementalGroupsPolicy=%s: groups from the image's /etc/group are merged in; set it to Strict", [value]) if value != null

location(null) := k8s.pod_path(["securityContext"]) if is_object(k8s.pod.spec.securityContext)

else := k8s.pod.path

location(value) := k8s.pod_path(["securityContext", "supplementalGroupsPolicy"]) if value != null
