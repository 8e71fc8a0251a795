// Objects stream through evaluation a part at a time, on threads for a big run (src/stream.ts, src/policy/threads.ts):
// the outcome must not depend on either, and the objects that judge others must be found before any is evaluated.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRendered } from '../../src/manifests/parse.js';
import type { Target } from '../../src/model.js';
import { loadBundle } from '../../src/policy/bundle.js';
import { createEvaluator } from '../../src/policy/evaluate.js';
import { createEvaluationPool } from '../../src/policy/threads.js';
import { check } from '../../src/runner.js';
import { workloads } from '../../scripts/workloads.mjs';
import { ROOT, settings } from '../helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'kpg-streaming-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function repository(name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A Pod that only a privileged namespace admits, and ones no profile admits in any namespace. */
const pods = (namespace: string) => `apiVersion: v1
kind: Pod
metadata: {name: tool, namespace: ${namespace}}
spec:
  hostNetwork: true
  containers: [{name: tool, image: "busybox:1.36", securityContext: {privileged: true}}]
`;

describe('evaluation threads', () => {
  it('give the in-process evaluations, object for object, however the objects are split', async () => {
    const target = { kind: 'manifests', path: 'w.yaml' } as Target;
    const odd = ['apiVersion: v1\nkind: Pod\nmetadata: {name: odd}\nspec: {containers: [1, "x", {name: 7}]}\n', 'apiVersion: v1\nkind: Pod\nmetadata: {name: empty}\n'];
    const documents = [...workloads(150), ...odd].map((text) => ({ text, firstLine: 1, sourceFile: 'w.yaml', relatedFiles: [], textIsSource: true }));
    const { resources } = parseRendered(target, documents);
    const bundle = await loadBundle();
    const data = { kpg: { inventory: { network_policy_namespaces: ['team-1'] } } };
    const inProcess = (await createEvaluator(bundle, data)).evaluateAll(resources);
    const pool = await createEvaluationPool(bundle.wasm, 2);
    try {
      const threaded = await pool.evaluate(resources, data);
      expect(threaded).toEqual(inProcess);
      expect(threaded.some((evaluation) => 'violations' in evaluation && evaluation.violations.some((violation) => violation.rule === 'privileged'))).toBe(true);
      // data changes between calls reach every thread.
      const other = { kpg: { inventory: { network_policy_namespaces: [] } } };
      expect(await pool.evaluate(resources.slice(0, 70), other)).toEqual((await createEvaluator(bundle, other)).evaluateAll(resources.slice(0, 70)));
    } finally {
      await pool.close();
    }
  });

  it('give a run the same outcome as evaluating in process', async () => {
    const root = repository('big', { 'deploy/workloads.yaml': workloads(2100).join('---\n'), 'deploy/more/pods.yaml': pods('team-3') });
    const threaded = await check({ ...settings({ root }), threadCount: 2 });
    const inProcess = await check({ ...settings({ root }), threadCount: 0 });
    expect(threaded.resources).toBe(2101);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(inProcess));
    // By default a run this big uses threads too, with the same outcome.
    expect(JSON.stringify(await check(settings({ root })))).toBe(JSON.stringify(inProcess));
  });
});

describe('evaluation threads beside other sources and shards', () => {
  it('give conftest rules beside ours the in-process outcome', async () => {
    const root = repository('conftest', { 'deploy/workloads.yaml': workloads(1050).join('---\n') });
    cpSync(join(ROOT, 'examples/custom-policies/conftest'), join(root, 'policy'), { recursive: true });
    const run = (threadCount: number) => check({ ...settings({ root, paths: ['deploy'], policyBundles: ['policy'] }), threadCount });
    const [threaded, inProcess] = [await run(2), await run(0)];
    expect(threaded.findings.some((finding) => finding.ruleId.startsWith('main.'))).toBe(true);
    expect(JSON.stringify(threaded)).toBe(JSON.stringify(inProcess));
  });

  it('give each shard the part evaluating in process gives it', async () => {
    const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-3\n  labels: {pod-security.kubernetes.io/enforce: privileged}\n';
    const root = repository('sharded', { 'a/workloads.yaml': workloads(700).join('---\n'), 'b/workloads.yaml': workloads(700).join('---\n'), 'c/namespace.yaml': namespace, 'c/pods.yaml': pods('team-3') });
    for (const index of [1, 2]) {
      const run = (threadCount: number) => check({ ...settings({ root }), shard: { index, count: 2 }, threadCount, now: new Date('2026-12-01T00:00:00Z') });
      const [threaded, inProcess] = [await run(2), await run(0)];
      expect(threaded.shard?.evaluated.length).toBeGreaterThan(0);
      expect(JSON.stringify(threaded)).toBe(JSON.stringify(inProcess));
    }
  });
});

describe('objects that judge others', () => {
  // Namespaces are found ahead of evaluation by their kind's letters; YAML can hide them only behind an escape or !!binary.
  it.each([
    ['plainly', 'Namespace'],
    ['with an escape', '"Name\\x73pace"'],
    ['as JSON escapes', '"\\u004eamespace"'],
    ['as !!binary', '!!binary TmFtZXNwYWNl'],
  ])('a Namespace written %s relaxes its Pods, and is reported', async (name, kind) => {
    const namespace = `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: tools\n  labels: {pod-security.kubernetes.io/enforce: privileged}\n`;
    const root = repository(`namespace-${name.replaceAll(/\W/g, '-')}`, { 'pods.yaml': pods('tools'), 'namespace.yaml': namespace });
    const outcome = await check(settings({ root }));
    const rules = outcome.findings.map((finding) => finding.ruleId);
    expect(rules).toContain('namespace-pss-relaxed');
    expect(rules).not.toContain('privileged');
    expect(outcome.findings.find((finding) => finding.ruleId === 'namespace-pss-relaxed')?.message).toMatch(/hides|not reported/);
  });
});
