# Rule parameters: each rule's `default_parameters`, overridden by data.kpg.parameters.<rule package>.<name>.
# The defaults live in the rule files only; scripts/build-policies.mjs reads them (and their METADATA
# descriptions) into rules.json, and data.kpg.parameter_errors (main.rego) reports what it refuses.
package kpg.lib.parameters

# The parameters of rule package `name`: every default, replaced by the user's value when it has the
# default's type. A value of another type keeps the default, so a mistake never switches a rule off, and is
# reported by data.kpg.parameter_errors.
merge(name, defaults) := merge_typed(name, defaults, {})

# merge() for a rule with a default that is an empty list: `items` names the type of its items
# ({"allowed": "number"}); a rule defines it as `parameter_items` and passes it here.
merge_typed(name, defaults, items) := {key: value |
	some key, fallback in defaults
	value := chosen(user(name), key, fallback, object.get(items, key, "string"))
}

user(name) := values if {
	values := data.kpg.parameters[name]
	is_object(values)
} else := {}

chosen(values, key, fallback, item) := values[key] if valid(values[key], fallback, item)

else := fallback

# Scalars keep their JSON type; a list holds scalars of one type: the type of the default's items, or `item`
# when the default is an empty list.
valid(value, fallback, _) if {
	not is_array(fallback)
	type_name(value) == type_name(fallback)
}

valid(value, fallback, item) if {
	is_array(fallback)
	is_array(value)
	every element in value {
		type_name(element) == item_type(fallback, item)
	}
}

item_type(fallback, item) := type_name(fallback[0]) if count(fallback) > 0

else := item

# What a parameter must be, for messages: "a list of strings", "a boolean".
expected(fallback, item) := sprintf("a list of %ss", [item_type(fallback, item)]) if is_array(fallback)

else := sprintf("a %s", [type_name(fallback)])

object_keys(obj) := {key | some key, _ in obj}

id(name) := replace(name, "_", "-")
