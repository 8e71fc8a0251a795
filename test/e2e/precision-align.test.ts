// Issue 17, Helm locations: each object a template prints is reported at its own lines, not a look-alike's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { FIXTURES, settings } from '../helpers.js';

const fixture = (name: string) => join(FIXTURES, 'precision', name);
const at = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${finding.resource?.name} ${finding.location?.file}:${finding.location?.line}`;

describe('a template of two look-alike objects', () => {
  it('reports the second object at its own lines, each finding once per object', async () => {
    const outcome = await check(settings({ root: fixture('helm-second-similar-object') }));
    expect(outcome.findings.map(at).sort()).toEqual(
      [
        'network-policy-coverage warning cartservice chart/templates/cart.yaml:5',
        'automount-service-account-token warning cartservice chart/templates/cart.yaml:14',
        'host-users warning cartservice chart/templates/cart.yaml:14',
        'supplemental-groups-policy error cartservice chart/templates/cart.yaml:16',
        'allow-privilege-escalation error cartservice chart/templates/cart.yaml:20',
        'restricted-capabilities error cartservice chart/templates/cart.yaml:20',
        'seccomp-restricted error cartservice chart/templates/cart.yaml:20',
        'read-only-root-filesystem warning cartservice chart/templates/cart.yaml:20',
        'network-policy-coverage warning redis-cart chart/templates/cart.yaml:28',
        'automount-service-account-token warning redis-cart chart/templates/cart.yaml:37',
        'host-users warning redis-cart chart/templates/cart.yaml:37',
        'supplemental-groups-policy error redis-cart chart/templates/cart.yaml:39',
        'allow-privilege-escalation error redis-cart chart/templates/cart.yaml:43',
        'restricted-capabilities error redis-cart chart/templates/cart.yaml:43',
        'seccomp-restricted error redis-cart chart/templates/cart.yaml:43',
        'read-only-root-filesystem warning redis-cart chart/templates/cart.yaml:43',
      ].sort(),
    );
    expect(outcome.findings.filter((finding) => finding.alsoFor?.length)).toEqual([]);
  });
});
