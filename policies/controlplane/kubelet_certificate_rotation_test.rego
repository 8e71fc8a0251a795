package kpg.rules.kubelet_certificate_rotation_test

import data.kpg.rules.kubelet_certificate_rotation as rule

config(fields) := object.union({"apiVersion": "kubelet.config.k8s.io/v1beta1", "kind": "KubeletConfiguration"}, fields)

test_fire_rotate_false if {
	v := rule.violation with input as config({"rotateCertificates": false})
	v == {{"message": "rotateCertificates is false: the kubelet keeps its client certificate until it expires; set it to true", "path": ["rotateCertificates"]}}
}

test_fire_server_gate_false if {
	v := rule.violation with input as config({"rotateCertificates": true, "serverTLSBootstrap": true, "featureGates": {"RotateKubeletServerCertificate": false}})
	v == {{"message": "featureGates.RotateKubeletServerCertificate is false: the kubelet never renews its serving certificate; remove it or set it to true", "path": ["featureGates", "RotateKubeletServerCertificate"]}}
}

test_dont_fire_rotating if {
	count(rule.violation) == 0 with input as config({"rotateCertificates": true, "serverTLSBootstrap": true, "featureGates": {"RotateKubeletServerCertificate": true}})
}

test_dont_fire_unset if {
	count(rule.violation) == 0 with input as config({})
}
