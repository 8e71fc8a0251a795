# The entrypoints: kpg/violations (every violation of every rule under data.kpg.rules, tagged with its rule id),
# kpg/batch (the same for many objects) and kpg/parameter_errors (rule parameters in data that no rule can use).
package kpg

import data.kpg.lib.parameters as params

# A rule package kpg.rules.run_as_non_root has the id run-as-non-root; its `violation` set holds {message, path}.
violations contains {"rule": replace(name, "_", "-"), "message": v.message, "path": v.path} if {
	some name in rule_names
	some v in data.kpg.rules[name].violation
}

# The rule packages to evaluate: data.kpg.run when the engine names them (rules the selection cannot report
# are then never computed), else all of them.
rule_names := data.kpg.run if is_array(data.kpg.run)

else := {name | data.kpg.rules[name].violation}

# Batch entrypoint (kpg/batch): input.objects is a list; one array of violations per object, in order.
# One wasm call per batch instead of per object: the evaluator's hot path.
batch := [v | some obj in input.objects; v := violations with input as obj]

# Entrypoint kpg/parameter_errors: what data.kpg.parameters holds that no rule uses (an unknown rule or
# parameter, a value of the wrong type), one {rule, message, path} per mistake, path being where in `data`
# it sits. It does not depend on input: evaluate it once after setData. Rules keep their defaults meanwhile.
parameter_errors contains {"rule": params.id(name), "message": msg, "path": ["kpg", "parameters", name]} if {
	some name, values in data.kpg.parameters
	data.kpg.rules[name].default_parameters
	not is_object(values)
	msg := sprintf("the parameters of rule %s must be a mapping of parameter names to values, not %s", [params.id(name), json.marshal(values)])
}

parameter_errors contains {"rule": params.id(name), "message": msg, "path": ["kpg", "parameters", name, key]} if {
	some name, values in data.kpg.parameters
	defaults := data.kpg.rules[name].default_parameters
	is_object(values)
	some key, _ in values
	not key in params.object_keys(defaults)
	msg := sprintf("rule %s has no parameter %s (it has: %s)", [params.id(name), key, concat(", ", sort(params.object_keys(defaults)))])
}

parameter_errors contains {"rule": params.id(name), "message": msg, "path": ["kpg", "parameters", name, key]} if {
	some name, values in data.kpg.parameters
	defaults := data.kpg.rules[name].default_parameters
	is_object(values)
	some key, value in values
	fallback := defaults[key]
	item := object.get(parameter_items(name), key, "string")
	not params.valid(value, fallback, item)
	msg := sprintf("parameter %s of rule %s must be %s, not %s; the rule uses its default", [key, params.id(name), params.expected(fallback, item), json.marshal(value)])
}

parameter_errors contains {"rule": params.id(name), "message": msg, "path": ["kpg", "parameters", name]} if {
	some name, _ in data.kpg.parameters
	is_string(name)
	not data.kpg.rules[name].default_parameters
	msg := unparameterised(name)
}

parameter_errors contains {"rule": "", "message": msg, "path": ["kpg", "parameters"]} if {
	not is_object(data.kpg.parameters)
	data.kpg.parameters != null
	msg := sprintf("data.kpg.parameters must map rule packages to their parameters, not %s", [json.marshal(data.kpg.parameters)])
}

# The item types of parameters whose default is an empty list (see lib/parameters.rego).
parameter_items(name) := items if items := data.kpg.rules[name].parameter_items

else := {}

unparameterised(name) := sprintf("rule %s has no parameters", [params.id(name)]) if {
	data.kpg.rules[name].violation
} else := sprintf("there is no rule package %s; data.kpg.parameters is keyed by package name (%s)", [name, replace(name, "-", "_")]) if {
	data.kpg.rules[replace(name, "-", "_")].default_parameters
} else := sprintf("there is no rule package %s with parameters", [name])
