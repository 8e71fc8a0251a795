// kube-policy-gate for a terminal: the same pipeline as the action, printed as text or JSON.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ConfigError, errorMessage } from './errors.js';
import { Inputs, oneOf, readSettings } from './inputs.js';
import { formatJson, formatText } from './report/text.js';
import { check } from './runner.js';

const USAGE = `Usage: kube-policy-gate [paths...] [options]

Renders the kustomizations, Helm charts and Kubernetes manifests under paths (default: .)
and checks every object against the bundled policies.

Options:
  --root DIR             repository root that paths are relative to (default: .)
  --fail-on LEVEL        error | warning | notice | never (default: error)
  --profile NAME         default | baseline | restricted | hardened (default: default)
  --values-files FILE    Helm values file; repeat for several (applied in order)
  --release-name NAME    Helm release name (default: the chart's directory name)
  --namespace NS         namespace for helm template
  --kube-version V       Kubernetes version for Helm's .Capabilities
  --render-timeout S     seconds one render may take (default: 120)
  --allow-network        let kustomize and helm reach the network
  --trust-namespace-labels true|false
                         judge Pods at their Namespace's enforce label (default: true)
  --format FORMAT        text | json (default: text)
  -h, --help             show this help

Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage or configuration error.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      root: { type: 'string' },
      'fail-on': { type: 'string' },
      profile: { type: 'string' },
      'values-files': { type: 'string', multiple: true },
      'release-name': { type: 'string' },
      namespace: { type: 'string' },
      'kube-version': { type: 'string' },
      'render-timeout': { type: 'string' },
      'allow-network': { type: 'boolean' },
      'trust-namespace-labels': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = oneOf('--format', values.format ?? 'text', ['text', 'json'] as const);
  const flags: Record<string, string> = {
    [Inputs.paths]: positionals.join('\n'),
    [Inputs.failOn]: values['fail-on'] ?? '',
    [Inputs.profile]: values.profile ?? '',
    [Inputs.valuesFiles]: (values['values-files'] ?? []).join('\n'),
    [Inputs.releaseName]: values['release-name'] ?? '',
    [Inputs.namespace]: values.namespace ?? '',
    [Inputs.kubeVersion]: values['kube-version'] ?? '',
    [Inputs.renderTimeout]: values['render-timeout'] ?? '',
    [Inputs.allowNetwork]: values['allow-network'] ? 'true' : 'false',
    [Inputs.trustNamespaceLabels]: values['trust-namespace-labels'] ?? '',
  };
  const settings = readSettings((name) => flags[name] ?? '', resolve(values.root ?? '.'));
  const outcome = await check(settings);
  process.stdout.write(format === 'json' ? formatJson(outcome) : formatText(outcome));
  return outcome.verdict === 'fail' ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`kube-policy-gate: ${errorMessage(error)}\n${usage ? 'Run kube-policy-gate --help for usage.\n' : ''}`);
    process.exitCode = usage ? 2 : 3;
  },
);
