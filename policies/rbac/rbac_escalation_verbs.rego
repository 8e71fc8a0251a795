# METADATA
# title: RBAC roles must not grant escalate, bind or impersonate
# description: >-
#   RBAC stops a subject from creating a role, or a binding to a role, with permissions it does not hold,
#   except for subjects granted `escalate` (on roles and clusterroles: write any role), `bind` (on roles
#   and clusterroles: bind any role) or `impersonate` (on users, groups, serviceaccounts, uids and
#   userextras: act as that identity with all its permissions). Each of these leads to cluster-admin.
#   A `*` verb includes all three. Grants that cannot take effect are not reported: a Role's escalate on
#   clusterroles and its impersonation of users, groups, uids and extras (cluster-scoped checks that only
#   ClusterRoleBindings satisfy), and these verbs on other resources.
# custom:
#   id: rbac-escalation-verbs
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Remove the verb, or keep it only in a role for a tightly controlled administrative identity and
#     restrict it with `resourceNames` (for example `bind` on the clusterroles `edit` and `view`).
#     Constrained impersonation (`impersonate:user-info`, `impersonate:serviceaccount` with
#     `impersonate-on:...` verbs) can replace unrestricted `impersonate`.
#   parameters:
#     verbs: >-
#       The verbs reported, of escalate, bind and impersonate (other verbs have no escalation path here and
#       are ignored); `*` is reported for those it includes.
#   references:
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks
#     - https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping
#     - https://kubernetes.io/docs/reference/access-authn-authz/user-impersonation/
package kpg.rules.rbac_escalation_verbs

import data.kpg.lib.controlplane as cp
import data.kpg.lib.parameters as params

default_parameters := {"verbs": ["escalate", "bind", "impersonate"]}

parameters := params.merge("rbac_escalation_verbs", default_parameters)

rbac_group := "rbac.authorization.k8s.io"

both := {"Role", "ClusterRole"}

# Where each verb matters, and in which kinds of role a grant takes effect.
targets := {
	"escalate": [
		{"group": rbac_group, "resource": "roles", "kinds": both},
		{"group": rbac_group, "resource": "clusterroles", "kinds": {"ClusterRole"}},
	],
	"bind": [
		{"group": rbac_group, "resource": "roles", "kinds": both},
		{"group": rbac_group, "resource": "clusterroles", "kinds": both},
	],
	"impersonate": [
		{"group": "", "resource": "users", "kinds": {"ClusterRole"}},
		{"group": "", "resource": "groups", "kinds": {"ClusterRole"}},
		{"group": "", "resource": "serviceaccounts", "kinds": both},
		{"group": "authentication.k8s.io", "resource": "uids", "kinds": {"ClusterRole"}},
		{"group": "authentication.k8s.io", "resource": "userextras/*", "kinds": {"ClusterRole"}},
	],
}

explanations := {
	"escalate": "escalate lets its holders write roles with permissions they do not have",
	"bind": "bind lets its holders bind roles with permissions they do not have",
	"impersonate": "impersonate lets its holders act as those identities with all their permissions",
}

violation contains {"message": msg, "path": ["rules", r.index, "verbs", j]} if {
	some r in cp.role_rules
	some j, verb in cp.elements(r.rule, "verbs")
	granted := {v: resources |
		some v in covered(verb)
		resources := reachable(r.rule, v)
		count(resources) > 0
	}
	count(granted) > 0
	msg := message(r.index, verb, granted)
}

# The reported verbs a verb of the rule grants.
reported := {verb | some verb in parameters.verbs; targets[verb]}

covered("*") := reported

covered(verb) := {verb} if verb in reported

# The target resources of `verb` that this rule reaches.
reachable(rule, verb) := {t.resource |
	some t in targets[verb]
	input.kind in t.kinds
	cp.group_matches(rule, t.group)
	some element in cp.elements(rule, "resources")
	cp.resource_element_matches(element, t.resource)
}

message(i, "*", granted) := sprintf("rules[%d] grants \"*\", which includes %s: %s", [
	i,
	concat(", ", [sprintf("%s (%s)", [v, concat(", ", sort(granted[v]))]) | some v in sort({k | some k, _ in granted})]),
	concat("; ", [explanations[v] | some v in sort({k | some k, _ in granted})]),
])

message(i, verb, granted) := sprintf("rules[%d] grants %s on %s: %s", [i, verb, concat(", ", sort(granted[verb])), explanations[verb]]) if verb != "*"
