# conftest-style rule: warn when an object lacks the recommended app.kubernetes.io/name label.
package main

# METADATA
# title: Objects carry the app.kubernetes.io/name label
# description: Dashboards and cost reports group objects by this recommended label.
warn contains {"msg": msg, "details": {"path": path}} if {
	not input.metadata.labels["app.kubernetes.io/name"]
	path := label_path
	msg := sprintf("%s %s has no app.kubernetes.io/name label", [input.kind, input.metadata.name])
}

# The labels when there are some, else the metadata that should hold them.
label_path := ["metadata", "labels"] if input.metadata.labels

else := ["metadata"]
