// The wasm bundle and OPA's interpreter (`opa eval`) must agree on every fixture and example object:
// the SDK re-implements some builtins (sprintf among them) and may differ from Go.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRendered } from '../../src/manifests/parse.js';
import { splitDocuments } from '../../src/manifests/split.js';
import type { Resource } from '../../src/model.js';
import { loadBundle } from '../../src/policy/bundle.js';
import { createEvaluator, type Violation } from '../../src/policy/evaluate.js';
import { policyData } from '../../src/policy/inventory.js';
import { findTool } from '../../src/tools.js';
import { FIXTURES, ROOT } from '../helpers.js';

function objectsUnder(directory: string): Resource[] {
  // pss-upstream's 4,500 Pods have a test of their own (pss-upstream.test.ts) and would make opa eval take a minute.
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) => /\.ya?ml$/.test(file) && !file.includes('templates/') && !file.startsWith('pss-upstream'));
  return files.flatMap((file) => {
    const path = relative(ROOT, join(directory, file));
    const documents = splitDocuments(readFileSync(join(directory, file), 'utf8')).map((d) => ({ ...d, sourceFile: path, relatedFiles: [], textIsSource: true }));
    return parseRendered({ kind: 'manifests', path }, documents).resources;
  });
}

const canonical = (violations: Violation[]) => violations.map((v) => JSON.stringify([v.rule, v.message, v.path])).sort();

describe('wasm and opa eval parity', () => {
  const resources = [...objectsUnder(FIXTURES), ...objectsUnder(join(ROOT, 'examples'))];

  it('covers some objects', () => expect(resources.length).toBeGreaterThan(10));

  it('gives identical violations for every object', async () => {
    // One inventory for all (as if one target): parity only needs both engines to see the same data.
    const data = policyData({ network_policy_namespaces: [...new Set(resources.filter((r) => r.kind === 'NetworkPolicy').map((r) => r.namespace ?? 'default'))].sort() });
    const evaluator = await createEvaluator(await loadBundle(process.env.KPG_TEST_BUNDLE_DIR || undefined), data);
    const wasm = resources.map((resource) => {
      const evaluation = evaluator.evaluate(resource);
      if ('error' in evaluation) throw new Error(`${resource.document.sourceFile}: ${evaluation.error}`);
      return canonical(evaluation.violations);
    });

    const work = mkdtempSync(join(tmpdir(), 'kpg-parity-'));
    try {
      writeFileSync(join(work, 'input.json'), JSON.stringify({ objects: resources.map((r) => r.object) }));
      writeFileSync(join(work, 'data.json'), JSON.stringify(data));
      const opa = findTool('opa');
      if (!opa) throw new Error('opa not found: run scripts/install-tools.sh');
      const output = execFileSync(
        opa,
        ['eval', '-f', 'json', '-d', join(ROOT, 'policies'), '-d', join(work, 'data.json'), '-i', join(work, 'input.json'), '[v | some obj in input.objects; v := data.kpg.violations with input as obj]'],
        { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
      );
      const interpreted = (JSON.parse(output).result[0].expressions[0].value as Violation[][]).map(canonical);
      resources.forEach((resource, index) => {
        expect(wasm[index], `${resource.document.sourceFile} ${resource.kind}/${resource.name}`).toEqual(interpreted[index]);
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
