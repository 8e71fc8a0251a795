# METADATA
# title: The kubelet must not serve its read-only port
# description: >-
#   `readOnlyPort` (conventionally 10255) serves the kubelet's pod specs, node information and metrics
#   over plain HTTP with no authentication or authorization. KubeletConfiguration defaults it to 0
#   (disabled); any other value is reported.
# custom:
#   id: kubelet-read-only-port
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Remove `readOnlyPort` or set it to 0; read metrics from the authenticated port 10250.
#   references:
#     - https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
#     - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/
package kpg.rules.kubelet_read_only_port

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": ["readOnlyPort"]} if {
	cp.is_kubelet_config
	is_number(input.readOnlyPort)
	input.readOnlyPort != 0
	msg := sprintf("readOnlyPort is %d: the kubelet serves pod and node information there without authentication; set it to 0", [input.readOnlyPort])
}
