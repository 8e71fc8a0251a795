# METADATA
# title: The kubelet must not accept anonymous requests
# description: >-
#   With `authentication.anonymous.enabled: true` the kubelet API (port 10250: exec, logs, pod listing)
#   serves requests without credentials as system:anonymous, and with AlwaysAllow authorization anyone
#   who reaches the port runs commands in every container of the node. KubeletConfiguration defaults to
#   false (the command-line flag defaults to true), so only an explicit true is reported.
# custom:
#   id: kubelet-anonymous-auth
#   severity: error
#   profiles: [hardened]
#   remediation: >-
#     Set `authentication.anonymous.enabled: false` (or remove it) and keep `authentication.webhook.enabled:
#     true` with `authorization.mode: Webhook`.
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
#     - https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
package kpg.rules.kubelet_anonymous_auth

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": ["authentication", "anonymous", "enabled"]} if {
	cp.is_kubelet_config
	input.authentication.anonymous.enabled == true
	msg := "authentication.anonymous.enabled is true: the kubelet API serves requests without credentials; set it to false"
}
