// Exceptions from the config file and from ignore annotations: what they accept, expiry, unused ones, reasons.
import { describe, expect, it } from 'vitest';
import { applyAnnotations, IGNORE_FIELD_PATH } from '../../src/config/annotations.js';
import { appliedExceptions, applyExceptions, hasExpired, type ConfigException, type Suppressible } from '../../src/config/exceptions.js';
import { parseConfig } from '../../src/config/load.js';
import type { Finding, Resource, Target } from '../../src/model.js';

const CHART: Target = { kind: 'helm', path: 'charts/vendor', helm: { releaseName: 'vendor', namespace: 'monitoring', valuesFiles: [] } };
const OVERLAY: Target = { kind: 'kustomize', path: 'apps/web/overlays/prod' };

function finding(ruleId: string, overrides: Partial<Finding> = {}): Suppressible {
  return {
    ruleId,
    severity: 'error',
    title: ruleId,
    message: `${ruleId} fired`,
    target: OVERLAY,
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'web', name: 'web-api' },
    location: { file: 'apps/web/base/deployment.yaml', line: 12 },
    ...overrides,
  };
}

/** Exceptions as the config file gives them, so each knows its line. */
function exceptions(yaml: string): ConfigException[] {
  return parseConfig('.kube-policy-gate.yaml', `exceptions:\n${yaml}`).exceptions;
}

const NOW = new Date('2026-03-01T12:00:00Z');

/** Which of the given findings each yaml's exception suppresses, by rule id. */
function suppressed(yaml: string, findings: Finding[]): string[] {
  return (applyExceptions(findings, exceptions(yaml), NOW) as Suppressible[]).filter((f) => f.suppressed).map((f) => `${f.ruleId}:${f.resource?.name ?? f.target.path}`);
}

describe('applyExceptions', () => {
  it('marks a matched finding with the reason, owner, expiry and line, and never drops it', () => {
    const list = exceptions('  - rules: [privileged]\n    name: web-api\n    reason: needs the GPU driver\n    owner: ml-team\n    expires: 2026-06-30\n');
    const result = applyExceptions([finding('privileged'), finding('host-ports')], list, NOW);
    expect(result).toEqual([
      { ...finding('privileged'), suppressed: { by: 'config', reason: 'needs the GPU driver', owner: 'ml-team', expires: '2026-06-30', file: '.kube-policy-gate.yaml', line: 2 } },
      finding('host-ports'),
    ]);
  });

  it('matches by each selector, with globs', () => {
    const findings = [
      finding('privileged'),
      finding('privileged', { resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'web', name: 'debug' } }),
      finding('privileged', { resource: { apiVersion: 'apps/v1', kind: 'DaemonSet', namespace: 'kube-system', name: 'node-exporter' } }),
      finding('privileged', { target: CHART, resource: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'prometheus' }, location: { file: 'charts/vendor/templates/sts.yaml', line: 3 } }),
    ];
    const one = (selector: string) => suppressed(`  - rules: [privileged]\n    ${selector}\n    reason: r\n`, findings);
    expect(one('kind: "*Set"')).toEqual(['privileged:node-exporter', 'privileged:prometheus']);
    expect(one('namespace: kube-*')).toEqual(['privileged:node-exporter']);
    // The release namespace stands in for an object that names none.
    expect(one('namespace: monitoring')).toEqual(['privileged:prometheus']);
    expect(one('name: "{debug,web-*}"')).toEqual(['privileged:web-api', 'privileged:debug']);
    expect(one('target: charts/vendor')).toEqual(['privileged:prometheus']);
    expect(one('target: apps/*/overlays/**')).toEqual(['privileged:web-api', 'privileged:debug', 'privileged:node-exporter']);
    expect(one('file: "**/templates/*.yaml"')).toEqual(['privileged:prometheus']);
  });

  it('needs every selector given to match', () => {
    const yaml = '  - rules: [privileged]\n    kind: Deployment\n    name: other\n    reason: r\n';
    expect(suppressed(yaml, [finding('privileged')])).toEqual([]);
  });

  it('matches rule ids exactly, by glob, or all with *', () => {
    const findings = [finding('privileged'), finding('host-ports'), finding('host-namespaces')];
    expect(suppressed('  - rules: [host-*]\n    name: web-api\n    reason: r\n', findings)).toEqual(['host-ports:web-api', 'host-namespaces:web-api']);
    expect(suppressed('  - rules: "*"\n    name: web-api\n    reason: r\n', findings)).toHaveLength(3);
  });

  it('matches dot directories like any other', () => {
    const hidden = finding('privileged', { location: { file: '.deploy/pod.yaml', line: 1 } });
    expect(suppressed('  - rules: [privileged]\n    file: "**/pod.yaml"\n    reason: r\n', [hidden])).toEqual(['privileged:web-api']);
  });

  it("accepts could-not-check findings only when named, never through '*' or a glob", () => {
    const broken = finding('render-error', { resource: undefined, target: CHART, location: { file: 'charts/vendor/Chart.yaml', line: 1 } });
    expect(suppressed('  - rules: "*"\n    target: charts/vendor\n    reason: r\n', [broken])).toEqual([]);
    expect(suppressed('  - rules: ["*-error"]\n    target: charts/vendor\n    reason: r\n', [broken])).toEqual([]);
    expect(suppressed('  - rules: [render-error]\n    target: charts/vendor\n    reason: r\n', [broken])).toEqual(['render-error:charts/vendor']);
    const unparsable = finding('parse-error', { resource: undefined });
    expect(suppressed('  - rules: [parse-error]\n    file: apps/**\n    reason: r\n', [unparsable])).toEqual(['parse-error:apps/web/overlays/prod']);
  });

  it('does not match object selectors on a finding without an object', () => {
    const broken = finding('render-error', { resource: undefined });
    expect(suppressed('  - rules: [render-error]\n    kind: Deployment\n    reason: r\n', [broken])).toEqual([]);
  });

  it('keeps an annotation suppression, and still counts the exception as used', () => {
    const byAnnotation = { ...finding('privileged'), suppressed: { by: 'annotation' as const, reason: 'on the object' } };
    const result = applyExceptions([byAnnotation], exceptions('  - rules: [privileged]\n    name: web-api\n    reason: r\n'), NOW);
    expect(result).toEqual([byAnnotation]);
  });

  it('reports an exception that matched nothing as a notice at its line', () => {
    const result = applyExceptions([finding('privileged')], exceptions('  - rules: [host-ports]\n    name: web-*\n    reason: ports are reviewed\n    owner: net\n'), NOW);
    expect(result).toEqual([
      finding('privileged'),
      {
        ruleId: 'exception-unused',
        severity: 'notice',
        title: 'Exception matched nothing',
        message: 'the exception for host-ports on name web-* (owner: net; reason: ports are reviewed) matched no finding: remove it, or correct its rules or selector',
        target: { kind: 'manifests', path: '.kube-policy-gate.yaml' },
        location: { file: '.kube-policy-gate.yaml', line: 2 },
      },
    ]);
  });
});

