# METADATA
# title: The kubelet must authorize requests with the API server
# description: >-
#   `authorization.mode: AlwaysAllow` lets every authenticated caller (and every anonymous one, if
#   anonymous authentication is on) use the whole kubelet API: exec into any container of the node, read
#   its logs and environment. `Webhook`, the KubeletConfiguration default, asks the API server with a
#   SubjectAccessReview.
# custom:
#   id: kubelet-authorization-mode
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Set `authorization.mode: Webhook` (or remove it) and grant kubelet API access through RBAC on the
#     nodes/proxy, nodes/log, nodes/stats and nodes/metrics subresources.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
#     - https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
package kpg.rules.kubelet_authorization_mode

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": ["authorization", "mode"]} if {
	cp.is_kubelet_config
	input.authorization.mode == "AlwaysAllow"
	msg := "authorization.mode is AlwaysAllow: every caller may exec into the node's containers and read their logs; set it to Webhook"
}
