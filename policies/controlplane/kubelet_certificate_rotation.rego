# METADATA
# title: The kubelet must rotate its certificates
# description: >-
#   `rotateCertificates: false` keeps the kubelet's client certificate until it expires instead of
#   renewing it through the certificates.k8s.io API, and the feature gate
#   `RotateKubeletServerCertificate: false` does the same for the serving certificate requested with
#   `serverTLSBootstrap`. Only explicit false is reported: kubeadm defaults rotateCertificates to true
#   (a bare kubelet config file defaults it to false), and the feature gate defaults to true.
# custom:
#   id: kubelet-certificate-rotation
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Set `rotateCertificates: true`, leave the RotateKubeletServerCertificate feature gate enabled, and
#     approve kubelet CSRs (kube-controller-manager approves client certificates; serving certificates
#     requested with `serverTLSBootstrap: true` need an approver).
#   references:
#     - https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/
#     - https://kubernetes.io/docs/tasks/tls/certificate-rotation/
#     - https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
package kpg.rules.kubelet_certificate_rotation

import data.kpg.lib.controlplane as cp

violation contains {"message": msg, "path": ["rotateCertificates"]} if {
	cp.is_kubelet_config
	input.rotateCertificates == false
	msg := "rotateCertificates is false: the kubelet keeps its client certificate until it expires; set it to true"
}

violation contains {"message": msg, "path": ["featureGates", "RotateKubeletServerCertificate"]} if {
	cp.is_kubelet_config
	input.featureGates.RotateKubeletServerCertificate == false
	msg := "featureGates.RotateKubeletServerCertificate is false: the kubelet never renews its serving certificate; remove it or set it to true"
}
