// Action inputs → one typed Settings object. Pure: the input reader is passed in.
import { ConfigError } from './errors.js';
import { isReleaseName } from './render/helm.js';
import type { Config } from './config/load.js';
import type { FailOn } from './model.js';
import type { ProfileChoice } from './policy/decision.js';
import { parsePssVersion } from './policy/versions.js';
import { parseShard, type Shard } from './shard/split.js';

/** Input names, exactly as in action.yml. */
export const Inputs = {
  paths: 'paths',
  failOn: 'fail-on',
  profile: 'profile',
  valuesFiles: 'values-files',
  releaseName: 'release-name',
  namespace: 'namespace',
  kubeVersion: 'kube-version',
  pssVersion: 'pss-version',
  renderTimeout: 'render-timeout',
  allowNetwork: 'allow-network',
  allowNetworkHosts: 'allow-network-hosts',
  trustNamespaceLabels: 'trust-namespace-labels',
  workingDirectory: 'working-directory',
  maxRenderBytes: 'max-render-bytes',
  config: 'config',
  policyBundles: 'policy-bundles',
  policyData: 'policy-data',
  policyMode: 'policy-mode',
  policyNamespaces: 'policy-namespaces',
  regoVersion: 'rego-version',
  sarifFile: 'sarif-file',
  allowEmpty: 'allow-empty',
  enableHelm: 'enable-helm',
  helmCiValues: 'helm-ci-values',
  githubToken: 'github-token',
  comment: 'comment',
  category: 'category',
  matrix: 'matrix',
  sarifMaxResults: 'sarif-max-results',
  newFindingsOnly: 'new-findings-only',
  shard: 'shard',
  mergeReports: 'merge-reports',
} as const;

export interface Settings {
  /** Absolute path of the checkout to scan. */
  root: string;
  /** Absolute path that `root` must stay inside, links resolved (the workspace; for the CLI, the root itself). */
  workspace?: string;
  /** Globs selecting what to check, relative to `root`; `!` excludes. */
  paths: string[];
  /** Lowest severity that fails the run. */
  failOn: FailOn;
  /** Which rules are reported. */
  profile: ProfileChoice;
  /** Helm values files, applied to the chart that contains them (or every chart), in order. */
  valuesFiles: string[];
  /** Helm release name; defaults to the chart directory's name. */
  releaseName: string;
  /** Namespace passed to `helm template`. */
  namespace: string;
  /** Kubernetes version for Helm's .Capabilities (e.g. 1.34.0); also the target the rules judge against. */
  kubeVersion: string;
  /** Pod Security policy version (minor of v1.<n>) for namespaces without an enforce-version label; unset: kube-version's, else latest. */
  pssVersion?: number;
  /** Milliseconds one render may take. */
  renderTimeoutMs: number;
  /** Let kustomize and helm reach the network (remote bases, chart repositories). */
  allowNetwork: boolean;
  /** Hosts (names or literal addresses) a fetch may reach although they resolve to loopback, link-local or private addresses. */
  allowNetworkHosts?: string[];
  /** Bytes one render may print before it is stopped and reported. */
  maxRenderBytes: number;
  /** Judge Pods at the Pod Security level their PR-supplied Namespace's enforce label names (false: always at the profile's). */
  trustNamespaceLabels: boolean;
  /** The user's policies: OPA bundles (.tar.gz), .wasm files, directories of .rego, Gatekeeper templates and constraints. */
  policyBundles: string[];
  /** JSON or YAML files merged into the policies' `data` (rule parameters among them). */
  policyData: string[];
  /** `extend`: the user's policies beside the bundled ones; `replace`: instead of them. */
  policyMode: PolicyMode;
  /** conftest packages whose deny/warn/violation rules count (default: main). */
  policyNamespaces: string[];
  /** Rego syntax of the user's .rego files. */
  regoVersion: RegoVersion;
  /** Where to write the SARIF file, relative to the workspace; '' for the runner's temporary directory. */
  sarifFile: string;
  /** Pass a run that finds nothing to check (otherwise it fails: a gate that checked nothing must not show green). */
  allowEmpty: boolean;
  /** Kustomize helmCharts: true/false, or undefined to render them when the charts are local (or the network is allowed). */
  enableHelm?: boolean;
  /** Render a chart once per ci/*-values.yaml file, as chart-testing does. */
  helmCiValues: boolean;
  /** Judge the pull request's base commit too and fail only on the findings the pull request introduces. */
  newFindingsOnly?: boolean;
  /** The config file's rules and exceptions, when there is one (see src/config). */
  config?: Config;
  /** Judge only this shard's targets (`i/n`) and write a report for merge-reports. */
  shard?: Shard;
  /** Render nothing: join the shards' JSON reports found under this directory into one outcome. */
  mergeReports?: string;
}

