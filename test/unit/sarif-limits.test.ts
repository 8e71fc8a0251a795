// SARIF at code scanning's limits (issue 19 §1): at most 25,000 results (configurable lower), the most severe first,
// every result with a region, and a category per job and matrix entry so that matrix jobs keep their own alerts.
import { describe, expect, it } from 'vitest';
import { runIdentity, safeLabel } from '../../src/github/category.js';
import type { Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { SARIF_CATEGORY, SARIF_MAX_RESULTS, describeSarifOmissions, formatSarif, sarifOmissions } from '../../src/report/sarif.js';
import { formatSummary } from '../../src/report/summary.js';
import { finding } from '../github/outcome.js';

type Result = { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] };
const results = (document: Record<string, unknown>) => (document.runs as { results: Result[] }[])[0]!.results;
const automationId = (document: Record<string, unknown>) => (document.runs as { automationDetails: { id: string } }[])[0]!.automationDetails.id;

const noTargets: Finding = { ruleId: 'no-targets', severity: 'error', title: 'Nothing to check', message: 'no targets matched', target: { kind: 'manifests', path: '.' } };
const renderError: Finding = { ruleId: 'parse-error', severity: 'error', title: 'Parse error', message: 'bad YAML', target: { kind: 'manifests', path: 'deploy/broken.yaml' } };

describe('SARIF at code scanning limits', () => {
  it('keeps the most severe results first, at most maxResults, and says how many it left out', () => {
    const findings = [finding('deploy/a.yaml', 1, 'notice'), finding('deploy/a.yaml', 2, 'warning'), finding('deploy/a.yaml', 3, 'error'), finding('deploy/a.yaml', 4, 'warning')];
    const outcome = decideOutcome(findings, 'error', 1, 4);
    expect(results(formatSarif(outcome)).map((result) => result.level)).toEqual(['error', 'warning', 'warning', 'note']);
    const limited = formatSarif(outcome, { maxResults: 2 });
    expect(results(limited).map((result) => `${result.level}:${result.locations[0]!.physicalLocation.region!.startLine}`)).toEqual(['error:3', 'warning:2']);
    expect(sarifOmissions(outcome, { maxResults: 2 })).toEqual({ overLimit: 2, withoutLine: 0 });
    expect(describeSarifOmissions(outcome, { overLimit: 2, withoutLine: 0 })).toBe('The SARIF file holds 2 of 4 findings, the most severe first; left out: 2 over the limit of results a run (the least severe).');
  });

  it('never holds more than 25,000 results, whatever maxResults says', () => {
    const many = Array.from({ length: SARIF_MAX_RESULTS + 10 }, (_, index) => finding('deploy/a.yaml', index + 1, index < 5 ? 'notice' : 'error'));
    const outcome = decideOutcome(many, 'error', 1, many.length);
    const kept = results(formatSarif(outcome, { maxResults: 1_000_000 }));
    expect(kept).toHaveLength(SARIF_MAX_RESULTS);
    expect(kept.every((result) => result.level === 'error')).toBe(true);
    expect(formatSummary(outcome, undefined, {})).toContain('**SARIF:** The SARIF file holds 25000 of 25010 findings, the most severe first; left out: 10 over the limit of results a run (the least severe).');
  });

  it('gives a result without a line its file\'s first line, and leaves out one about a directory or the whole run', () => {
    const outcome = decideOutcome([noTargets, renderError], 'error', 1, 0);
    expect(results(formatSarif(outcome)).map((result) => [result.ruleId, result.locations[0]!.physicalLocation])).toEqual([
      ['parse-error', { artifactLocation: { uri: 'deploy/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } }],
    ]);
    expect(sarifOmissions(outcome)).toEqual({ overLimit: 0, withoutLine: 1 });
  });

  it('names the category in runAutomationDetails.id, ending in a slash so that all of it is the category', () => {
    const outcome = decideOutcome([], 'error', 0, 0);
    expect(automationId(formatSarif(outcome))).toBe(SARIF_CATEGORY);
    expect(automationId(formatSarif(outcome, { category: 'kube-policy-gate/gate/env:prod' }))).toBe('kube-policy-gate/gate/env:prod/');
    expect(automationId(formatSarif(outcome, { category: 'mine/' }))).toBe('mine/');
  });
});

describe('runIdentity', () => {
  it('derives the category from the job and the matrix values; the label only when there is a matrix or an input', () => {
    expect(runIdentity('', 'gate', 'null')).toEqual({ category: 'kube-policy-gate/gate' });
    expect(runIdentity('', 'gate', '{}')).toEqual({ category: 'kube-policy-gate/gate' });
    expect(runIdentity('', 'gate', '{"cluster":"prod","node":24,"os":{"name":"linux"}}')).toEqual({
      category: 'kube-policy-gate/gate/cluster:prod/node:24/os:{"name":"linux"}',
      label: 'cluster:prod, node:24, os:{"name":"linux"}',
    });
    expect(runIdentity(' staging/ ', 'gate', '{"cluster":"prod"}')).toEqual({ category: 'staging', label: 'staging' });
    // The literal default outside a runner, or any text that is not an object: no matrix.
    expect(runIdentity('', undefined, '${{ toJSON(matrix) }}')).toEqual({ category: 'kube-policy-gate' });
  });

  it('makes a label safe for an HTML comment and a check run name', () => {
    expect(safeLabel('a --> <script>\nb')).toBe('a -   script  b');
    expect(safeLabel('x'.repeat(300))).toHaveLength(100);
  });
});
