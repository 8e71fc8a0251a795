// Outcomes for the GitHub report tests: n findings on distinct lines of a few files.
import { decideOutcome } from '../../src/outcome.js';
import type { Finding, Outcome, Severity } from '../../src/model.js';

export function finding(file: string | undefined, line: number, severity: Severity = 'error', overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'privileged',
    severity,
    title: 'Privileged containers',
    message: `Container 'app' of Deployment/shop runs privileged (line ${line})`,
    target: { kind: 'manifests', path: file ?? 'deploy/app.yaml' },
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'prod', name: 'shop' },
    ...(file !== undefined && { location: { file, line, column: 9 } }),
    ...overrides,
  };
}

/** `count` error findings spread over three files, lines 1..count/3. */
export function manyFindings(count: number): Outcome {
  const files = ['deploy/a.yaml', 'deploy/b.yaml', 'deploy/c.yaml'];
  const findings = Array.from({ length: count }, (_, index) => finding(files[index % 3], Math.floor(index / 3) + 1));
  return decideOutcome(findings, 'error', 3, count);
}
