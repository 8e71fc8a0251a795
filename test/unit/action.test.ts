// What the action ships: action.yml and the code name the same inputs and outputs; a broken policy bundle names itself.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs } from '../../src/inputs.js';
import { defaultBundleDir, loadBundle } from '../../src/policy/bundle.js';
import { FileOutputs } from '../../src/report/files.js';
import { Outputs } from '../../src/report/outputs.js';
import { ROOT } from '../helpers.js';

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toBeTruthy();
  });

  it('declares exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...Object.values(Outputs), ...Object.values(FileOutputs)].sort());
  });

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('the policy bundle', () => {
  const REBUILD = 'Expected the policy bundle that `npm run build` writes to dist/policy; reinstall or rebuild the action.';
  /** A copy of the built bundle with one file replaced (or removed, for undefined). */
  const work = mkdtempSync(join(tmpdir(), 'kpg-bundle-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let copies = 0;
  function bundleWith(file: 'policy.wasm' | 'rules.json', content: string | undefined): string {
    const directory = join(work, String(copies++));
    mkdirSync(directory);
    for (const name of ['policy.wasm', 'rules.json']) if (name !== file) copyFileSync(join(defaultBundleDir(), name), join(directory, name));
    if (content !== undefined) writeFileSync(join(directory, file), content);
    return directory;
  }

  it('loads the built bundle', async () => {
    const bundle = await loadBundle();
    expect(bundle.rules.map((rule) => rule.id)).toContain('privileged');
    expect(new Uint8Array(bundle.wasm.slice(0, 4))).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
  });

  it.each([
    ['rules.json', undefined, /^Policy bundle file '(.*)\/rules.json' could not be read \(ENOENT: no such file or directory, open '\1\/rules.json'\)\. /],
    ['rules.json', '[{"id": "x",', /^Policy bundle file '.*\/rules.json' is not valid JSON \(.*\)\. /],
    ['rules.json', '{"rules": []}', /^Policy bundle file '.*\/rules.json' does not hold a list of rules\. /],
    ['rules.json', '[null]', /^Policy bundle file '.*\/rules.json': rule 1 is not an object\. /],
    ['rules.json', '[{"id": "a", "package": "a", "title": "A", "severity": "error", "profiles": []}, {"id": "b", "title": "B"}]', /^Policy bundle file '.*\/rules.json': rule 2 has no package\. /],
    ['rules.json', '[{"id": "a", "package": "a", "title": "A", "severity": "fatal", "profiles": []}]', /: rule 1 \('a'\) has severity "fatal", expected one of error, warning, notice\. /],
    ['rules.json', '[{"id": "a", "package": "a", "title": "A", "severity": "error", "profiles": ["strict"]}]', /: rule 1 \('a'\) has profiles \["strict"\], expected a list of baseline, restricted, hardened\. /],
    ['policy.wasm', undefined, /^Policy bundle file '.*\/policy.wasm' could not be read \(ENOENT: .*\)\. /],
    ['policy.wasm', '<html>404</html>', /^Policy bundle file '.*\/policy.wasm' is not a WebAssembly module \(16 bytes, no \\0asm header\)\. /],
  ] as const)('names %s and what is wrong with it (%j)', async (file, content, message) => {
    const error = await loadBundle(bundleWith(file, content)).then(() => undefined, (thrown: unknown) => thrown as Error);
    expect(error?.message).toMatch(message);
    expect(error?.message.endsWith(REBUILD)).toBe(true);
  });
});
