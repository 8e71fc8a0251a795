// The benchmark's workloads, the same on every run: Deployments, a third of them hardened, every seventh privileged
// (as YAML 1.1 `on`, which only a Kubernetes-faithful parser reads as true).

export function workload(i) {
  const hardened = i % 3 === 0;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-${i}
  namespace: team-${i % 20}
  labels: {app: app-${i}, tier: backend}
spec:
  replicas: 2
  selector:
    matchLabels: {app: app-${i}}
  template:
    metadata:
      labels: {app: app-${i}}
    spec:
      serviceAccountName: app-${i}
      automountServiceAccountToken: false
      hostUsers: ${hardened ? 'false' : 'true'}
      securityContext:
        runAsNonRoot: ${hardened ? 'true' : 'false'}
        supplementalGroupsPolicy: ${hardened ? 'Strict' : 'Merge'}
        seccompProfile: {type: RuntimeDefault}
      containers:
        - name: app
          image: registry.example.com/app-${i}:1.${i % 10}.0
          ports: [{containerPort: 8080}]
          env: [{name: MODE, value: production}, {name: INDEX, value: "${i}"}]
          resources: {limits: {cpu: 500m, memory: 256Mi}}
          securityContext:
            privileged: ${i % 7 === 0 ? 'on' : 'false'}
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
        - name: sidecar
          image: registry.example.com/proxy:2.1.0
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`;
}

/** `count` workloads, in order. */
export function workloads(count) {
  return Array.from({ length: count }, (_, i) => workload(i));
}
