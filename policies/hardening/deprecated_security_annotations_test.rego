package kpg.rules.deprecated_security_annotations_test

import data.kpg.rules.deprecated_security_annotations as rule

pod(annotations) := {"kind": "Pod", "metadata": {"name": "p", "annotations": annotations}, "spec": {"containers": [{"name": "app"}]}}

deployment(annotations, template_annotations) := {
	"kind": "Deployment",
	"metadata": {"name": "d", "annotations": annotations},
	"spec": {"template": {"metadata": {"annotations": template_annotations}, "spec": {"containers": [{"name": "app"}]}}},
}

test_fire_seccomp_pod if {
	v := rule.violation with input as pod({"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"})
	v == {{
		"message": "pod annotation seccomp.security.alpha.kubernetes.io/pod has been ignored since Kubernetes v1.27 (deprecated in v1.19), so no seccomp profile comes from it; set securityContext.seccompProfile on the pod",
		"path": ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"],
	}}
}

test_fire_seccomp_container if {
	v := rule.violation with input as pod({"container.seccomp.security.alpha.kubernetes.io/app": "localhost/profile.json"})
	v == {{
		"message": "pod annotation container.seccomp.security.alpha.kubernetes.io/app has been ignored since Kubernetes v1.27 (deprecated in v1.19), so no seccomp profile comes from it; set securityContext.seccompProfile on the container \"app\"",
		"path": ["metadata", "annotations", "container.seccomp.security.alpha.kubernetes.io/app"],
	}}
}

test_fire_apparmor_container if {
	v := rule.violation with input as pod({"container.apparmor.security.beta.kubernetes.io/app": "runtime/default"})
	v == {{
		"message": "pod annotation container.apparmor.security.beta.kubernetes.io/app is deprecated since Kubernetes v1.30; set securityContext.appArmorProfile on the container \"app\"",
		"path": ["metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"],
	}}
}

test_fire_each_annotation_of_a_template if {
	v := rule.violation with input as deployment({}, {
		"seccomp.security.alpha.kubernetes.io/pod": "runtime/default",
		"container.apparmor.security.beta.kubernetes.io/app": "runtime/default",
		"prometheus.io/scrape": "true",
	})
	{x.path | some x in v} == {
		["spec", "template", "metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"],
		["spec", "template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"],
	}
}

test_fire_on_workload_metadata if {
	v := rule.violation with input as deployment({"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}, {})
	v == {{
		"message": "annotation seccomp.security.alpha.kubernetes.io/pod on the Deployment itself has no effect (only pod metadata is read) and is deprecated; set securityContext.seccompProfile on the pod in the pod template",
		"path": ["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"],
	}}
}

test_fire_cronjob_template if {
	v := rule.violation with input as {"kind": "CronJob", "metadata": {"name": "c"}, "spec": {"jobTemplate": {"spec": {"template": {
		"metadata": {"annotations": {"container.seccomp.security.alpha.kubernetes.io/job": "unconfined"}},
		"spec": {"containers": [{"name": "job"}]},
	}}}}}
	{x.path | some x in v} == {["spec", "jobTemplate", "spec", "template", "metadata", "annotations", "container.seccomp.security.alpha.kubernetes.io/job"]}
}

test_fire_pod_template_object if {
	v := rule.violation with input as {"kind": "PodTemplate", "metadata": {"name": "t"}, "template": {
		"metadata": {"annotations": {"container.apparmor.security.beta.kubernetes.io/app": "localhost/k8s-nginx"}},
		"spec": {"containers": [{"name": "app"}]},
	}}
	{x.path | some x in v} == {["template", "metadata", "annotations", "container.apparmor.security.beta.kubernetes.io/app"]}
}

test_dont_fire_fields if {
	count(rule.violation) == 0 with input as {"kind": "Pod", "metadata": {"name": "p", "annotations": {"kubectl.kubernetes.io/default-container": "app"}}, "spec": {
		"securityContext": {"seccompProfile": {"type": "RuntimeDefault"}, "appArmorProfile": {"type": "RuntimeDefault"}},
		"containers": [{"name": "app"}],
	}}
}

test_dont_fire_similar_keys if {
	count(rule.violation) == 0 with input as pod({
		"seccomp.security.alpha.kubernetes.io/defaultProfileName": "runtime/default",
		"apparmor.security.beta.kubernetes.io/allowedProfileNames": "runtime/default",
		"example.com/container.seccomp.security.alpha.kubernetes.io": "x",
	})
}

test_dont_fire_no_annotations if {
	count(rule.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"containers": [{"name": "app"}]}}}}
}

test_dont_fire_non_workload if {
	count(rule.violation) == 0 with input as {"kind": "ConfigMap", "metadata": {"name": "c", "annotations": {"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}}}
}

# A target Kubernetes version before v1.30 has no appArmorProfile field: the annotation is the only way.
test_dont_fire_apparmor_before_v1_30 if {
	count(rule.violation) == 0 with input as pod({"container.apparmor.security.beta.kubernetes.io/app": "runtime/default"}) with data.kpg.kube_version as 29
}

test_fire_seccomp_before_v1_30 if {
	v := rule.violation with input as pod({"seccomp.security.alpha.kubernetes.io/pod": "runtime/default"}) with data.kpg.kube_version as 29
	{x.path | some x in v} == {["metadata", "annotations", "seccomp.security.alpha.kubernetes.io/pod"]}
}
