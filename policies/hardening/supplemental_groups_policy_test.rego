package kpg.rules.supplemental_groups_policy_test

import data.kpg.rules.supplemental_groups_policy as rule

deployment(psc) := {"kind": "Deployment", "metadata": {"name": "d"}, "spec": {"template": {"spec": {"securityContext": psc, "containers": [{"name": "a"}]}}}}

test_fire_missing if {
	v := rule.violation with input as deployment({"runAsNonRoot": true})
	{x.path | some x in v} == {["spec", "template", "spec", "securityContext"]}
}

test_fire_merge if {
	v := rule.violation with input as deployment({"supplementalGroupsPolicy": "Merge"})
	v == {{"message": "pod sets securityContext.supplementalGroupsPolicy=Merge: groups from the image's /etc/group are merged in; set it to Strict", "path": ["spec", "template", "spec", "securityContext", "supplementalGroupsPolicy"]}}
}

test_dont_fire_strict if {
	count(rule.violation) == 0 with input as deployment({"supplementalGroupsPolicy": "Strict"})
}

test_dont_fire_service if {
	count(rule.violation) == 0 with input as {"kind": "Service", "metadata": {"name": "s"}}
}

test_dont_fire_windows_pod if {
	count(rule.violation) == 0 with input as {"kind": "Pod", "metadata": {"name": "w"}, "spec": {"os": {"name": "windows"}, "containers": [{"name": "a"}]}}
}

test_dont_fire_windows_node_selector if {
	count(rule.violation) == 0 with input as {"kind": "Deployment", "metadata": {"name": "w"}, "spec": {"template": {"spec": {"nodeSelector": {"kubernetes.io/os": "windows"}, "containers": [{"name": "a"}]}}}}
}

test_fire_linux_os if {
	v := rule.violation with input as {"kind": "Pod", "metadata": {"name": "l"}, "spec": {"os": {"name": "linux"}, "containers": [{"name": "a"}]}}
	v == {{"message": "pod does not set securityContext.supplementalGroupsPolicy: the default (Merge) also grants the groups listed for the user in the image's /etc/group; set it to Strict", "path": ["spec"]}}
}
