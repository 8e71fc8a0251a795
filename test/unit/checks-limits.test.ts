// The check run at GitHub's limits (issue 19 §2–§4): a documented cap that keeps new errors and warnings first,
// summaries that say when the run is incomplete, byte-exact clipping, and the base's findings as notices.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import { formatAnnotations } from '../../src/report/annotations.js';
import { clipBytes, formatCheckRun, MAX_ANNOTATIONS } from '../../src/report/checks.js';
import { finding } from '../github/outcome.js';

const HEAD = 'c'.repeat(40);

describe('formatCheckRun at the cap', () => {
  it('carries every new error and warning before notices, up to MAX_ANNOTATIONS, and says how many it shows', () => {
    const notices = Array.from({ length: 600 }, (_, index) => finding('deploy/n.yaml', index + 1, 'notice'));
    const warnings = Array.from({ length: 600 }, (_, index) => finding('deploy/w.yaml', index + 1, 'warning'));
    const errors = Array.from({ length: 300 }, (_, index) => finding('deploy/e.yaml', index + 1, 'error'));
    const requests = formatCheckRun(decideOutcome([...notices, ...warnings, ...errors], 'error', 3, 1_500), { headSha: HEAD });
    const all = [requests.create, ...requests.updates].flatMap((request) => request.output.annotations);
    expect(all).toHaveLength(MAX_ANNOTATIONS);
    expect(requests.updates).toHaveLength(MAX_ANNOTATIONS / 50 - 1);
    const levels = all.map((annotation) => annotation.annotation_level);
    expect([levels.filter((level) => level === 'failure').length, levels.filter((level) => level === 'warning').length, levels.filter((level) => level === 'notice').length]).toEqual([300, 600, 100]);
    expect(levels.indexOf('warning')).toBe(300);
    expect(requests.create.output.summary).toContain('1000 of 1500 findings with a source line are annotated here (new errors and warnings first, at most 1000 a run); the report-file output (JSON) holds every finding.');
  });

  it('says in every request but the last that the run is not whole yet', () => {
    const requests = formatCheckRun(decideOutcome(Array.from({ length: 120 }, (_, index) => finding('deploy/a.yaml', index + 1)), 'error', 1, 120), { headSha: HEAD });
    const summaries = [requests.create, ...requests.updates].map((request) => request.output.summary);
    expect(summaries.map((summary) => /This check run holds (\d+) of 120 annotations/.exec(summary)?.[1])).toEqual(['50', '100', undefined]);
  });

  it('shows what the base already has as notices, after what the pull request adds', () => {
    const existing: Finding = { ...finding('deploy/a.yaml', 1), baseline: 'existing' };
    const added: Finding = { ...finding('deploy/a.yaml', 2), baseline: 'new' };
    const outcome = decideOutcome([existing, added], 'error', 1, 2);
    const annotations = formatCheckRun(outcome, { headSha: HEAD }).create.output.annotations;
    expect(annotations.map((annotation) => `${annotation.start_line}:${annotation.annotation_level}`)).toEqual(['2:failure', '1:notice']);
    expect(annotations[1]!.message).toMatch(/\(already in the base: not counted\)$/);
    expect(formatAnnotations(outcome).filter((annotation) => annotation.properties.startLine).map((annotation) => `${annotation.properties.startLine}:${annotation.level}`).sort()).toEqual(['1:notice', '2:error']);
  });
});

describe('clipBytes', () => {
  it('counts UTF-8 bytes and cuts on a character boundary', () => {
    expect(clipBytes('abc', 3)).toBe('abc');
    expect(clipBytes('镜镜镜', 9)).toBe('镜镜镜');
    expect(clipBytes('镜镜镜', 8)).toBe('镜…');
    expect(clipBytes('a😀b', 6)).toBe('a😀b');
    expect(clipBytes('a😀b', 5)).toBe('a…');
    for (let limit = 3; limit < 40; limit++) {
      const clipped = clipBytes('x镜😀é'.repeat(10), limit);
      expect(Buffer.byteLength(clipped)).toBeLessThanOrEqual(limit);
      expect(clipped).not.toContain('\uFFFD');
    }
  });
});
