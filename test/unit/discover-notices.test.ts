// What discovery reports besides targets: links it refused (warnings), directories it did not walk (notices).
import { describe, expect, it } from 'vitest';
import { discoveryFindings } from '../../src/discover/notices.js';
import type { Target } from '../../src/model.js';

const target: Target = { kind: 'manifests', path: 'deploy/pod.yaml' };

describe('discoveryFindings', () => {
  it('warns about each refused link that could hold manifests, naming the link and why', () => {
    const findings = discoveryFindings(
      [target],
      [
        { path: 'leak.yaml', reason: 'a symbolic link into .git (.git/config)', directory: false },
        { path: 'pod.json', reason: 'a symbolic link to /etc/pod.json, outside the checkout', directory: false },
        { path: 'charts', reason: 'a broken symbolic link', directory: true },
        { path: 'README.md', reason: 'a symbolic link to /etc/motd, outside the checkout', directory: false },
      ],
      [],
    );
    expect(findings).toEqual([
      {
        ruleId: 'skipped-link',
        severity: 'warning',
        title: 'Not checked: symbolic link',
        message: 'leak.yaml is a symbolic link into .git (.git/config); it was not followed and not checked',
        target: { kind: 'manifests', path: 'leak.yaml' },
        location: { file: 'leak.yaml', line: 1 },
      },
      expect.objectContaining({ ruleId: 'skipped-link', severity: 'warning', location: { file: 'pod.json', line: 1 } }),
      expect.objectContaining({ ruleId: 'skipped-link', message: 'charts is a broken symbolic link; it was not followed and not checked' }),
    ]);
  });

  it('gives one not-checked notice per skipped directory that holds selected YAML or JSON, saying how to include it', () => {
    const skipped = [
      { path: 'vendor', files: ['vendor/a/pod.yaml', 'vendor/b/pod.json', 'vendor/c/x.yml'] },
      { path: 'web/node_modules', files: ['web/node_modules/pkg/package.json'] },
    ];
    expect(discoveryFindings([target], [], [], skipped)).toEqual([
      {
        ruleId: 'not-checked',
        severity: 'notice',
        title: 'Not checked: dependency directory',
        message:
          'vendor/ holds 3 YAML or JSON files that were not checked: dependency directories are skipped unless `paths` names them; ' +
          'to check them, add `vendor` to `paths` (keep `.` or your other entries to check the rest too)',
        target: { kind: 'manifests', path: 'vendor' },
        location: { file: 'vendor', line: 1 },
      },
      expect.objectContaining({ ruleId: 'not-checked', message: expect.stringMatching(/^web\/node_modules\/ holds 1 YAML or JSON file that was not checked: /) }),
    ]);
    // Outside the selection, or excluded from it: nothing to say.
    expect(discoveryFindings([target], [], ['deploy'], skipped)).toEqual([]);
    expect(discoveryFindings([target], [], ['!vendor/**', '!**/node_modules/**'], skipped)).toEqual([]);
  });

  it('fails a run that found nothing at all, unless allow-empty', () => {
    expect(discoveryFindings([], [], ['deploy'])).toEqual([
      {
        ruleId: 'no-targets',
        severity: 'error',
        title: 'Nothing to check',
        message: 'no kustomization, Helm chart or Kubernetes manifest was found in deploy; set allow-empty to true if that is expected',
        target: { kind: 'manifests', path: '.' },
      },
    ]);
    expect(discoveryFindings([], [], ['deploy'], [], { allowEmpty: true })).toMatchObject([
      { severity: 'notice', message: 'no kustomization, Helm chart or Kubernetes manifest was found in deploy' },
    ]);
  });
});
