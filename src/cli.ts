// kube-policy-gate for a terminal: the same pipeline as the action, printed as text or JSON.
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
// Bundled into dist/cli.js by esbuild, so --version needs no package.json beside it at run time.
import packageJson from '../package.json' with { type: 'json' };
import { ConfigError, errorMessage } from './errors.js';
import type { Config } from './config/load.js';
import { configuredSettings, type TrustOptions } from './config/settings.js';
import { pendingChanges } from './config/trust.js';
import { refTrust } from './config/trusted.js';
import { Inputs, oneOf } from './inputs.js';
import { logLine } from './report/escape.js';
import { formatText, jsonChunks } from './report/text.js';
import { readBundledRules } from './report/files.js';
import { formatJunit } from './report/junit.js';
import { formatSarifText } from './report/sarif.js';
import { compareWithBase } from './compare/baseline.js';
import { check } from './runner.js';
import { readShardReports } from './shard/merge.js';

const USAGE = `Usage: kube-policy-gate [paths...] [options]

Renders the kustomizations, Helm charts and Kubernetes manifests under paths (default: .)
and checks every object against the bundled policies. Paths are files, directories or globs
('deploy/**', '!**/test/**'), absolute or relative to the current directory, and must lie inside
--root. Without --root, the root is the current directory, or the one path given when it lies
outside it (its directory, for a file): 'kube-policy-gate ../other-repo' checks that repository.

Options:
  --root DIR             repository root: reports and --values-files are relative to it
  --fail-on LEVEL        error | warning | notice | never (default: error)
  --profile NAME         default | baseline | restricted | hardened (default: default)
  --values-files FILE    Helm values file; repeat for several (applied in order)
  --release-name NAME    Helm release name (default: the chart's directory name)
  --namespace NS         namespace for helm template
  --kube-version V       target Kubernetes version (Helm's .Capabilities, removed APIs, rules needing newer)
  --pss-version V        Pod Security policy version: latest | v1.0 ... v1.37 (default: kube-version's, else latest)
  --render-timeout S     seconds one render may take (default: 120)
  --max-render-bytes N   most output one render may print, e.g. 64MiB (default: 64MiB)
  --allow-network        let kustomize and helm reach the network
  --allow-network-host H with --allow-network, let them reach host H although it resolves to a loopback, link-local
                         or private address (repeatable)
  --allow-empty          pass when nothing is found to check (default: such a run fails)
  --enable-helm true|false
                         render Kustomize helmCharts (default: when the charts are local)
  --helm-ci-values true|false
                         render a chart once per ci/*-values.yaml (default: true)
  --trust-namespace-labels true|false
                         judge Pods at their Namespace's enforce label (default: true)
  --config FILE          config file, relative to the root (default: .kube-policy-gate.yaml when it exists)
  --policy-bundle PATH   your policies: an OPA bundle .tar.gz, a .wasm, a directory of .rego, or
                         Gatekeeper ConstraintTemplates and constraints; repeat for several
  --policy-data FILE     JSON or YAML merged into the policies' data; repeat for several
  --policy-mode MODE     extend (beside the bundled rules) | replace (instead of them) (default: extend)
  --policy-namespace P   conftest package whose deny/warn/violation rules count; repeat (default: main)
  --rego-version V       v0 | v1: syntax of your .rego files (default: v1)
  --base REF             also check REF itself (in a temporary git worktree) and
                         fail only on findings that are not there: what this change introduces;
                         REF's config file is trusted as with --trusted-config-from REF
  --trusted-config-from REF
                         the config file at REF (the branch a change merges into) decides what the
                         working tree's config may loosen: a looser fail-on, a disabled rule or a new
                         exception does not apply (it is listed as pending until merged)
  --shard I/N            judge only shard I of N (targets split by size, the same on every machine);
                         write --format json and join the N reports with --merge-reports
  --merge-reports DIR    render nothing: join the shards' JSON reports under DIR into one outcome
  --format FORMAT        text | json | sarif (SARIF 2.1.0) | junit (JUnit XML) (default: text)
  -h, --help             show this help
  --version              print the version

Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage or configuration error,
3 unexpected error (a bug or a broken installation; please report it with the message).
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
      'pss-version': { type: 'string' },
      'render-timeout': { type: 'string' },
      'max-render-bytes': { type: 'string' },
      'allow-network': { type: 'boolean' },
      'allow-network-host': { type: 'string', multiple: true },
      'allow-empty': { type: 'boolean' },
      'enable-helm': { type: 'string' },
      'helm-ci-values': { type: 'string' },
      'trust-namespace-labels': { type: 'string' },
      config: { type: 'string' },
      'policy-bundle': { type: 'string', multiple: true },
      'policy-data': { type: 'string', multiple: true },
      'policy-mode': { type: 'string' },
      'policy-namespace': { type: 'string', multiple: true },
      'rego-version': { type: 'string' },
      base: { type: 'string' },
      'trusted-config-from': { type: 'string' },
      shard: { type: 'string' },
      'merge-reports': { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const scope = scanScope(positionals, values.root, process.cwd());
  const format = oneOf('--format', values.format ?? 'text', ['text', 'json', 'sarif', 'junit'] as const);
  const flags: Record<string, string> = {
    [Inputs.paths]: scope.paths.join('\n'),
    [Inputs.failOn]: values['fail-on'] ?? '',
    [Inputs.profile]: values.profile ?? '',
    [Inputs.valuesFiles]: (values['values-files'] ?? []).join('\n'),
    [Inputs.releaseName]: values['release-name'] ?? '',
    [Inputs.namespace]: values.namespace ?? '',
    [Inputs.kubeVersion]: values['kube-version'] ?? '',
    [Inputs.pssVersion]: values['pss-version'] ?? '',
    [Inputs.renderTimeout]: values['render-timeout'] ?? '',
    [Inputs.maxRenderBytes]: values['max-render-bytes'] ?? '',
    // Blank unless given, so the config file's value counts (see src/config/merge.ts).
    [Inputs.allowNetwork]: values['allow-network'] ? 'true' : '',
    [Inputs.allowNetworkHosts]: (values['allow-network-host'] ?? []).join('\n'),
    [Inputs.allowEmpty]: values['allow-empty'] ? 'true' : '',
    [Inputs.enableHelm]: values['enable-helm'] ?? '',
    [Inputs.helmCiValues]: values['helm-ci-values'] ?? '',
    [Inputs.trustNamespaceLabels]: values['trust-namespace-labels'] ?? '',
    [Inputs.config]: values.config ?? '',
    [Inputs.policyBundles]: (values['policy-bundle'] ?? []).join('\n'),
    [Inputs.policyData]: (values['policy-data'] ?? []).join('\n'),
    [Inputs.policyMode]: values['policy-mode'] ?? '',
    [Inputs.policyNamespaces]: (values['policy-namespace'] ?? []).join('\n'),
    [Inputs.regoVersion]: values['rego-version'] ?? '',
    [Inputs.shard]: values.shard ?? '',
    [Inputs.mergeReports]: values['merge-reports'] ? resolve(values['merge-reports']) : '',
  };
  const settings = configuredSettings((name) => flags[name] ?? '', scope.root, undefined, await cliTrust(values['trusted-config-from'], values.base, values.config ?? '', scope.root));
  for (const line of trustNotices(settings.config)) process.stderr.write(`${logLine(`kube-policy-gate: ${line}`)}\n`);
  if (values.base !== undefined && (settings.shard || settings.mergeReports)) throw new ConfigError(`Invalid --base '${values.base}' with --shard or --merge-reports. Expected --base in a single run: it is not split across shards.`);
  // --merge-reports renders nothing: the shards' JSON reports (--shard i/n --format json) are the outcome.
  const checked = settings.mergeReports ? await readShardReports(settings.mergeReports) : await check(settings);
  const outcome = values.base === undefined ? checked : await compareWithBase(checked, settings, values.base);
  if (outcome.comparison?.notice) process.stderr.write(`${logLine(`kube-policy-gate: ${outcome.comparison.notice}`)}\n`);
  const context = { rules: readBundledRules(), toolVersion: packageJson.version };
  const formats = { text: formatText, sarif: formatSarifText, junit: formatJunit };
  await write(process.stdout, format === 'json' ? jsonChunks(outcome) : [formats[format](outcome, context)]);
  // A shard's verdict is the merge's to give (its findings are only part of the run).
  return outcome.verdict === 'fail' && !settings.shard ? 1 : 0;
}

/**
 * Whose config decides what may loosen: `--trusted-config-from REF`, else `--base REF` (the branch a change is
 * compared with is the one it merges into), else none (the config applies as written). A REF named with
 * --trusted-config-from that cannot be read is a usage error; with --base alone the run goes on and says why.
 */
async function cliTrust(trustedFrom: string | undefined, base: string | undefined, configFlag: string, root: string): Promise<TrustOptions | undefined> {
  const ref = trustedFrom ?? base;
  if (ref === undefined) return undefined;
  const trust = await refTrust(configFlag, root, ref);
  if (trustedFrom !== undefined && trust.base.kind === 'unreadable') {
    throw new ConfigError(`Invalid --trusted-config-from '${trustedFrom}': ${trust.base.problem} Expected a branch, tag or commit of the repository whose config file can be read.`);
  }
  return trust;
}

/** What the trusted config held back, one line each, for stderr. */
function trustNotices(config: Config | undefined): string[] {
  const base = config?.trust?.base;
  const unreadable = base && 'problem' in base ? [`the trusted config could not be read, so this config applies only where it is stricter than the defaults: ${base.problem}`] : [];
  return [...unreadable, ...pendingChanges(config).map((change) => `pending until merged: ${change.message}${change.line ? ` (${change.file}:${change.line})` : ''}`)];
}

/** Writes the pieces as they come, waiting when the reader is slower (a pipe to a program). */
async function write(stream: NodeJS.WriteStream, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) if (!stream.write(piece)) await once(stream, 'drain');
}

const GLOB = /[*?[\]{}]/;

/** Where to scan and what, as conftest and kube-linter take paths: absolute or relative to the current directory. */
function scanScope(positionals: string[], rootFlag: string | undefined, cwd: string): { root: string; paths: string[] } {
  for (const path of positionals) {
    if (!path.startsWith('!') && !GLOB.test(path) && !existsSync(resolve(cwd, path))) {
      throw new ConfigError(`Path '${path}' does not exist. Expected a file, a directory or a glob to check.`);
    }
  }
  const only = positionals.length === 1 && !positionals[0]!.startsWith('!') ? resolve(cwd, positionals[0]!) : undefined;
  if (rootFlag === undefined && only && !GLOB.test(only) && !inside(cwd, only)) {
    return statSync(only).isDirectory() ? { root: only, paths: [] } : { root: dirname(only), paths: [basename(only)] };
  }
  const root = resolve(cwd, rootFlag ?? '.');
  return { root, paths: positionals.map((path) => relativeToRoot(path, root, cwd)) };
}

/** A path or glob from the command line as the selection wants it: relative to the root, `/`-separated. */
function relativeToRoot(path: string, root: string, cwd: string): string {
  const negated = path.startsWith('!');
  const absolute = resolve(cwd, negated ? path.slice(1) : path);
  if (!inside(root, absolute)) {
    throw new ConfigError(`Path '${path}' is outside the root '${root}'. Expected a path inside it; pass --root with a directory that holds every path.`);
  }
  return `${negated ? '!' : ''}${relative(root, absolute).split(sep).join('/') || '.'}`;
}

function inside(directory: string, path: string): boolean {
  const rel = relative(directory, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    // One line per problem; stderr reaches the Actions runner too when the CLI runs in a workflow, and each line may
    // quote the PR, so a line break inside one is shown, never obeyed.
    const problems = error instanceof ConfigError ? error.problems : [errorMessage(error)];
    process.stderr.write(`${problems.map((problem) => `${logLine(`kube-policy-gate: ${problem}`)}\n`).join('')}${usage ? 'Run kube-policy-gate --help for usage.\n' : ''}`);
    process.exitCode = usage ? 2 : 3;
  },
);
