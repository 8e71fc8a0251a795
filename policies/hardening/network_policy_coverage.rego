# METADATA
# title: Namespaces that run workloads need a NetworkPolicy
# description: >-
#   Until a NetworkPolicy selects a pod, the pod accepts traffic from anywhere and may connect anywhere; the
#   security checklist asks for a default deny-all policy in each namespace. Reported on every workload
#   (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate)
#   whose namespace (metadata.namespace, else "default") has no NetworkPolicy among the rendered manifests
#   of the run. A NetworkPolicy that names its namespace counts for every target; one without a namespace
#   (or a Helm chart's, in the namespace Helm assumed when none was given) counts only for the target that
#   renders it, since it lands wherever that target is applied. Only the presence of a policy in the
#   namespace is checked, not which pods it selects.
#   hostNetwork pods are not reported: NetworkPolicy does not reliably apply to them.
# custom:
#   id: network-policy-coverage
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Add a NetworkPolicy to the namespace, starting with a default deny (`podSelector: {}` with
#     `policyTypes: [Ingress, Egress]`), then allow the traffic each workload needs.
#   references:
#     - https://kubernetes.io/docs/concepts/security/security-checklist/#network-security
#     - https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies
package kpg.rules.network_policy_coverage

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

# Namespaces of every rendered NetworkPolicy, filled in by the engine; missing means none.
covered := {ns | some ns in data.kpg.inventory.network_policy_namespaces}

default covered_namespace := false

covered_namespace if hardening.namespace in covered

violation contains {"message": msg, "path": location} if {
	k8s.pod
	not k8s.pod.spec.hostNetwork == true
	not covered_namespace
	msg := sprintf("namespace %s has no NetworkPolicy among the rendered manifests, so %s accept and open any connection; add a default-deny NetworkPolicy to the namespace", [hardening.namespace, subject])
}

subject := "the pod's containers" if input.kind == "Pod"

else := sprintf("the pods of this %s", [input.kind])

location := ["metadata", "namespace"] if {
	hardening.namespace == input.metadata.namespace
} else := ["metadata"] if {
	is_object(input.metadata)
} else := []
