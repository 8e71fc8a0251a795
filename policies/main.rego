# The single entrypoint (kpg/violations): every violation of every rule under data.kpg.rules, tagged with its rule id.
package kpg

# A rule package kpg.rules.run_as_non_root has the id run-as-non-root; its `violation` set holds {message, path}.
violations contains {"rule": replace(name, "_", "-"), "message": v.message, "path": v.path} if {
	some name in rule_names
	some v in data.kpg.rules[name].violation
}

# The rule packages to evaluate: data.kpg.run when the engine names them (rules the selection cannot report
# are then never computed), else all of them.
rule_names := data.kpg.run if is_array(data.kpg.run)

else := {name | some name, _ in data.kpg.rules}

# Batch entrypoint (kpg/batch): input.objects is a list; one array of violations per object, in order.
# One wasm call per batch instead of per object: the evaluator's hot path.
batch := [v | some obj in input.objects; v := violations with input as obj]