export type PolicyMode = 'extend' | 'replace';
export const POLICY_MODES: readonly PolicyMode[] = ['extend', 'replace'];
export type RegoVersion = 'v0' | 'v1';

export type InputReader = (name: string) => string;

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
export const PROFILES: readonly ProfileChoice[] = ['default', 'baseline', 'restricted', 'hardened'];

/**
 * What a blank input (and a config file without the key) means. One table, because src/config/trust.ts compares a
 * pull request's value with the default too: a PR that removes `fail-on: warning` asks for this `error`.
 */
export const DEFAULTS = {
  [Inputs.failOn]: 'error',
  [Inputs.profile]: 'default',
  [Inputs.renderTimeout]: '120',
  [Inputs.allowNetwork]: 'false',
  [Inputs.maxRenderBytes]: '64MiB',
  [Inputs.trustNamespaceLabels]: 'true',
  [Inputs.policyMode]: 'extend',
  // Applied by src/policy/load.ts (the settings keep the blank list).
  [Inputs.policyNamespaces]: 'main',
  [Inputs.regoVersion]: 'v1',
  [Inputs.allowEmpty]: 'false',
  [Inputs.helmCiValues]: 'true',
  [Inputs.newFindingsOnly]: 'false',
} as const satisfies Partial<Record<InputName, string>>;

export type InputName = (typeof Inputs)[keyof typeof Inputs];

