# METADATA
# title: kube-apiserver must enable the NodeRestriction admission plugin
# description: >-
#   NodeRestriction lets a kubelet modify only its own Node object and the Pods bound to it, and stops it
#   from setting the node-restriction.kubernetes.io/ labels that workloads rely on for isolation. It is
#   not in the default plugin set, so `--enable-admission-plugins` must list it, and
#   `--disable-admission-plugins` must not.
# custom:
#   id: apiserver-node-restriction
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Add NodeRestriction to `--enable-admission-plugins` (for example
#     `--enable-admission-plugins=NodeRestriction`), with the Node authorizer in `--authorization-mode`.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#noderestriction
#     - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
package kpg.rules.apiserver_node_restriction

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	some f in cp.occurrences(s, "disable-admission-plugins")
	"NodeRestriction" in cp.items(f)
	msg := sprintf("%s runs kube-apiserver with --disable-admission-plugins=%s: kubelets can modify other nodes and their Pods; do not disable NodeRestriction", [s.label, f.value])
}

violation contains {"message": msg, "path": path(s)} if {
	some s in cp.apiservers
	not disabled(s)
	not "NodeRestriction" in cp.list_values(s, "enable-admission-plugins")
	msg := sprintf("%s runs kube-apiserver without NodeRestriction in --enable-admission-plugins: kubelets can modify other nodes and their Pods; add it", [s.label])
}

disabled(s) if {
	some f in cp.occurrences(s, "disable-admission-plugins")
	"NodeRestriction" in cp.items(f)
}

path(s) := f.path if f := cp.last(s, "enable-admission-plugins")

else := s.missing_path
