// JUnit XML agrees with the verdict: failures at or above fail-on, errors for what could not be checked, accepted
// findings skipped; PR text cannot break the XML.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideOutcome } from '../../src/outcome.js';
import { formatJunit } from '../../src/report/junit.js';
import { fixtureContext, fixtureFindings, fixtureOutcome } from './report-fixture.js';

describe('JUnit', () => {
  it('matches the golden file', () => {
    const text = formatJunit(fixtureOutcome(), { ...fixtureContext(), pathPrefix: 'infra' });
    const path = new URL('./golden/junit.xml', import.meta.url);
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it('counts what fails the run as failures, render errors as errors, accepted findings as skipped', () => {
    const text = formatJunit(fixtureOutcome());
    expect(text).toContain('<testsuites name="kube-policy-gate" tests="11" failures="6" errors="1" skipped="1">');
    expect(formatJunit(decideOutcome(fixtureFindings, 'never', 5, 23))).toContain('<testsuites name="kube-policy-gate" tests="11" failures="0" errors="0" skipped="1">');
  });

  it('writes one passing test case when there is nothing to report', () => {
    expect(formatJunit(decideOutcome([], 'error', 2, 7))).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kube-policy-gate" tests="1" failures="0" errors="0" skipped="0">\n' +
        '  <testsuite name="kube-policy-gate" tests="1" failures="0" errors="0" skipped="0">\n' +
        '    <testcase name="7 objects from 2 targets" classname="kube-policy-gate"/>\n  </testsuite>\n</testsuites>\n',
    );
  });

  it('keeps hostile text inside its attribute or element', () => {
    const hostile = { ...fixtureFindings[0]!, message: '"/><testcase name="forged"/>\u0000\ud800]]>&amp;\n' };
    const text = formatJunit(decideOutcome([hostile], 'error', 1, 1));
    expect(text).not.toContain('<testcase name="forged"');
    expect(text).not.toMatch(/[\u0000\ud800]/);
    expect(text).toContain('message="error: &quot;/&gt;&lt;testcase name=&quot;forged&quot;/&gt;\\u0000\\ud800]]&gt;&amp;amp;&#10;"');
    expect(text.match(/<testcase /g)).toHaveLength(1);
  });
});
