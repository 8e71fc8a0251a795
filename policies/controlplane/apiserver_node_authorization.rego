# METADATA
# title: kube-apiserver must use the Node authorizer
# description: >-
#   The Node authorizer limits each kubelet to the Secrets, ConfigMaps, volumes and Pods of the Pods bound
#   to its own node. A chain without it leaves kubelets either unable to work or granted a role such as
#   system:node for every node, so one compromised node reads every Secret of the cluster. Reported when
#   `--authorization-mode` is set without Node (a missing flag is reported by apiserver-authorization-mode).
# custom:
#   id: apiserver-node-authorization
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Set `--authorization-mode=Node,RBAC`, and enable the NodeRestriction admission plugin with it.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/node/
#     - https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/
package kpg.rules.apiserver_node_authorization

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": f.path} if {
	some s in cp.apiservers
	count(cp.occurrences(s, "authorization-config")) == 0
	f := cp.last(s, "authorization-mode")
	not "Node" in cp.list_values(s, "authorization-mode")
	msg := sprintf("%s runs kube-apiserver with --authorization-mode=%s, without Node: kubelets are not limited to the objects of their own node; add Node, as in Node,RBAC", [s.label, f.value])
}
