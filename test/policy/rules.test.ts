// Every rule has METADATA (checked by the build) and a sibling test with firing and non-firing cases.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const policies = join(ROOT, 'policies');
const ruleFiles = readdirSync(policies, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.rego') && !file.endsWith('_test.rego') && !file.startsWith('lib/') && file !== 'main.rego')
  .sort();

describe('rule files', () => {
  it('exist', () => expect(ruleFiles.length).toBeGreaterThan(0));

  it.each(ruleFiles)('%s has a sibling test with test_fire_ and test_dont_fire_ cases', (file) => {
    const testFile = join(policies, file.replace(/\.rego$/, '_test.rego'));
    expect(existsSync(testFile), `${file} has no ${file.replace(/\.rego$/, '_test.rego')}`).toBe(true);
    const text = readFileSync(testFile, 'utf8');
    expect(text, 'no test_fire_ case').toMatch(/^test_fire_\w+/m);
    expect(text, 'no test_dont_fire_ case').toMatch(/^test_dont_fire_\w+/m);
  });

  it.each(ruleFiles.filter((file) => /^default_parameters :=/m.test(readFileSync(join(policies, file), 'utf8'))))(
    '%s has tests that change its parameters',
    (file) => {
      const text = readFileSync(join(policies, file.replace(/\.rego$/, '_test.rego')), 'utf8');
      expect(text, 'no test sets data.kpg.parameters').toMatch(/with data\.kpg\.parameters as/);
    },
  );

  it.each(ruleFiles)('%s is package kpg.rules.<file name>', (file) => {
    const name = file.split('/').pop()!.replace(/\.rego$/, '');
    expect(readFileSync(join(policies, file), 'utf8')).toMatch(new RegExp(`^package kpg\\.rules\\.${name}$`, 'm'));
  });
});
