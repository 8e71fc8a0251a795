# METADATA
# title: kube-apiserver must authorize with RBAC, never AlwaysAllow
# description: >-
#   `--authorization-mode` is the ordered chain of authorizers. Without the flag (and without
#   `--authorization-config`) it defaults to AlwaysAllow, which authorizes every request; AlwaysAllow
#   anywhere in the chain authorizes every request that no earlier authorizer denies, and RBAC never
#   denies, so Roles and bindings stop meaning anything. Without RBAC in the chain, Roles and bindings are
#   not enforced at all. Not reported when `--authorization-config` is used (its file is not visible).
# custom:
#   id: apiserver-authorization-mode
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC` (add Webhook if you use an authorization webhook), and never
#     include AlwaysAllow.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/authorization/
#     - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
#     - https://kubernetes.io/docs/tasks/administer-cluster/securing-a-cluster/
package kpg.rules.apiserver_authorization_mode

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": s.missing_path} if {
	some s in cp.apiservers
	configurable(s)
	count(cp.occurrences(s, "authorization-mode")) == 0
	msg := sprintf("%s runs kube-apiserver without --authorization-mode: it defaults to AlwaysAllow, which authorizes every request; set --authorization-mode=Node,RBAC", [s.label])
}

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	configurable(s)
	some f in cp.occurrences(s, "authorization-mode")
	"AlwaysAllow" in cp.items(f)
	msg := sprintf("%s runs kube-apiserver with --authorization-mode=%s: AlwaysAllow authorizes every request no earlier authorizer denies, and RBAC never denies; remove it", [s.label, f.value])
}

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	configurable(s)
	modes := cp.list_values(s, "authorization-mode")
	not "AlwaysAllow" in modes
	not "RBAC" in modes
	f := cp.last(s, "authorization-mode")
	msg := sprintf("%s runs kube-apiserver with --authorization-mode=%s, without RBAC: Roles and bindings are not enforced; use --authorization-mode=Node,RBAC", [s.label, f.value])
}

configurable(s) if count(cp.occurrences(s, "authorization-config")) == 0
