# METADATA
# title: kube-apiserver must not accept anonymous requests
# description: >-
#   kube-apiserver serves requests that no authenticator rejects as the user system:anonymous (group
#   system:unauthenticated) unless started with `--anonymous-auth=false`; the default is true. Anyone who
#   can reach the port then gets whatever is bound to those identities, and one careless binding exposes
#   the cluster. Reported for containers that run kube-apiserver (static Pods and Deployments) when the
#   flag is missing or not false. Not reported when the flag is missing and `--authentication-config` is
#   set: the AuthenticationConfiguration file can then restrict anonymous access to health endpoints.
# custom:
#   id: apiserver-anonymous-auth
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Add `--anonymous-auth=false`. Probes of /livez and /readyz then need credentials; alternatively
#     (Kubernetes 1.32+), set `anonymous.enabled: true` with `conditions` limited to `/livez`, `/readyz`
#     and `/healthz` in an AuthenticationConfiguration passed with `--authentication-config`.
#   references:
#     - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
#     - https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests
#     - https://kubernetes.io/docs/tasks/administer-cluster/securing-a-cluster/
package kpg.rules.apiserver_anonymous_auth

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	f := cp.last(s, "anonymous-auth")
	not f.value in cp.false_spellings
	msg := sprintf("%s runs kube-apiserver with --anonymous-auth=%s: requests without credentials are served as system:anonymous; set --anonymous-auth=false", [s.label, f.value])
}

violation contains {"message": msg, "path": s.missing_path} if {
	some s in cp.apiservers
	count(cp.occurrences(s, "anonymous-auth")) == 0
	count(cp.occurrences(s, "authentication-config")) == 0
	msg := sprintf("%s runs kube-apiserver without --anonymous-auth=false: anonymous requests are enabled by default; add --anonymous-auth=false", [s.label])
}
