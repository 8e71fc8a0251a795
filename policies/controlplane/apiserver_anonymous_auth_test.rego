package kpg.rules.apiserver_anonymous_auth_test

import data.kpg.rules.apiserver_anonymous_auth as rule

pod(command) := {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "kube-apiserver", "namespace": "kube-system", "labels": {"component": "kube-apiserver"}}, "spec": {"containers": [{"name": "kube-apiserver", "image": "registry.k8s.io/kube-apiserver:v1.33.0", "command": command}]}}

test_fire_missing if {
	v := rule.violation with input as pod(["kube-apiserver", "--authorization-mode=Node,RBAC"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver without --anonymous-auth=false: anonymous requests are enabled by default; add --anonymous-auth=false", "path": ["spec", "containers", 0, "command"]}}
}

test_fire_true if {
	v := rule.violation with input as pod(["kube-apiserver", "--anonymous-auth=true", "--secure-port=6443"])
	v == {{"message": "container \"kube-apiserver\" runs kube-apiserver with --anonymous-auth=true: requests without credentials are served as system:anonymous; set --anonymous-auth=false", "path": ["spec", "containers", 0, "command", 1]}}
}

test_fire_bare_flag_is_true if {
	v := rule.violation with input as pod(["kube-apiserver", "--anonymous-auth", "false"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 1]}
}

test_fire_last_occurrence_wins if {
	v := rule.violation with input as pod(["kube-apiserver", "--anonymous-auth=false", "--anonymous-auth=true"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 2]}
}

test_fire_in_args if {
	v := rule.violation with input as {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "hosted"}, "spec": {"template": {"spec": {"containers": [{"name": "apiserver", "command": ["/usr/local/bin/kube-apiserver"], "args": ["--anonymous-auth=1"]}]}}}}
	v == {{"message": "container \"apiserver\" runs kube-apiserver with --anonymous-auth=1: requests without credentials are served as system:anonymous; set --anonymous-auth=false", "path": ["spec", "template", "spec", "containers", 0, "args", 0]}}
}

test_fire_missing_args_only_image if {
	v := rule.violation with input as {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "registry.k8s.io/kube-apiserver:v1.33.0@sha256:abc", "args": ["--secure-port=6443"]}]}}
	{x.path | some x in v} == {["spec", "containers", 0, "args"]}
}

test_fire_hyperkube if {
	v := rule.violation with input as pod(["/hyperkube", "kube-apiserver", "--anonymous-auth=yes"])
	{x.path | some x in v} == {["spec", "containers", 0, "command", 2]}
}

test_dont_fire_false if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--anonymous-auth=false"])
}

test_dont_fire_false_spellings if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--anonymous-auth=true", "--anonymous-auth=False"])
}

test_dont_fire_authentication_config if {
	count(rule.violation) == 0 with input as pod(["kube-apiserver", "--authentication-config=/etc/kubernetes/authn.yaml"])
}

test_dont_fire_other_binary if {
	count(rule.violation) == 0 with input as pod(["kube-controller-manager", "--use-service-account-credentials=true"])
}

test_dont_fire_sidecar_image_without_command if {
	count(rule.violation) == 0 with input as {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}, "spec": {"containers": [{"name": "a", "image": "example.com/kube-apiserver-proxy:1"}]}}
}
