# METADATA
# title: API versions that a later Kubernetes release removes
# description: >-
#   An object written against an API version that is still served by the target Kubernetes version
#   (kube-version) but removed by a later release stops applying on the upgrade that removes it. Same table as
#   removed-api (the Deprecated API Migration Guide, removals v1.16 to v1.32); reported only when a target
#   version older than the removal is set, since without one the newest version is the target.
# custom:
#   id: removed-api-upcoming
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Move to the replacement API named in the message before upgrading the cluster past the target version;
#     the replacement is usually served already (the migration guide says since when).
#   references:
#     - https://kubernetes.io/docs/reference/using-api/deprecation-guide/
package kpg.rules.removed_api_upcoming

import data.kpg.lib.apis

violation contains {"message": msg, "path": ["apiVersion"]} if {
	removal := apis.removal
	removal.release > removal.target
	msg := sprintf("apiVersion %s of %s is removed in Kubernetes 1.%d, your target is 1.%d; %s", [input.apiVersion, input.kind, removal.release, removal.target, apis.advice(removal.replacement)])
}
