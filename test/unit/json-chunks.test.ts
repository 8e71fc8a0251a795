// The JSON report is written a finding at a time (report/text.ts jsonChunks): byte for byte what one
// JSON.stringify of the whole outcome gives, escapes included.
import { describe, expect, it } from 'vitest';
import { appliedExceptions } from '../../src/config/exceptions.js';
import { jsonText } from '../../src/report/escape.js';
import { formatJson, jsonChunks } from '../../src/report/text.js';
import { fixtureOutcome } from './report-fixture.js';

const whole = (outcome: ReturnType<typeof fixtureOutcome>) => `${jsonText(JSON.stringify({ ...outcome, exceptions: appliedExceptions(outcome.findings) }, null, 2))}\n`;

describe('jsonChunks', () => {
  it('joins to the whole outcome stringified at once, a finding per piece', () => {
    const outcome = fixtureOutcome();
    const chunks = [...jsonChunks(outcome)];
    expect(chunks.length).toBe(Math.ceil(outcome.findings.length / 512) + 2);
    expect(chunks.join('')).toBe(whole(outcome));
    expect(formatJson(outcome)).toBe(whole(outcome));
  });

  it('splits many findings into batches that join the same', () => {
    const outcome = fixtureOutcome();
    const many = { ...outcome, findings: Array.from({ length: 1300 }, (_, index) => ({ ...outcome.findings[index % outcome.findings.length]!, message: `finding ${index}` })) };
    expect([...jsonChunks(many)]).toHaveLength(3 + 2);
    expect(formatJson(many)).toBe(whole(many));
  });

  it('writes an outcome without findings, and messages with line separators and workflow commands, alike', () => {
    const outcome = fixtureOutcome();
    expect(formatJson({ ...outcome, findings: [] })).toBe(whole({ ...outcome, findings: [] }));
    const hostile = { ...outcome, findings: outcome.findings.map((finding) => ({ ...finding, message: `a\u2028b ##[error]c\n  "findings": []` })) };
    expect(formatJson(hostile)).toBe(whole(hostile));
    expect(JSON.parse(formatJson(hostile)).findings).toHaveLength(outcome.findings.length);
  });
});
