# Shared helpers of the RBAC and control-plane rules: RBAC rule matching as the RBAC authorizer does it,
# kube-apiserver command lines parsed as pflag parses them, KubeletConfiguration, weak TLS cipher suites.
package kpg.lib.controlplane

import data.kpg.lib.kubernetes as k8s

# --- RBAC -------------------------------------------------------------------------------------------

role_kinds := {"Role", "ClusterRole"}

binding_kinds := {"RoleBinding", "ClusterRoleBinding"}

is_rbac if startswith(object.get(input, "apiVersion", ""), "rbac.authorization.k8s.io/")

is_role if {
	is_rbac
	input.kind in role_kinds
}

is_binding if {
	is_rbac
	input.kind in binding_kinds
}

# Every PolicyRule of a Role or ClusterRole with its index.
role_rules contains {"rule": rule, "index": i} if {
	is_role
	some i, rule in input.rules
	is_object(rule)
}

# The elements of one of a rule's lists (verbs, resources, apiGroups, resourceNames), or none.
elements(rule, field) := rule[field] if is_array(rule[field])

else := []

# rbacv1helpers.APIGroupMatches: the rule lists the group or "*".
group_matches(rule, group) if {
	some g in elements(rule, "apiGroups")
	g in {"*", group}
}

# rbacv1helpers.ResourceMatches for one element of rule.resources and a resource without subresource
# ("roles"): "*" or the exact name. A resource ending in "/*" stands for all its subresources
# (userextras/<extra name>): matched by "*", "userextras/<any>" and "*/<any>".
resource_element_matches(element, _) if element == "*"

resource_element_matches(element, resource) if element == resource

resource_element_matches(element, resource) if {
	is_string(element)
	endswith(resource, "/*")
	startswith(element, trim_suffix(resource, "*"))
}

resource_element_matches(element, resource) if {
	is_string(element)
	endswith(resource, "/*")
	startswith(element, "*/")
}

# A binding's subjects with their indexes.
subjects contains {"subject": s, "index": i} if {
	is_binding
	some i, s in elements(input, "subjects")
	is_object(s)
}

# The subject a binding entry names, for messages: "Group system:authenticated".
subject_label(subject) := concat(" ", [object.get(subject, "kind", "subject"), object.get(subject, "name", "")])

# The role a binding refers to, for messages: `ClusterRole "view"`.
role_ref_label := sprintf("%s \"%s\"", [object.get(input.roleRef, "kind", "role"), object.get(input.roleRef, "name", "")])

# --- kube-apiserver command lines --------------------------------------------------------------------

# Containers (of any workload kind: static Pods, and hosted control planes that run kube-apiserver in a
# Deployment) whose command runs kube-apiserver, with the flags of command + args as pflag reads them.
apiservers contains {"label": c.label, "flags": parse_flags(argv), "missing_path": missing_path(c)} if {
	some c in k8s.containers
	argv := arguments(c)
	runs_apiserver(c.container, argv)
}

# command then args, each element with its JSON path.
arguments(c) := array.concat(
	[{"value": v, "path": k8s.container_path(c, ["command", i])} | some i, v in elements(c.container, "command")],
	[{"value": v, "path": k8s.container_path(c, ["args", i])} | some i, v in elements(c.container, "args")],
)

basename(path) := parts[count(parts) - 1] if {
	is_string(path)
	parts := split(path, "/")
}

runs_apiserver(_, argv) if basename(argv[0].value) == "kube-apiserver"

runs_apiserver(_, argv) if {
	basename(argv[0].value) == "hyperkube"
	argv[1].value in {"kube-apiserver", "apiserver"}
}

# No command: the image's entrypoint runs; trust the image name (registry.k8s.io/kube-apiserver:v1.33.0).
runs_apiserver(container, _) if {
	count(elements(container, "command")) == 0
	image := object.get(container, "image", "")
	is_string(image)
	repository := split(split(image, "@")[0], ":")[0]
	basename(repository) == "kube-apiserver"
}

# Where a missing flag is reported: the command list, else the args list, else the container.
missing_path(c) := k8s.container_path(c, ["command"]) if is_array(c.container.command)

else := k8s.container_path(c, ["args"]) if is_array(c.container.args)

else := c.path

