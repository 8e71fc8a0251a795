// Gatekeeper templates give the same messages through our wasm build as through `opa eval` (Gatekeeper's engine).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Resource } from '../../src/model.js';
import { loadGatekeeper } from '../../src/policy/sources/gatekeeper.js';
import { findTool } from '../../src/tools.js';
import { FIXTURES } from '../helpers.js';

const GATEKEEPER = join(FIXTURES, 'gatekeeper');
const opa = findTool('opa');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kpg-gatekeeper-parity-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Messages `opa eval` gives for the template's own (unrewritten) Rego, as Gatekeeper's Rego driver runs it. */
async function opaMessages(templateFile: string, input: unknown): Promise<string[]> {
  const template = parse(await readFile(templateFile, 'utf8'));
  const target = template.spec.targets[0];
  const source = target.code?.find((code: { engine: string }) => code.engine === 'Rego')?.source ?? target;
  const directory = await mkdtemp(join(scratch, 'opa-'));
  const files = [source.rego, ...(source.libs ?? [])].map((text: string, index: number) => join(directory, `module-${index}.rego`));
  await Promise.all(files.map((file: string, index: number) => writeFile(file, [source.rego, ...(source.libs ?? [])][index])));
  await writeFile(join(directory, 'input.json'), JSON.stringify(input));
  const pkg = /^package\s+([\w.]+)/m.exec(source.rego)![1];
  const output = execFileSync(opa!, ['eval', ...(source.version === 'v1' ? [] : ['--v0-compatible']), '-f', 'json', '-i', join(directory, 'input.json'), ...files.flatMap((file: string) => ['-d', file]), `data.${pkg}.violation`], { encoding: 'utf8' });
  const value = JSON.parse(output).result?.[0]?.expressions?.[0]?.value ?? [];
  return value.map((violation: { msg: string }) => violation.msg).sort();
}

function resource(object: Record<string, any>): Resource {
  return {
    object,
    apiVersion: object.apiVersion,
    kind: object.kind,
    name: object.metadata.name,
    ...(object.metadata.namespace && { namespace: object.metadata.namespace }),
    target: { kind: 'manifests', path: 'x.yaml' },
    document: { text: '', firstLine: 1, sourceFile: 'x.yaml', relatedFiles: [], textIsSource: true },
  };
}

describe.skipIf(!opa)('parity with opa eval', () => {
  const samples = [
    ['library/pod-security-policy/privileged-containers', 'psp-privileged-container', ['example_disallowed.yaml', 'example_allowed.yaml', 'example_allowed_exempt.yaml']],
    ['library/general/allowedrepos', 'repo-must-be-openpolicyagent', ['example_disallowed_both.yaml', 'example_allowed.yaml']],
    ['library/general/requiredlabels', 'all-must-have-owner', ['example_disallowed_label_value.yaml', 'example_allowed.yaml']],
    ['library/general/requiredlabels', 'verify-label-key-only', ['example_disallowed.yaml', 'example_allowed.yaml']],
  ] as const;

  test.each(samples)('%s (%s)', async (library, sample, examples) => {
    const constraintFile = `${library}/samples/${sample}/constraint.yaml`;
    const policy = (await loadGatekeeper([`${library}/template.yaml`, constraintFile], { root: GATEKEEPER, regoVersion: 'v1', namespaces: ['main'], cacheDir: join(scratch, 'cache') }))!;
    const constraint = parse(await readFile(join(GATEKEEPER, constraintFile), 'utf8'));
    for (const example of examples) {
      const object = parse(await readFile(join(GATEKEEPER, library, 'samples', sample, example), 'utf8'));
      const [evaluation] = policy.evaluateAll([resource(object)], {});
      const ours = 'violations' in evaluation! ? evaluation.violations.map((violation) => violation.message).sort() : [`error: ${evaluation!.error}`];
      const review = { kind: { group: '', version: 'v1', kind: object.kind }, name: object.metadata.name, operation: 'CREATE', userInfo: {}, object };
      expect(ours, example).toEqual(await opaMessages(join(GATEKEEPER, library, 'template.yaml'), { review, parameters: constraint.spec.parameters ?? {} }));
    }
  });

  test('sprintf: Go formatting of every kind of Rego value', async () => {
    // Each row is [format, values]; sets at the top level of values print as sets (nested ones print as arrays).
    const rows = [
      '["%v", [{"b": 1, "a": [1, "x", {"z": null}]}]]',
      '["%v %v %v", [{"y", "x"}, set(), {3, 1, 2}]]',
      '["%s|%d|%v|%q", ["s", 3, 1.5, "q\\"uote"]]',
      '["%5d|%-4s|%.2f|%05d|%x|%X|%o|%b", [42, "ab", 3.14159, 42, 255, 255, 8, 5]]',
      '["%v|%v|%v|%v", [1234567.5, 0.00001234, 123456.5, -0.5]]',
      '["%e|%g|%.3g|%f", [1234.5, 0.000012, 3.14159, 2.5]]',
      '["%s|%d|%t", [5, 1.5, true]]',
      '["%v %v", [1]]',
      '["%v", [1, "two", {"k": 1}]]',
      '["%v|%v|%v|%v", [true, null, [1, [2, {"k": "v"}]], {}]]',
      '["100%% %v|%c|%q|%+d|%x", ["done", 65, 66, 5, "hi"]]',
    ];
    const directory = await mkdtemp(join(scratch, 'formats-'));
    const rego = `package k8sformats\n\nformats := [\n  ${rows.join(',\n  ')},\n]\n\nviolation[{"msg": msg}] {\n  row := formats[_]\n  msg := sprintf(row[0], row[1])\n}\n`;
    const template = { apiVersion: 'templates.gatekeeper.sh/v1', kind: 'ConstraintTemplate', metadata: { name: 'k8sformats' }, spec: { crd: { spec: { names: { kind: 'K8sFormats' } } }, targets: [{ target: 'admission.k8s.gatekeeper.sh', rego }] } };
    await writeFile(join(directory, 'template.yaml'), JSON.stringify(template));
    await writeFile(join(directory, 'constraint.yaml'), 'apiVersion: constraints.gatekeeper.sh/v1beta1\nkind: K8sFormats\nmetadata:\n  name: formats\n');
    const policy = (await loadGatekeeper([directory], { root: scratch, regoVersion: 'v1', namespaces: ['main'], cacheDir: join(scratch, 'cache') }))!;
    const [evaluation] = policy.evaluateAll([resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } })], {});
    const ours = 'violations' in evaluation! ? evaluation.violations.map((violation) => violation.message).sort() : [`error: ${evaluation!.error}`];
    expect(ours).toEqual(await opaMessages(join(directory, 'template.yaml'), {}));
    expect(ours).toHaveLength(rows.length);
  });
});

