// A realistic outcome for the report tests and the summary preview: two overlays, a chart, a plain file, a render
// error, a dependency directory left out, an accepted finding, and a pull request that changes some of those lines.
import { readFileSync } from 'node:fs';
import type { Finding, Outcome, Severity, Target } from '../../src/model.js';
import { decideOutcome } from '../../src/outcome.js';
import type { RuleInfo } from '../../src/policy/bundle.js';
import type { ChangedLines, ReportContext } from '../../src/report/context.js';

const prod: Target = { kind: 'kustomize', path: 'deploy/overlays/prod' };
const staging: Target = { kind: 'kustomize', path: 'deploy/overlays/staging' };
const chart: Target = { kind: 'helm', path: 'charts/shop', helm: { releaseName: 'shop', valuesFiles: ['charts/shop/values-prod.yaml'] } };
const debug: Target = { kind: 'manifests', path: 'debug/pod.yaml' };

function make(ruleId: string, severity: Severity, title: string, message: string, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    severity,
    title,
    message,
    target: prod,
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'api' },
    fieldPath: ['spec', 'template', 'spec', 'containers', 0, 'securityContext'],
    location: { file, line, column: 11 },
    ...extra,
  };
}

export const fixtureFindings: Finding[] = [
  make('privileged', 'error', 'Privileged containers', 'container "debug" must not set securityContext.privileged=true', 'debug/pod.yaml', 14, {
    target: debug,
    resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'default', name: 'debug' },
    fieldPath: ['spec', 'containers', 0, 'securityContext', 'privileged'],
  }),
  make('host-namespaces', 'error', 'Host namespaces', 'pod must not set hostPID=true', 'debug/pod.yaml', 6, {
    target: debug,
    resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'default', name: 'debug' },
    fieldPath: ['spec', 'hostPID'],
  }),
  make('run-as-non-root', 'error', 'Containers must run as non-root', 'container "api" must set securityContext.runAsNonRoot=true', 'deploy/base/deployment.yaml', 21),
  make('run-as-non-root', 'error', 'Containers must run as non-root', 'container "api" must set securityContext.runAsNonRoot=true', 'deploy/overlays/staging/patch.yaml', 9, { target: staging }),
  make('allow-privilege-escalation', 'error', 'Privilege escalation', 'container "api" must set securityContext.allowPrivilegeEscalation=false', 'deploy/base/deployment.yaml', 21),
  make('seccomp-restricted', 'error', 'Seccomp profile required', 'pod must set securityContext.seccompProfile.type to RuntimeDefault or Localhost', 'charts/shop/values.yaml', 40, {
    target: chart,
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'shop-web' },
    fieldPath: ['spec', 'template', 'spec', 'securityContext'],
  }),
  make('read-only-root-filesystem', 'warning', 'Containers must use a read-only root filesystem', 'container "web" should set securityContext.readOnlyRootFilesystem=true', 'charts/shop/values.yaml', 44, {
    target: chart,
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'shop-web' },
  }),
  make('image-tag', 'warning', 'Images must name a version, not latest', 'container "api" uses image "registry.example/api:latest"', 'deploy/overlays/prod/kustomization.yaml', 12, {
    fieldPath: ['spec', 'template', 'spec', 'containers', 0, 'image'],
  }),
  make('restricted-capabilities', 'error', 'Capabilities must be dropped', 'container "vpn" must drop ALL capabilities', 'deploy/base/vpn.yaml', 30, {
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'vpn' },
    suppressed: { by: 'config', reason: 'needs NET_ADMIN for its tunnel', owner: 'platform', expires: '2027-06-30', file: '.kube-policy-gate.yaml', line: 4 },
  }),
  {
    ruleId: 'render-error',
    severity: 'error',
    title: 'Could not render kustomize target',
    message: 'kustomize build failed: accumulating resources: open deploy/overlays/broken/missing.yaml: no such file or directory',
    target: { kind: 'kustomize', path: 'deploy/overlays/broken' },
    location: { file: 'deploy/overlays/broken/kustomization.yaml', line: 1 },
  },
  {
    ruleId: 'not-checked',
    severity: 'notice',
    title: 'Not checked: dependency directory',
    message: 'vendor/ holds 3 YAML or JSON files that were not checked: dependency directories are skipped unless `paths` names them',
    target: { kind: 'manifests', path: 'vendor' },
    location: { file: 'vendor', line: 1 },
  },
];

export function fixtureOutcome(): Outcome {
  return decideOutcome(fixtureFindings, 'error', 5, 23);
}

export const fixtureChanged: ChangedLines = {
  files: new Set(['debug/pod.yaml', 'charts/shop/values.yaml']),
  lines: new Set(['debug/pod.yaml:14', 'debug/pod.yaml:15', 'charts/shop/values.yaml:40']),
};

/** The metadata of the bundled rules the fixture names, copied from rules.json so goldens change only with the reports. */
export function bundledRules(): RuleInfo[] {
  return JSON.parse(readFileSync(new URL('./golden/report-rules.json', import.meta.url), 'utf8')) as RuleInfo[];
}

export function fixtureContext(): ReportContext {
  return {
    rules: bundledRules(),
    repositoryUrl: 'https://github.com/acme/shop',
    sha: '0123456789abcdef0123456789abcdef01234567',
    rulesDocUrl: 'https://github.com/acme/kube-policy-gate/blob/v1/docs/rules.md',
    changed: fixtureChanged,
    toolVersion: '0.1.0',
  };
}
