# METADATA
# title: Processes must not run with the root group
# description: >-
#   GID 0 is the root group: files the image or a volume leaves group-owned by root (often group-writable)
#   become reachable. Reported: `runAsGroup: 0` on the pod or on a container (the primary group of the
#   processes), `fsGroup: 0` (volumes are made group-owned by root and every container joins the group),
#   and 0 in `supplementalGroups`. A user namespace (hostUsers false) does not change this: these IDs
#   always apply inside the container and to volume files, so GID 0 still opens root-group files on
#   volumes. An unset runAsGroup falls back to the image's group, which this rule does not see.
# custom:
#   id: root-group
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Use a non-zero GID in `runAsGroup`, `fsGroup` and `supplementalGroups` (for example the application's
#     own group, 10001), and make the files the program needs readable by that group.
#   references:
#     - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
#     - https://kubernetes.io/docs/concepts/security/linux-kernel-security-constraints/#run-without-root
package kpg.rules.root_group

import data.kpg.lib.kubernetes as k8s

violation contains {"message": "pod sets securityContext.runAsGroup=0: containers without a runAsGroup of their own run with the root group as primary group; use a non-zero GID", "path": k8s.pod_path(["securityContext", "runAsGroup"])} if {
	k8s.pod_security_context.runAsGroup == 0
}

violation contains {"message": "pod sets securityContext.fsGroup=0: volumes are made group-owned by root and every container joins the root group; use a non-zero GID", "path": k8s.pod_path(["securityContext", "fsGroup"])} if {
	k8s.pod_security_context.fsGroup == 0
}

violation contains {"message": "pod lists GID 0 in securityContext.supplementalGroups: every container joins the root group; remove it", "path": k8s.pod_path(["securityContext", "supplementalGroups", i])} if {
	some i, gid in k8s.pod_security_context.supplementalGroups
	gid == 0
}

violation contains {"message": msg, "path": k8s.container_path(c, ["securityContext", "runAsGroup"])} if {
	some c in k8s.containers
	c.container.securityContext.runAsGroup == 0
	msg := sprintf("%s sets securityContext.runAsGroup=0: its processes run with the root group as primary group; use a non-zero GID", [c.label])
}
