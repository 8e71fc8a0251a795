# METADATA
# title: Workloads must not run as the default ServiceAccount
# description: >-
#   A pod that names no ServiceAccount runs as its namespace's `default` ServiceAccount, an identity shared
#   with every other pod that does not name one: any permission granted to it (RBAC bindings, image pull
#   secrets, cloud identity) reaches all of them. Reported when `serviceAccountName` is unset, empty or
#   `default`; when it is unset, the deprecated alias `serviceAccount` is used as the API server does
#   (serviceAccountName wins when both are set).
# custom:
#   id: default-service-account
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Create a ServiceAccount for the workload, grant it only what it needs, and set
#     `spec.serviceAccountName` on the pod (template). Replace the deprecated `serviceAccount` field with
#     `serviceAccountName`.
#   references:
#     - https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts
#     - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/
#     - https://kubernetes.io/docs/concepts/security/rbac-good-practices/
package kpg.rules.default_service_account

import data.kpg.lib.kubernetes as k8s

name_field := "serviceAccountName" if {
	non_empty(k8s.pod.spec.serviceAccountName)
} else := "serviceAccount" if {
	non_empty(k8s.pod.spec.serviceAccount)
}

non_empty(value) if {
	is_string(value)
	value != ""
}

violation contains {"message": msg, "path": k8s.pod.path} if {
	k8s.pod
	not name_field
	msg := "pod does not set serviceAccountName, so it runs as the namespace's default ServiceAccount, shared with every pod that names none; create a dedicated ServiceAccount and set serviceAccountName"
}

violation contains {"message": msg, "path": k8s.pod_path([name_field])} if {
	k8s.pod.spec[name_field] == "default"
	msg := sprintf("pod sets %s: default, the namespace's ServiceAccount shared with every pod that names none; create a dedicated ServiceAccount and set serviceAccountName", [name_field])
}