describe('appliedExceptions', () => {
  it('lists each exception that accepted findings once, with how many', () => {
    const list = exceptions('  - rules: [host-*]\n    name: web-api\n    reason: ports reviewed\n    owner: net\n  - rules: [privileged]\n    name: nothing\n    reason: r\n');
    const result = applyExceptions([finding('host-ports'), finding('privileged'), finding('host-namespaces')], list, NOW) as Suppressible[];
    const annotated = { ...finding('privileged'), suppressed: { by: 'annotation' as const, reason: 'on the object', file: 'a.yaml', line: 3 } };
    expect(appliedExceptions([...result, annotated])).toEqual([
      { by: 'config', reason: 'ports reviewed', owner: 'net', file: '.kube-policy-gate.yaml', line: 2, findings: 2 },
      { by: 'annotation', reason: 'on the object', file: 'a.yaml', line: 3, findings: 1 },
    ]);
  });
});

describe('expiry', () => {
  const yaml = '  - rules: [host-ports]\n    name: web-api\n    reason: r\n  - rules: [privileged]\n    name: web-api\n    reason: until the driver ships\n    expires: 2026-03-01\n';

  it('applies through the whole expiry day in UTC', () => {
    const [, exception] = exceptions(yaml);
    expect(hasExpired(exception!, new Date('2026-03-01T00:00:00Z'))).toBe(false);
    expect(hasExpired(exception!, new Date('2026-03-01T23:59:59.999Z'))).toBe(false);
    expect(hasExpired(exception!, new Date('2026-03-02T00:00:00Z'))).toBe(true);
    expect(hasExpired(exceptions(yaml)[0]!, new Date('2999-01-01T00:00:00Z'))).toBe(false);
  });

  it('stops applying the next day and is an error at its line', () => {
    const result = applyExceptions([finding('privileged'), finding('host-ports')], exceptions(yaml), new Date('2026-03-02T08:00:00Z')) as Suppressible[];
    expect(result.map((f) => [f.ruleId, f.suppressed?.reason])).toEqual([
      ['privileged', undefined],
      ['host-ports', 'r'],
      ['exception-expired', undefined],
    ]);
    expect(result[2]).toEqual({
      ruleId: 'exception-expired',
      severity: 'error',
      title: 'Exception expired',
      message:
        'the exception for privileged on name web-api (reason: until the driver ships) expired on 2026-03-01: 1 finding it accepted is reported again; fix them, or renew the exception with a new date',
      target: { kind: 'manifests', path: '.kube-policy-gate.yaml' },
      location: { file: '.kube-policy-gate.yaml', line: 5 },
    });
  });

  it('says when an expired exception no longer matches anything', () => {
    const [result] = applyExceptions([], exceptions(yaml).slice(1), new Date('2026-04-01T00:00:00Z'));
    expect(result?.message).toMatch(/expired on 2026-03-01: it matches no finding now; remove it$/);
  });
});

