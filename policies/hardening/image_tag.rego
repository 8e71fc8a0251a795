# METADATA
# title: Images must name a version, not latest
# description: >-
#   An image without a tag means `:latest`, and `:latest` moves: the same manifest runs different code from
#   one pull to the next, a rollback does not roll back, and nobody can tell which build runs where. Every
#   container, init container and ephemeral container is checked. An image pinned by digest
#   (`name@sha256:...`) passes whatever its tag, since the digest decides what runs. A registry port
#   (`registry:5000/app`) is not a tag. Containers without an image are skipped.
# custom:
#   id: image-tag
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Reference a fixed version tag (`nginx:1.27.3`) or, better, a digest (`nginx@sha256:...`), and let
#     your release process update it.
#   references:
#     - https://kubernetes.io/docs/concepts/containers/images/#image-names
#     - https://kubernetes.io/docs/concepts/configuration/overview/#container-images
package kpg.rules.image_tag

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

# Containers with an image reference that is not pinned by digest.
unpinned contains [c, image] if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	image != ""
	not hardening.image_has_digest(image)
}

violation contains {"message": msg, "path": k8s.container_path(c, ["image"])} if {
	some [c, image] in unpinned
	not hardening.image_tag(image)
	msg := sprintf("%s uses image %s without a tag, which means :latest and changes with every push; pin a version tag or a digest", [c.label, image])
}

violation contains {"message": msg, "path": k8s.container_path(c, ["image"])} if {
	some [c, image] in unpinned
	hardening.image_tag(image) == "latest"
	msg := sprintf("%s uses image %s: the latest tag changes with every push; pin a version tag or a digest", [c.label, image])
}
