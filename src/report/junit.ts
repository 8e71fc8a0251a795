// JUnit XML for CI systems that read test reports: a test suite per target, a test case per finding. A finding at or
// above fail-on is a failure, one that could not be checked an error, an accepted one skipped; the rest pass with
// their message, so what JUnit readers show agrees with the verdict.
import type { Finding, Outcome } from '../model.js';
import { fails } from '../outcome.js';
import { couldNotCheck, repositoryPath, type ReportContext } from './context.js';
import { describeLocation, describeObjects, describeTarget } from './describe.js';
import { xml, xmlAttribute } from './escape.js';

export function formatJunit(outcome: Outcome, context: ReportContext = {}): string {
  const byTarget = new Map<string, Finding[]>();
  for (const finding of outcome.findings) {
    const name = describeTarget(finding.target);
    byTarget.set(name, [...(byTarget.get(name) ?? []), finding]);
  }
  const suites = [...byTarget].map(([name, findings]) => formatSuite(name, findings, outcome, context));
  if (suites.length === 0) suites.push(formatSuite('kube-policy-gate', [], outcome, context));
  const totals = tally(outcome.findings, outcome);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kube-policy-gate" tests="${Math.max(totals.tests, 1)}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function formatSuite(name: string, findings: Finding[], outcome: Outcome, context: ReportContext): string {
  const totals = tally(findings, outcome);
  const cases = findings.length
    ? findings.map((finding) => formatCase(finding, outcome, context))
    : [`    <testcase name="${xmlAttribute(`${outcome.resources} objects from ${outcome.targets} targets`)}" classname="kube-policy-gate"/>`];
  return [
    `  <testsuite name="${xmlAttribute(name)}" tests="${Math.max(totals.tests, 1)}" failures="${totals.failures}" errors="${totals.errors}" skipped="${totals.skipped}">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function formatCase(finding: Finding, outcome: Outcome, context: ReportContext): string {
  const located = finding.location ? { ...finding, location: { ...finding.location, file: repositoryPath(finding.location.file, context) } } : finding;
  const where = describeLocation(located);
  const object = describeObjects(finding);
  const name = [finding.ruleId, object, where && `at ${where}`].filter(Boolean).join(' ');
  const head = `    <testcase name="${xmlAttribute(name)}" classname="${xmlAttribute(describeTarget(finding.target))}"${where ? ` file="${xmlAttribute(repositoryPath(finding.location!.file, context))}" line="${finding.location!.line}"` : ''}>`;
  const message = xmlAttribute(`${finding.severity}: ${finding.message}`);
  const body = xml(`${finding.title}\n${finding.message}${object ? `\n${object}` : ''}${where ? `\n${where}` : ''}`);
  let status: string;
  if (finding.suppressed) status = `      <skipped message="${xmlAttribute(`accepted by an exception: ${finding.suppressed.reason}`)}"/>`;
  else if (couldNotCheck(finding) && fails(finding, outcome.failOn)) status = `      <error type="${xmlAttribute(finding.ruleId)}" message="${message}">${body}</error>`;
  else if (fails(finding, outcome.failOn)) status = `      <failure type="${xmlAttribute(finding.ruleId)}" message="${message}">${body}</failure>`;
  else status = `      <system-out>${xml(`${finding.severity} below fail-on ${outcome.failOn}: `)}${body}</system-out>`;
  return [head, status, '    </testcase>'].join('\n');
}

function tally(findings: Finding[], outcome: Outcome): { tests: number; failures: number; errors: number; skipped: number } {
  const failing = findings.filter((finding) => !finding.suppressed && fails(finding, outcome.failOn));
  const errors = failing.filter(couldNotCheck).length;
  return { tests: findings.length, failures: failing.length - errors, errors, skipped: findings.filter((finding) => finding.suppressed).length };
}