# Boolean flags take no separate value: `--anonymous-auth false` sets true (and passes "false" as an
# argument, which kube-apiserver rejects), so only `--name=value` can set them.
bool_flags := {"anonymous-auth"}

# Every flag occurrence: name, value, the index of its element in command + args, and the path of the
# element holding the value (the flag's own element for --name=value, the next one for --name value).
parse_flags(argv) := {f |
	some i, element in argv
	is_string(element.value)
	startswith(element.value, "--")
	f := flag(argv, i, trim_prefix(element.value, "--"))
}

flag(argv, i, text) := {"name": name, "value": value, "index": i, "path": argv[i].path} if {
	contains(text, "=")
	name := split(text, "=")[0]
	value := substring(text, count(name) + 1, -1)
}

flag(argv, i, text) := {"name": text, "value": "true", "index": i, "path": argv[i].path} if {
	not contains(text, "=")
	text in bool_flags
}

flag(argv, i, text) := {"name": text, "value": argv[i + 1].value, "index": i, "path": argv[i + 1].path} if {
	not contains(text, "=")
	not text in bool_flags
	is_value(argv, i + 1)
}

flag(argv, i, text) := {"name": text, "value": "", "index": i, "path": argv[i].path} if {
	not contains(text, "=")
	not text in bool_flags
	not is_value(argv, i + 1)
}

# Element i is the separate value of the flag before it (`--name value`): the previous element is a
# non-boolean flag without "=", and this one is not itself a flag.
is_value(argv, i) if {
	i > 0
	is_string(argv[i].value)
	not startswith(argv[i].value, "-")
	previous := argv[i - 1].value
	is_string(previous)
	startswith(previous, "--")
	not contains(previous, "=")
	not trim_prefix(previous, "--") in bool_flags
}

# All occurrences of a flag.
occurrences(server, name) := [f | some f in server.flags; f.name == name]

# The occurrence that takes effect for a scalar flag: pflag keeps the last one.
last(server, name) := f if {
	fs := occurrences(server, name)
	count(fs) > 0
	top := max({x.index | some x in fs})
	some f in fs
	f.index == top
}

# The items of one occurrence of a list flag (comma-separated; pflag appends repeated occurrences).
items(f) := {trim_space(v) | some v in split(f.value, ","); trim_space(v) != ""}

# The union over all occurrences of a list flag.
list_values(server, name) := {v | some f in occurrences(server, name); some v in items(f)}

# strconv.ParseBool's spellings of false.
false_spellings := {"0", "f", "F", "false", "FALSE", "False"}

# --- TLS ----------------------------------------------------------------------------------------------

# The TLS 1.0-1.2 cipher suites to refuse by default (the default of the rules' weakSuites parameter):
# every suite Kubernetes accepts (crypto/tls names) that uses CBC mode (padding-oracle and Lucky13-style
# timing attacks), RC4, or RSA key exchange (no forward secrecy). That is every suite Kubernetes lists as
# insecure, plus the ECDHE CBC-SHA1 suites it still lists as preferred.
weak_cipher_suites := [
	"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
	"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
	"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
	"TLS_ECDHE_ECDSA_WITH_RC4_128_SHA",
	"TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
	"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
	"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
	"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
	"TLS_ECDHE_RSA_WITH_RC4_128_SHA",
	"TLS_RSA_WITH_3DES_EDE_CBC_SHA",
	"TLS_RSA_WITH_AES_128_CBC_SHA",
	"TLS_RSA_WITH_AES_128_CBC_SHA256",
	"TLS_RSA_WITH_AES_128_GCM_SHA256",
	"TLS_RSA_WITH_AES_256_CBC_SHA",
	"TLS_RSA_WITH_AES_256_GCM_SHA384",
	"TLS_RSA_WITH_RC4_128_SHA",
]

# Why a suite is weak, for messages: it matches one of these patterns (every default suite does).
weak_cipher_suite(suite) if contains(suite, "_CBC_")

weak_cipher_suite(suite) if contains(suite, "_RC4_")

weak_cipher_suite(suite) if startswith(suite, "TLS_RSA_WITH_")

# --- kubelet ------------------------------------------------------------------------------------------

# A KubeletConfiguration file (the kubelet's --config, or the one a kubeadm configuration carries).
is_kubelet_config if {
	input.kind == "KubeletConfiguration"
	startswith(object.get(input, "apiVersion", ""), "kubelet.config.k8s.io/")
}
