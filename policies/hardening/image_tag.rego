# METADATA
# title: Images must name a version, not latest
# description: >-
#   An image without a tag means `:latest`, and `:latest` moves: the same manifest runs different code from
#   one pull to the next, a rollback does not roll back, and nobody can tell which build runs where. Every
#   container, init container and ephemeral container is checked. An image pinned by digest
#   (`name@sha256:...`) passes whatever its tag, since the digest decides what runs. A registry port
#   (`registry:5000/app`) is not a tag. Containers without an image are skipped. An image that a Skaffold
#   config of the repository builds (`build.artifacts[].image` in a `skaffold.yaml`) is not judged for its
#   tag where that config, a profile of it or a config requiring it deploys it (`manifests.rawYaml`,
#   `kustomize.paths`, a Helm `chartPath`): `skaffold run` replaces it, `frontend:latest` too, with the
#   image it built, tag and digest. The same name anywhere else is judged as written, and so is every image
#   of a config Skaffold would refuse (a notice names it). With the `allowedRegistries` parameter the rule
#   also reports images from any other registry, pinned or not (an artifact's registry is its name's).
# custom:
#   id: image-tag
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Reference a fixed version tag (`nginx:1.27.3`) or, better, a digest (`nginx@sha256:...`), and let
#     your release process update it.
#   parameters:
#     forbiddenTags: >-
#       Tags that are reported as moving (exact, case-sensitive), for example latest, main, stable.
#     requireTag: >-
#       Whether an image without a tag (which means latest) is reported.
#     allowedRegistries: >-
#       Registries, or repository prefixes, that images must come from (`ghcr.io`, `ghcr.io/acme`,
#       `docker.io/library`); written in full, so Docker Hub images are `docker.io/...`. Empty allows any.
#   references:
#     - https://kubernetes.io/docs/concepts/containers/images/#image-names
#     - https://kubernetes.io/docs/concepts/configuration/overview/#container-images
package kpg.rules.image_tag

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s
import data.kpg.lib.parameters as params

default_parameters := {"forbiddenTags": ["latest"], "requireTag": true, "allowedRegistries": []}

parameters := params.merge("image_tag", default_parameters)

# Containers with an image reference that is not pinned by digest, nor one that Skaffold replaces.
unpinned contains [c, image] if {
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	image != ""
	not hardening.image_has_digest(image)
	not built_by_skaffold(c, image)
}

# Skaffold rewrites an image that names one of its build artifacts to the image it built, in the targets its
# config deploys (data.kpg.inventory.skaffold, from src/discover/skaffold.ts): there `image: frontend` is a
# placeholder. As Skaffold matches (kubernetes/manifest/images.go): the reference's name without tag, `ko://`
# dropped and lower-cased, must be an artifact's, in a kind and field Skaffold rewrites; a digest is left alone.
built_by_skaffold(c, image) if {
	some build in data.kpg.inventory.skaffold
	fields := build.kinds[group_kind]
	rewritten(fields, k8s.container_path(c, ["image"]))
	skaffold_name(image) in build.images
}

group_kind := concat(".", [input.kind, k8s.group]) if k8s.group != ""

else := input.kind

# ".*" is every `image` field; any other entry is the field's path with its list indexes left out.
rewritten(fields, _) if ".*" in fields

rewritten(fields, path) if concat("", [concat("", [".", key]) | some key in path; is_string(key)]) in fields

# The repository name Skaffold compares (docker.ParseReference after SanitizeImageName); undefined for a tag
# it would not parse, as Skaffold then leaves the reference alone. Artifact names are valid references (Skaffold
# refuses a config with another), so a name equal to one needs no check of its own.
skaffold_name(image) := name if {
	reference := trim_prefix(image, "ko://")
	not contains(reference, "@")
	components := split(reference, "/")
	last := components[count(components) - 1]
	name := lower(concat("/", array.concat(array.slice(components, 0, count(components) - 1), [split(last, ":")[0]])))
	valid_tag(last)
}

valid_tag(last) if not contains(last, ":")

valid_tag(last) if regex.match(`^[^:]*:[\w][\w.-]{0,127}$`, last)

violation contains {"message": msg, "path": k8s.container_path(c, ["image"])} if {
	some [c, image] in unpinned
	parameters.requireTag
	not hardening.image_tag(image)
	msg := sprintf("%s uses image %s without a tag, which means :latest and changes with every push; pin a version tag or a digest", [c.label, image])
}

violation contains {"message": msg, "path": k8s.container_path(c, ["image"])} if {
	some [c, image] in unpinned
	tag := hardening.image_tag(image)
	tag in parameters.forbiddenTags
	msg := sprintf("%s uses image %s: %s; pin a version tag or a digest", [c.label, image, moving(tag)])
}

violation contains {"message": msg, "path": k8s.container_path(c, ["image"])} if {
	count(parameters.allowedRegistries) > 0
	some c in k8s.containers
	image := c.container.image
	is_string(image)
	image != ""
	repository := hardening.image_repository(image)
	not hardening.repository_in(repository, parameters.allowedRegistries)
	msg := sprintf("%s uses image %s from %s, which is not in an allowed registry (%s); use an image from one of them", [c.label, image, repository, concat(", ", parameters.allowedRegistries)])
}

moving("latest") := "the latest tag changes with every push"

moving(tag) := sprintf("the tag %s is forbidden here, as it moves from build to build", [tag]) if tag != "latest"
