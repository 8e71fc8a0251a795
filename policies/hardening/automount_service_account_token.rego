# METADATA
# title: Pods must not mount a ServiceAccount token they do not need
# description: >-
#   By default Kubernetes mounts an API token of the pod's ServiceAccount into every container, so code
#   running in the pod (or an intruder) can call the API server with that account's permissions. The pod
#   must set `automountServiceAccountToken: false`. A pod that needs the API sets it explicitly to `true`
#   and says why in the annotation `kube-policy-gate.io/automount-reason` (non-blank), on the workload or
#   on its pod template. The pod field is required even when the ServiceAccount sets
#   automountServiceAccountToken false: this check sees one object at a time, and the pod field takes
#   precedence over the ServiceAccount's anyway.
# custom:
#   id: automount-service-account-token
#   severity: warning
#   profiles: [hardened]
#   remediation: >-
#     Set `spec.automountServiceAccountToken: false` on the pod (template). If the pod talks to the API
#     server, set it to `true` and add the annotation `kube-policy-gate.io/automount-reason` with the
#     reason, or mount a short-lived projected serviceAccountToken volume with its own audience instead.
#   references:
#     - https://kubernetes.io/docs/concepts/security/security-checklist/#secrets
#     - https://kubernetes.io/docs/concepts/security/service-accounts/#assign-to-pod
#     - https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting
package kpg.rules.automount_service_account_token

import data.kpg.lib.hardening
import data.kpg.lib.kubernetes as k8s

reason_annotation := "kube-policy-gate.io/automount-reason"

value := object.get(k8s.pod.spec, "automountServiceAccountToken", null)

violation contains {"message": msg, "path": k8s.pod.path} if {
	value == null
	msg := concat("", ["pod does not set automountServiceAccountToken: false: the ServiceAccount's API token is mounted into every container; set it to false, or to true with a ", reason_annotation, " annotation if the pod needs the API"])
}

violation contains {"message": msg, "path": k8s.pod_path(["automountServiceAccountToken"])} if {
	value == true
	not hardening.has_annotation(reason_annotation)
	msg := concat("", ["pod sets automountServiceAccountToken: true without a ", reason_annotation, " annotation: say why the pod needs the API token, or set it to false"])
}

violation contains {"message": msg, "path": k8s.pod_path(["automountServiceAccountToken"])} if {
	not value in {null, true, false}
	msg := "pod sets automountServiceAccountToken to a value other than false: the ServiceAccount's API token is mounted into every container; set it to false"
}
