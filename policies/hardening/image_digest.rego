# METADATA
# title: Images should be pinned by digest
# description: >-
#   A tag is a mutable pointer: whoever can push to the repository can change what `app:1.4.2` runs, and
#   the security checklist asks for references by sha256 digest (or verified signatures). An image passes
#   when it ends in `@sha256:` with 64 lowercase hex digits (or `@sha512:` with 128), with or without a
#   tag before it. Every container, init container and ephemeral container is checked; containers without
#   an image are skipped. Opt-in, because digests need tooling (Renovate, kustomize images, Helm values)
#   to stay current.
# custom:
#   id: image-digest
#   severity: notice
#   profiles: [hardened]
#   optional: true
#   remediation: >-
#     Reference images as `name:tag@sha256:<digest>` (the tag stays for readers, the digest decides), and
#     let a bot or your build pipeline update the digest.
#   references:
#     - https://kubernetes.io/docs/concepts/security/security-checklist/#images
#     - https://kubernetes.io/docs/concepts/containers/images/#image-names
package kpg.rules.image_digest

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

violation contains {"message": msg, "path": k8s.container_path(c, ["image"])} if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	image != ""
	not hardening.image_digest_pinned(image)
	msg := sprintf("%s uses image %s, which is not pinned by digest: the tag can be moved to other content; reference it as name@sha256:<digest>", [c.label, image])
}
