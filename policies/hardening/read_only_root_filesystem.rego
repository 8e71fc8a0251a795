# METADATA
# title: Containers must use a read-only root filesystem
# description: >-
#   `readOnlyRootFilesystem: true` mounts the container's root filesystem read-only: an attacker who gets
#   code execution cannot replace binaries, plant tools or persist changes in the image layers. Every
#   container, init container and ephemeral container must set it on its own securityContext (there is no
#   pod-level field). Windows pods (spec.os.name or nodeSelector kubernetes.io/os set to windows) are exempt:
#   the API server rejects the field on them.
# custom:
#   id: read-only-root-filesystem
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Set `securityContext.readOnlyRootFilesystem: true` on every container, and mount an `emptyDir`
#     volume on the paths the program must write to (for example /tmp or a cache directory).
#   references:
#     - https://kubernetes.io/docs/tasks/configure-pod-container/security-context/
#     - https://kubernetes.io/docs/concepts/security/linux-kernel-security-constraints/
package kpg.rules.read_only_root_filesystem

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

violation contains {"message": msg, "path": path} if {
	not hardening.windows_pod
	some c in k8s.containers
	context := object.get(c.container, "securityContext", {})
	value := object.get(context, "readOnlyRootFilesystem", null)
	value != true
	msg := sprintf("%s %s: its root filesystem is writable, so an intruder can change binaries and drop tools; set it to true and mount an emptyDir where the program writes", [c.label, setting(value)])
	path := location(c, value)
}

setting(null) := "does not set securityContext.readOnlyRootFilesystem"

setting(value) := "sets securityContext.readOnlyRootFilesystem=false" if value == false

setting(value) := "sets securityContext.readOnlyRootFilesystem to a value other than true" if not value in {null, false}

location(c, null) := k8s.container_path(c, ["securityContext"]) if is_object(c.container.securityContext)

else := c.path

location(c, value) := k8s.container_path(c, ["securityContext", "readOnlyRootFilesystem"]) if value != null