/** Every input checked; all the invalid ones in one ConfigError, each on its own line, so they are fixed in one round. */
export function readSettings(read: InputReader, workspace: string): Settings {
  const problems: string[] = [];
  // A value that is invalid is reported; the default stands in for it so the other inputs are still read.
  const valid = <T>(parse: () => T, instead: T): T => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return instead;
    }
  };
  const settings: Settings = {
    root: valid(() => resolveRoot(workspace, read(Inputs.workingDirectory)), workspace),
    workspace,
    paths: list(read(Inputs.paths)),
    failOn: valid(() => oneOf(Inputs.failOn, read(Inputs.failOn) || DEFAULTS[Inputs.failOn], FAIL_ON), 'error'),
    profile: valid(() => oneOf(Inputs.profile, read(Inputs.profile) || DEFAULTS[Inputs.profile], PROFILES), 'default'),
    valuesFiles: list(read(Inputs.valuesFiles)).map((file) => file.replace(/^\.\//, '')),
    releaseName: valid(() => releaseName(read(Inputs.releaseName).trim()), ''),
    namespace: read(Inputs.namespace).trim(),
    kubeVersion: valid(() => kubeVersion(read(Inputs.kubeVersion).trim()), ''),
    ...(read(Inputs.pssVersion).trim() && { pssVersion: valid(() => parsePssVersion(read(Inputs.pssVersion)), undefined) }),
    renderTimeoutMs: valid(() => seconds(Inputs.renderTimeout, read(Inputs.renderTimeout) || DEFAULTS[Inputs.renderTimeout]), 0) * 1000,
    allowNetwork: valid(() => boolean(Inputs.allowNetwork, read(Inputs.allowNetwork) || DEFAULTS[Inputs.allowNetwork]), false),
    ...(list(read(Inputs.allowNetworkHosts)).length && { allowNetworkHosts: list(read(Inputs.allowNetworkHosts)) }),
    maxRenderBytes: valid(() => bytes(Inputs.maxRenderBytes, read(Inputs.maxRenderBytes) || DEFAULTS[Inputs.maxRenderBytes]), 0),
    trustNamespaceLabels: valid(() => boolean(Inputs.trustNamespaceLabels, read(Inputs.trustNamespaceLabels) || DEFAULTS[Inputs.trustNamespaceLabels]), true),
    policyBundles: list(read(Inputs.policyBundles)),
    policyData: list(read(Inputs.policyData)),
    policyMode: valid(() => oneOf(Inputs.policyMode, read(Inputs.policyMode) || DEFAULTS[Inputs.policyMode], POLICY_MODES), 'extend'),
    policyNamespaces: list(read(Inputs.policyNamespaces)),
    regoVersion: valid(() => oneOf(Inputs.regoVersion, read(Inputs.regoVersion) || DEFAULTS[Inputs.regoVersion], ['v0', 'v1'] as const), 'v1'),
    sarifFile: read(Inputs.sarifFile).trim(),
    allowEmpty: valid(() => boolean(Inputs.allowEmpty, read(Inputs.allowEmpty) || DEFAULTS[Inputs.allowEmpty]), false),
    ...(read(Inputs.enableHelm).trim() && { enableHelm: valid(() => boolean(Inputs.enableHelm, read(Inputs.enableHelm)), undefined) }),
    helmCiValues: valid(() => boolean(Inputs.helmCiValues, read(Inputs.helmCiValues) || DEFAULTS[Inputs.helmCiValues]), true),
    newFindingsOnly: valid(() => boolean(Inputs.newFindingsOnly, read(Inputs.newFindingsOnly) || DEFAULTS[Inputs.newFindingsOnly]), false),
    ...valid(() => shardSettings(read), {}),
  };
  if (problems.length) throw new ConfigError(problems);
  return settings;
}

/** shard and merge-reports: one run is a shard, the merge, or neither; new-findings-only does not split (yet). */
function shardSettings(read: InputReader): Pick<Settings, 'shard' | 'mergeReports'> {
  const shard = parseShard(Inputs.shard, read(Inputs.shard));
  const mergeReports = read(Inputs.mergeReports).trim();
  if (shard && mergeReports) throw new ConfigError(`Invalid merge-reports '${mergeReports}' with shard '${read(Inputs.shard).trim()}'. Expected one of them: shards write reports, a later job merges them.`);
  if ((shard || mergeReports) && read(Inputs.newFindingsOnly).trim() === 'true') {
    throw new ConfigError(`Invalid new-findings-only 'true' with ${shard ? 'shard' : 'merge-reports'}. Expected new-findings-only in a single job: it is not split across shards.`);
  }
  return { ...(shard && { shard }), ...(mergeReports && { mergeReports }) };
}

/** Newline- or comma-separated values, blanks and `#` comments dropped; a comma inside `{a,b}` belongs to its glob. */
export function list(value: string): string[] {
  return value
    .split(/\n|,(?![^{]*\})/)
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'));
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const clean = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(clean)) {
    throw new ConfigError(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(', ')}.`);
  }
  return clean as T;
}

export function seconds(name: string, value: string): number {
  const number = Number(value.trim());
  if (!Number.isFinite(number) || number <= 0 || number > 3600) {
    throw new ConfigError(`Invalid ${name} '${value}'. Expected a number of seconds between 1 and 3600.`);
  }
  return number;
}

export function boolean(name: string, value: string): boolean {
  const clean = value.trim().toLowerCase();
  if (clean === 'true') return true;
  if (clean === 'false') return false;
  throw new ConfigError(`Invalid ${name} '${value}'. Expected true or false.`);
}

/** Helm's rule for release names; a value such as `--no-hooks` would otherwise reach helm as a flag. */
function releaseName(value: string): string {
  if (value && !isReleaseName(value)) {
    throw new ConfigError(`Invalid release-name '${value}'. Expected a DNS-1123 name: lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 53 characters.`);
  }
  return value;
}

const BYTE_UNITS: Record<string, number> = { '': 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

export function bytes(name: string, value: string): number {
  const match = /^(\d+)\s*([KMG]iB|B)?$/i.exec(value.trim());
  const number = match ? Number(match[1]) * BYTE_UNITS[(match[2] ?? '').toLowerCase()]! : NaN;
  if (!Number.isSafeInteger(number) || number < 1024 || number > 4 * 1024 ** 3) {
    throw new ConfigError(`Invalid ${name} '${value}'. Expected a size from 1KiB to 4GiB, in bytes or with a unit such as 64MiB.`);
  }
  return number;
}

function kubeVersion(value: string): string {
  if (value && !/^v?\d+\.\d+(\.\d+)?$/.test(value)) {
    throw new ConfigError(`Invalid kube-version '${value}'. Expected a version such as 1.34 or v1.34.1.`);
  }
  return value;
}

export function resolveRoot(workspace: string, workingDirectory: string): string {
  const directory = workingDirectory.trim();
  if (!directory) return workspace;
  if (directory.split(/[\\/]/).includes('..')) {
    throw new ConfigError(`Invalid working-directory '${directory}'. Expected a directory inside the workspace.`);
  }
  return `${workspace.replace(/\/+$/, '')}/${directory.replace(/^\.?\/+/, '')}`;
}
