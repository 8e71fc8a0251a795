// SARIF as code scanning reads it: valid against the official 2.1.0 schema, repository-relative regions, rules with
// help and security severity, and fingerprints that survive moved lines.
import { readFileSync, writeFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { findingIdentity, fingerprints } from '../../src/compare/fingerprint.js';
import { FINGERPRINT_KEY, SARIF_CATEGORY, formatSarif, formatSarifText } from '../../src/report/sarif.js';
import { fixtureContext, fixtureFindings, fixtureOutcome } from './report-fixture.js';

const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object;
// CommonJS modules: their default export arrives as `default` of the module object under NodeNext.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(document: unknown): void {
  const valid = validate(document);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
}

type Run = { tool: { driver: { rules: Record<string, any>[] } }; results: Record<string, any>[]; automationDetails: { id: string } };
const run = (document: Record<string, unknown>) => (document.runs as Run[])[0]!;

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 and matches the golden file', () => {
    const text = formatSarifText(fixtureOutcome(), fixtureContext());
    expectValid(JSON.parse(text));
    const path = new URL('./golden/results.sarif', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it('is checked by a schema that refuses what is not SARIF', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  });

  it('stays valid with no findings, without a context, and with hostile text', () => {
    expectValid(formatSarif(decideOutcome([], 'error', 0, 0)));
    const hostile: Finding = {
      ...fixtureFindings[0]!,
      message: 'x\u202e\u0000 ##[error] <b>',
      location: { file: 'a b/ü (1)#?.yaml', line: 3 },
      resource: { apiVersion: 'v1', kind: 'Pod', name: 'p\nq' },
    };
    const document = formatSarif(decideOutcome([hostile], 'error', 1, 1));
    expectValid(document);
    const result = run(document).results[0]!;
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('a%20b/%C3%BC%20%281%29%23%3F.yaml');
    expect(result.message.text).toBe('x\\u202e\\u0000 ##[error] <b> (Pod/p\nq from manifests debug/pod.yaml)');
  });

  it('gives rules help, tags and a security severity, results repository-relative regions', () => {
    const document = formatSarif(fixtureOutcome(), { ...fixtureContext(), pathPrefix: 'infra' });
    const { tool, results, automationDetails } = run(document);
    expect(automationDetails.id).toBe(SARIF_CATEGORY);
    const privileged = tool.driver.rules.find((rule) => rule.id === 'privileged')!;
    expect(privileged.properties).toEqual({ tags: ['security', 'kubernetes', 'baseline', 'restricted', 'hardened'], precision: 'very-high', 'problem.severity': 'error', 'security-severity': '8.0' });
    expect(privileged.helpUri).toBe('https://github.com/acme/kube-policy-gate/blob/v1/docs/rules.md#privileged');
    expect(privileged.help.markdown).toContain('**How to fix:** Remove `securityContext.privileged`');
    const result = results.find((candidate) => candidate.ruleId === 'privileged')!;
    expect(tool.driver.rules[result.ruleIndex]!.id).toBe('privileged');
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'infra/debug/pod.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 14, startColumn: 11 } });
    expect(results.find((candidate) => candidate.ruleId === 'restricted-capabilities')!.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'needs NET_ADMIN for its tunnel' }]);
    expect(tool.driver.rules.find((rule) => rule.id === 'render-error')!.properties.tags).toContain('not-checked');
  });

  it('fingerprints by rule, object, field path, variant and deployer: never by line, message or a file name within its directory', () => {
    const base = fixtureFindings[0]!;
    const [original] = fingerprints([base]);
    const moved = { ...base, location: { file: base.location!.file, line: 99 }, message: 'reworded' };
    expect(fingerprints([moved])[0]).toBe(original);
    expect(fingerprints([{ ...base, fieldPath: ['spec', 'containers', 1, 'securityContext', 'privileged'] }])[0]).not.toBe(original);
    expect(fingerprints([{ ...base, target: { ...base.target, path: 'debug/renamed.yaml' } }])[0]).toBe(original);
    expect(fingerprints([{ ...base, target: { ...base.target, path: 'deploy/pod.yaml' } }])[0]).not.toBe(original);
    expect(fingerprints([{ ...base, target: { ...base.target, variant: 'prod' } }])[0]).not.toBe(original);
    expect(fingerprints([{ ...base, resource: { ...base.resource!, name: 'other' } }])[0]).not.toBe(original);
    expect(fingerprints([{ ...base, resource: { ...base.resource!, apiVersion: 'v2' } }])[0]).toBe(original);
    expect(fingerprints([base, moved])).toEqual([original, `${original}:2`]);
    expect(findingIdentity(base)).toEqual(['privileged', ['', 'Pod', 'default', 'debug'], ['spec', 'containers', 0, 'securityContext', 'privileged'], '', ['debug']]);
    const document = formatSarif(fixtureOutcome(), fixtureContext());
    const prints = run(document).results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
