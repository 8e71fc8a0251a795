# The single entrypoint (kpg/violations): every violation of every rule under data.kpg.rules, tagged with its rule id.
package kpg

# A rule package kpg.rules.run_as_non_root has the id run-as-non-root; its `violation` set holds {message, path}.
violations contains {"rule": replace(name, "_", "-"), "message": v.message, "path": v.path} if {
	some name, rule in data.kpg.rules
	some v in rule.violation
}

# Batch entrypoint (kpg/batch): input.objects is a list; one array of violations per object, in order.
# One wasm call per batch instead of per object: the evaluator's hot path.
batch := [v | some obj in input.objects; v := violations with input as obj]