function resource(annotations: Record<string, unknown> | undefined, target: Target = OVERLAY): Resource {
  const object = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web-api', namespace: 'web', ...(annotations ? { annotations } : {}) } };
  const document = { text: '', firstLine: 1, sourceFile: 'apps/web/base/deployment.yaml', relatedFiles: [], textIsSource: false };
  return { object, apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'web', name: 'web-api', target, document };
}

const KNOWN = ['privileged', 'host-ports', 'host-namespaces', 'evaluation-error'];
const ANNOTATION_LINE = { file: 'apps/web/base/deployment.yaml', line: 7 };
const locate = (path: (string | number)[]) => (path.join('/') === IGNORE_FIELD_PATH.join('/') ? ANNOTATION_LINE : undefined);

describe('applyAnnotations', () => {
  const findings = [finding('privileged'), finding('host-ports'), finding('host-namespaces')];

  it('suppresses the named rules when a reason is given', () => {
    const annotated = resource({ 'kube-policy-gate.io/ignore': 'privileged, host-ports', 'kube-policy-gate.io/ignore-reason': ' legacy agent, replaced in Q3 ' });
    const result = applyAnnotations(annotated, findings, KNOWN, locate);
    expect(result.warnings).toEqual([]);
    expect(result.findings.map((f) => f.suppressed)).toEqual([
      { by: 'annotation', reason: 'legacy agent, replaced in Q3', ...ANNOTATION_LINE },
      { by: 'annotation', reason: 'legacy agent, replaced in Q3', ...ANNOTATION_LINE },
      undefined,
    ]);
  });

  it('does not apply without a reason, and warns at the annotation', () => {
    for (const reason of [undefined, '', '   ']) {
      const annotations = { 'kube-policy-gate.io/ignore': 'privileged', ...(reason === undefined ? {} : { 'kube-policy-gate.io/ignore-reason': reason }) };
      const result = applyAnnotations(resource(annotations), findings, KNOWN, locate);
      expect(result.findings).toEqual(findings);
      expect(result.warnings).toEqual([
        {
          ruleId: 'ignore-without-reason',
          severity: 'warning',
          title: 'Ignore annotation without a reason',
          message:
            'kube-policy-gate.io/ignore on Deployment web-api is not applied: it needs a non-empty kube-policy-gate.io/ignore-reason annotation saying why the findings are acceptable',
          target: OVERLAY,
          resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'web', name: 'web-api' },
          fieldPath: ['metadata', 'annotations', 'kube-policy-gate.io/ignore'],
          location: ANNOTATION_LINE,
        },
      ]);
    }
  });

  it('warns about an unknown rule id with the closest one, and still applies the known ones', () => {
    const annotated = resource({ 'kube-policy-gate.io/ignore': 'privilegd,host-ports', 'kube-policy-gate.io/ignore-reason': 'r' });
    const result = applyAnnotations(annotated, findings, KNOWN);
    expect(result.findings.map((f) => f.suppressed?.by)).toEqual([undefined, 'annotation', undefined]);
    expect(result.warnings.map((w) => [w.ruleId, w.message, w.location])).toEqual([
      ['ignore-unknown-rule', "kube-policy-gate.io/ignore on Deployment web-api names 'privilegd', which is no rule (did you mean 'privileged'?); it ignores nothing", undefined],
    ]);
  });

  it("takes '*' for every rule but not for could-not-check findings", () => {
    const all = [...findings, finding('evaluation-error')];
    const annotated = resource({ 'kube-policy-gate.io/ignore': '*', 'kube-policy-gate.io/ignore-reason': 'test fixture' });
    expect(applyAnnotations(annotated, all, KNOWN).findings.map((f) => f.suppressed !== undefined)).toEqual([true, true, true, false]);
  });

  it('leaves an object without the annotation, or without annotations, alone', () => {
    expect(applyAnnotations(resource(undefined), findings, KNOWN)).toEqual({ findings, warnings: [] });
    expect(applyAnnotations(resource({ team: 'web' }), findings, KNOWN)).toEqual({ findings, warnings: [] });
  });

  it('works the same for a Helm chart: the location comes from the locator', () => {
    const annotated = resource({ 'kube-policy-gate.io/ignore': 'privileged' }, CHART);
    const [warning] = applyAnnotations(annotated, findings, KNOWN, () => ({ file: 'charts/vendor/templates/deploy.yaml', line: 9 })).warnings;
    expect(warning?.target).toBe(CHART);
    expect(warning?.location).toEqual({ file: 'charts/vendor/templates/deploy.yaml', line: 9 });
  });
});
