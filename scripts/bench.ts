// Benchmark body (bundled and run by scripts/bench.mjs): N synthetic workload objects through
// parse → evaluate → locate, timing each stage; prints one JSON line.
import { parseRendered } from '../src/manifests/parse.js';
import { createLocator } from '../src/manifests/source.js';
import { splitDocuments } from '../src/manifests/split.js';
import { loadBundle } from '../src/policy/bundle.js';
import { decide, rulesToRun } from '../src/policy/decision.js';
import { createEvaluator } from '../src/policy/evaluate.js';
import { inventories, policyData } from '../src/policy/inventory.js';

const count = Number(process.argv[2] ?? 1000);
const bundleDir = process.argv[3];

function workload(i: number): string {
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

const text = Array.from({ length: count }, (_, i) => workload(i)).join('---\n');
const mb = Buffer.byteLength(text) / 1e6;
const timings: Record<string, number> = {};
const time = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await work();
  timings[stage] = Math.round(performance.now() - start);
  return result;
};

const target = { kind: 'manifests' as const, path: 'bench.yaml' };
const { resources } = await time('parse', () =>
  parseRendered(target, splitDocuments(text).map((d) => ({ ...d, sourceFile: 'bench.yaml', relatedFiles: [], textIsSource: true }))),
);
const bundle = await loadBundle(bundleDir);
const run = rulesToRun(bundle.rules, 'default');
const evaluator = await time('load', () => createEvaluator(bundle, policyData(inventories(resources)(target), run)));
const evaluations = await time('evaluate', () => evaluator.evaluateAll(resources));
const findings = await time('locate', () => decide(evaluations, bundle.rules, { profile: 'default' }, createLocator(() => undefined)));
const total = Object.values(timings).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    objects: resources.length,
    megabytes: Number(mb.toFixed(1)),
    findings: findings.length,
    ms: timings,
    totalMs: total,
    objectsPerSecond: Math.round((resources.length / total) * 1000),
    evaluateObjectsPerSecond: Math.round((resources.length / timings.evaluate!) * 1000),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
