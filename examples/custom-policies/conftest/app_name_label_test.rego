package main

test_fire_no_labels if {
	results := warn with input as {"kind": "ConfigMap", "metadata": {"name": "settings"}}
	results == {{"msg": "ConfigMap settings has no app.kubernetes.io/name label", "details": {"path": ["metadata"]}}}
}

test_fire_other_labels if {
	results := warn with input as {"kind": "Service", "metadata": {"name": "web", "labels": {"app": "web"}}}
	results == {{"msg": "Service web has no app.kubernetes.io/name label", "details": {"path": ["metadata", "labels"]}}}
}

test_dont_fire_labelled if {
	count(warn) == 0 with input as {"kind": "Service", "metadata": {"name": "web", "labels": {"app.kubernetes.io/name": "web"}}}
}
