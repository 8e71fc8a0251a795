// Benchmark body (bundled and run by scripts/bench.mjs): N synthetic workload objects through
// parse → evaluate → locate, timing each stage; prints one JSON line.
import { workloads } from './workloads.mjs';
import { parseRendered } from '../src/manifests/parse.js';
import { createLocator } from '../src/manifests/source.js';
import { splitDocuments } from '../src/manifests/split.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeData } from '../src/policy/data.js';
import { decide, rulesToRun } from '../src/policy/decision.js';
import { inventories, policyData } from '../src/policy/inventory.js';
import { configuredRules, loadPolicies } from '../src/policy/load.js';

const count = Number(process.argv[2] ?? 1000);
const bundleDir = process.argv[3];
/** KPG_BENCH_CUSTOM_RULES=N adds a conftest-style directory of N rules (compiled with opa) beside the bundled ones. */
const customRules = Number(process.env.KPG_BENCH_CUSTOM_RULES ?? 0);

/** N conftest rules of the kinds teams write: labels, resources, images, ports, probes. */
function customPolicy(rules: number): string {
  const checks = [
    'not input.metadata.labels.team',
    'some c in input.spec.template.spec.containers; not c.resources.limits.memory',
    'some c in input.spec.template.spec.containers; not startswith(c.image, "registry.example.com/")',
    'some c in input.spec.template.spec.containers; not c.readinessProbe',
    'input.spec.replicas > 10',
  ];
  const body = Array.from({ length: rules }, (_, i) =>
    `deny_rule_${i} contains msg if {\n\tinput.kind == "Deployment"\n\t${checks[i % checks.length]!.replaceAll('; ', '\n\t')}\n\tmsg := sprintf("rule ${i}: %s", [input.metadata.name])\n}\n`,
  );
  return `package main\n\n${body.join('\n')}`;
}

const text = workloads(count).join('---\n');
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
const policyDir = mkdtempSync(join(tmpdir(), 'kpg-bench-policy-'));
if (customRules) {
  mkdirSync(join(policyDir, 'custom'));
  writeFileSync(join(policyDir, 'custom/main.rego'), customPolicy(customRules));
}
const policies = await time('load', () =>
  loadPolicies({ root: policyDir, bundleDir, policyBundles: customRules ? ['custom'] : [], policyData: [], policyMode: 'extend', policyNamespaces: [], regoVersion: 'v1', cacheDir: policyDir }),
);
const rules = configuredRules(policies);
const data = mergeData(policies.data, policyData(inventories(resources)(target), rulesToRun(rules, 'default')));
const evaluations = await time('evaluate', () => policies.sources.flatMap((source) => source.evaluateAll(resources, data)));
const findings = await time('locate', () => decide(evaluations, configuredRules(policies), { profile: 'default' }, createLocator(() => undefined)));
rmSync(policyDir, { recursive: true, force: true });
const total = Object.values(timings).reduce((a, b) => a + b, 0);
console.log(
  JSON.stringify({
    objects: resources.length,
    customRules,
    megabytes: Number(mb.toFixed(1)),
    findings: findings.length,
    ms: timings,
    totalMs: total,
    objectsPerSecond: Math.round((resources.length / total) * 1000),
    evaluateObjectsPerSecond: Math.round((resources.length / timings.evaluate!) * 1000),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
