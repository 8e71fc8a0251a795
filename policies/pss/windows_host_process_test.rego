package kpg.rules.windows_host_process_test

import data.kpg.rules.windows_host_process as rule

pod(spec) := {"kind": "Pod", "metadata": {"name": "p"}, "spec": object.union({"os": {"name": "windows"}, "containers": [{"name": "a"}]}, spec)}

test_fire_pod_host_process if {
	v := rule.violation with input as pod({"hostNetwork": true, "securityContext": {"windowsOptions": {"hostProcess": true, "runAsUserName": "NT AUTHORITY\\SYSTEM"}}})
	v == {{"message": "pod must not set securityContext.windowsOptions.hostProcess=true (allowed: false or unset)", "path": ["spec", "securityContext", "windowsOptions", "hostProcess"]}}
}

test_fire_container_host_process if {
	v := rule.violation with input as pod({"containers": [{"name": "a", "securityContext": {"windowsOptions": {"hostProcess": true}}}]})
	v == {{"message": "container \"a\" must not set securityContext.windowsOptions.hostProcess=true (allowed: false or unset)", "path": ["spec", "containers", 0, "securityContext", "windowsOptions", "hostProcess"]}}
}

test_fire_init_container_in_daemonset if {
	obj := {"kind": "DaemonSet", "spec": {"template": {"spec": {"containers": [{"name": "a"}], "initContainers": [{"name": "i", "securityContext": {"windowsOptions": {"hostProcess": true}}}]}}}}
	v := rule.violation with input as obj
	{x.path | some x in v} == {["spec", "template", "spec", "initContainers", 0, "securityContext", "windowsOptions", "hostProcess"]}
}

test_dont_fire_false_or_unset if {
	count(rule.violation) == 0 with input as pod({"securityContext": {"windowsOptions": {"hostProcess": false}}, "containers": [{"name": "a", "securityContext": {"windowsOptions": {"runAsUserName": "ContainerUser"}}}]})
}
