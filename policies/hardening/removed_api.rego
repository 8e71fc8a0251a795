# METADATA
# title: API versions that Kubernetes no longer serves
# description: >-
#   Objects written against an API version that Kubernetes has removed are rejected by the API server
#   ("no matches for kind"), so the change cannot be applied. Judged against the target Kubernetes version
#   (kube-version, else the newest): an API removed after the target is reported by removed-api-upcoming instead. The table follows the Kubernetes Deprecated
#   API Migration Guide (removals in v1.16, v1.22, v1.25, v1.26, v1.27, v1.29 and v1.32): for example
#   Deployment, DaemonSet, ReplicaSet and NetworkPolicy under extensions/v1beta1 and apps/v1beta1 or
#   apps/v1beta2 (v1.16), Ingress under extensions/v1beta1 (v1.22), CronJob under batch/v1beta1 (v1.25).
#   PodSecurityPolicy is reported in every version: the kind itself was removed in v1.25 with no
#   replacement API; Pod Security Admission took its place.
# custom:
#   id: removed-api
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Change `apiVersion` to the replacement named in the message and apply the notable changes listed in
#     the migration guide (for example `kubectl convert`). Delete PodSecurityPolicy objects and label the
#     namespaces with `pod-security.kubernetes.io/enforce` instead.
#   references:
#     - https://kubernetes.io/docs/reference/using-api/deprecation-guide/
#     - https://kubernetes.io/docs/concepts/security/pod-security-policy/
#     - https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/
package kpg.rules.removed_api

import data.kpg.lib.apis

violation contains {"message": msg, "path": ["apiVersion"]} if {
	removal := apis.removal
	removal.release <= removal.target
	msg := sprintf("apiVersion %s of %s is no longer served since Kubernetes v1.%d, so the API server rejects this object; %s", [input.apiVersion, input.kind, removal.release, apis.advice(removal.replacement)])
}
