package kpg_test

import data.kpg

privileged_pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "securityContext": {"privileged": true}}]}}

test_fire_violations_tagged_with_rule_id if {
	some v in kpg.violations with input as privileged_pod
	v.rule == "privileged"
	v.path == ["spec", "containers", 0, "securityContext", "privileged"]
}

test_batch_keeps_order_and_matches_single if {
	objects := [privileged_pod, {"kind": "ConfigMap", "metadata": {"name": "c"}}]
	result := kpg.batch with input as {"objects": objects}
	count(result) == 2
	result[0] == kpg.violations with input as privileged_pod
	result[1] == kpg.violations with input as objects[1]
}

test_run_list_limits_the_rules_evaluated if {
	pod := {"kind": "Pod", "metadata": {"name": "p"}, "spec": {"hostPID": true, "containers": [{"name": "a", "securityContext": {"privileged": true}}]}}
	all := {v.rule | some v in kpg.violations with input as pod}
	{"privileged", "host-namespaces"} & all == {"privileged", "host-namespaces"}
	only := {v.rule | some v in kpg.violations with input as pod with data.kpg.run as ["privileged"]}
	only == {"privileged"}
}
