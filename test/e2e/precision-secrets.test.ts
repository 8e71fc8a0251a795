// Issue 17 §2 on the shapes real repositories have (test/fixtures/precision/plain-secret-*): a Secret is "in git" only
// if a credential is: not a chart-testing fixture's test password, not a configuration file with no credential inside,
// not a user name or database name alone.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const fixture = (name: string) => join(FIXTURES, 'precision', name);
const secrets = (findings: Finding[]) =>
  findings.filter((finding) => finding.ruleId === 'plain-secret').map((finding) => `${finding.severity} ${finding.location?.file}:${finding.location?.line} ${/\(([^)]*)\)/.exec(finding.message)?.[1]}`);

describe('plain-secret: a chart-testing values file is a test fixture', () => {
  it('reports no test password of ci/*-values.yaml, and a value the chart`s values.yaml commits once, there', async () => {
    const outcome = await check(settings({ root: fixture('plain-secret-chart-test-values') }));
    expect(secrets(outcome.findings)).toEqual(['warning relay/values.yaml:3 stringData.token']);
    const relay = outcome.findings.find((finding) => finding.ruleId === 'plain-secret')!;
    expect([...relay.variants!].sort()).toEqual(['default', 'tls']);
  });
});

describe('plain-secret: a configuration file kept in a Secret', () => {
  it('reports none without a credential inside (nor a lone URL without one), and each with one, at the line that sets it', async () => {
    const outcome = await check(settings({ root: fixture('plain-secret-config-without-credential') }));
    expect(secrets(outcome.findings)).toEqual([
      'warning deploy/agent-secret.yaml:13 stringData.agent.yaml[password]',
      'warning deploy/shapes.yaml:7 data.config.json[auth]',
      'warning deploy/shapes.yaml:29 stringData.slack-url',
    ]);
  });
});

describe('plain-secret: identifiers are no secret alone', () => {
  it('reports no user name beside an empty password, and a password with its identifiers beside it, at the password', async () => {
    const outcome = await check(settings({ root: fixture('plain-secret-identifiers-only') }));
    expect(secrets(outcome.findings)).toEqual(['warning db/app-secret.yaml:8 stringData.DB_PASSWORD, beside stringData.DB_HOST, stringData.DB_USER']);
  });
});
