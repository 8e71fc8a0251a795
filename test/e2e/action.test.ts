// Runs the built dist/index.js exactly as the runner does: INPUT_* variables (with action.yml defaults),
// GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and an event payload; real kustomize and helm.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

const REPO = join(ROOT, 'test/e2e/repo');
/** KPG_DIST tests a build of the working tree (node scripts/build.mjs DIR) instead of the committed dist/. */
const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const work = mkdtempSync(join(tmpdir(), 'kpg-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ActionRun {
  status: number | null;
  stdout: string;
  commands: string[];
  summary: string;
  outputs: Record<string, string>;
}

interface RunOptions {
  /** The checkout (default: test/e2e/repo). */
  workspace?: string;
  /** GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, when a test wants them unwritable. */
  summary?: string;
  output?: string;
  /** The event's pull request (default: number 7 with a head that is no commit, so no base is known). */
  pullRequest?: Record<string, unknown>;
}

function runAction(inputs: Record<string, string>, name: string, options: RunOptions = {}): ActionRun {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  // The runner sets every input, with action.yml's default where the workflow gives none.
  for (const [input, spec] of Object.entries(action.inputs)) env[`INPUT_${input.toUpperCase()}`] = inputs[input] ?? spec.default ?? '';
  const summary = options.summary ?? join(work, `${name}-summary.md`);
  const output = options.output ?? join(work, `${name}-output.txt`);
  const event = join(work, `${name}-event.json`);
  if (!options.summary) writeFileSync(summary, '');
  if (!options.output) writeFileSync(output, '');
  writeFileSync(event, JSON.stringify({ pull_request: options.pullRequest ?? { number: 7, head: { sha: 'abc123' } }, repository: { full_name: 'acme/gitops' } }));
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? REPO,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/gitops',
    GITHUB_SHA: 'merge456',
    RUNNER_TEMP: work,
    KPG_TOOLS_DIR: process.env.KPG_TOOLS_DIR ?? '',
  });
  if (!env.KPG_TOOLS_DIR) delete env.KPG_TOOLS_DIR;
  const result = spawnSync(process.execPath, [join(DIST, 'index.js')], { cwd: options.workspace ?? REPO, env, encoding: 'utf8', timeout: 120_000 });
  return {
    status: result.status,
    stdout: result.stdout,
    commands: result.stdout.split('\n').filter((line) => line.startsWith('::')),
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
    outputs: existsSync(output) ? parseOutputs(readFileSync(output, 'utf8')) : {},
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!;
  return outputs;
}

describe('dist/index.js as a GitHub Action', () => {
  it('annotates the source lines, writes the summary and outputs, and fails on errors (baseline profile)', () => {
    const run = runAction({ profile: 'baseline' }, 'baseline');
    expect(run.commands).toEqual(EXPECTED_BASELINE_COMMANDS);
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ ...EXPECTED_BASELINE_OUTPUTS, ...reportFiles() });
    expect(run.summary).toContain('## ❌ kube-policy-gate: failed');
    expect(run.summary).toContain('<details><summary><code>deploy/overlays/prod/host-network.yaml</code> — ');
    // GITHUB_SHA here is no commit id, so lines are not linked.
    expect(run.summary).toContain('| 12 | error | privileged<br><sub>Privileged containers</sub> | Deployment/prod/shop<br><sub>kustomize deploy/overlays/prod</sub> |');
    expect(run.summary).toMatch(/### ⚠️ Not checked\n\n.*\n.*\n\| error \| .*deploy\/broken\/kustomization.yaml.* \| Could not render kustomize target \| kustomize build failed: .*does-not-exist.yaml/);
    // SARIF for upload-sarif and the JSON report: every finding, repository-relative.
    const sarif = JSON.parse(readFileSync(reportFiles()['sarif-file'], 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(7);
    expect(sarif.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('deploy/overlays/prod/host-network.yaml');
    expect((JSON.parse(readFileSync(reportFiles()['report-file'], 'utf8')) as { findings: unknown[] }).findings).toHaveLength(7);
  });

  it('passes with fail-on never and still reports everything', () => {
    const run = runAction({ profile: 'baseline', 'fail-on': 'never' }, 'never');
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.outputs.errors).toBe(EXPECTED_BASELINE_OUTPUTS.errors);
    expect(run.commands.filter((c) => c.startsWith('::error::'))).toEqual([]);
  });

  it('lets no object name, container name, file name or helm fail message forge a workflow command', () => {
    const run = runAction({ profile: 'baseline' }, 'hostile', { workspace: hostileRepo() });
    const issued = runnerLines(run.stdout).filter((line) => runnerCommand(line) !== undefined);
    // Every command the runner would run is one of ours, whole, at the start of its line: 3 annotations and setFailed.
    expect(issued.map((line) => line.slice(0, line.indexOf('::', 2) + 2))).toEqual([
      '::error title=Could not render helm target,file=charts/bad/Chart.yaml,line=1::',
      '::error title=Privileged containers,file=manifests/pod.yaml,line=11,col=9::',
      '::error title=Privileged containers,file=manifests/x\\n%3A%3Aerror%3A%3AFORGED-FILE ##\\[error]FORGED-FILE2.yaml,line=11,col=9::',
      '::error::',
    ]);
    expect(run.stdout).not.toContain('##[');
    // The hostile text did reach the log, shown rather than obeyed.
    for (const marker of FORGED_MARKERS) expect(run.stdout).toContain(marker);
    expect(run.stdout).toContain('  ::warning::FORGED-CONTAINER');
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/).filter((line) => line.startsWith('#'))).toEqual(['## ❌ kube-policy-gate: failed', '### ⚠️ Not checked', '### Rules', '### Targets', '### Findings by file']);
  });

  it('keeps the verdict and the outputs when the job summary cannot be written', () => {
    const run = runAction({ profile: 'baseline' }, 'no-summary', { summary: join(work, 'missing-directory', 'summary.md') });
    expect(run.status).toBe(1);
    expect(run.outputs).toEqual({ ...EXPECTED_BASELINE_OUTPUTS, ...reportFiles() });
    expect(run.commands.at(-1)).toMatch(/^::error::7 findings at or above fail-on 'error' \(7 errors, /);
    expect(run.commands.filter((line) => line.startsWith('::warning'))).toEqual([
      `::warning::The job summary could not be written (the findings are in the log above): Unable to access summary file: '${join(work, 'missing-directory', 'summary.md')}'. Check if the file has correct read/write permissions.`,
    ]);
  });

  it('keeps the verdict and the summary when the outputs cannot be set', () => {
    const output = join(work, 'missing-directory', 'output.txt');
    const run = runAction({ profile: 'baseline' }, 'no-output', { output });
    expect(run.status).toBe(1);
    expect(run.summary).toContain('## ❌ kube-policy-gate: failed');
    expect(run.commands.at(-1)).toMatch(/^::error::7 findings at or above fail-on 'error' \(7 errors, /);
    expect(run.commands.filter((line) => line.startsWith('::warning'))).toEqual([
      `::warning::The step outputs errors, warnings, notices, findings, suppressed, verdict, sarif-file, report-file could not be set: Missing file at path: ${output}`,
    ]);
  });

  it("on a pull request, lets the base branch's config decide what the PR's may loosen, and says what waits for the merge", () => {
    const { workspace, pullRequest } = pullRequestHistory();
    const run = runAction({ profile: 'baseline', 'github-token': '' }, 'trust', { workspace, pullRequest });
    expect(run.status).toBe(1);
    expect(run.commands.filter((line) => line.startsWith('::notice'))).toEqual([
      "::notice title=kube-policy-gate%3A pending until merged,file=.kube-policy-gate.yaml,line=1::Pending until merged: this pull request sets fail-on: never in .kube-policy-gate.yaml; the base branch's fail-on: warning applies until it is merged.",
      '::notice title=kube-policy-gate%3A pending until merged,file=.kube-policy-gate.yaml,line=3::Pending until merged: this pull request adds the exception for privileged on name debug (reason: mine) at .kube-policy-gate.yaml:3; the findings it would accept still count until it is merged.',
    ]);
    expect(run.commands.filter((line) => line.startsWith('::error'))).toEqual([
      "::error title=Privileged containers,file=pod.yaml,line=11,col=9::container \"shell\" must not set securityContext.privileged=true (allowed: false or unset)%0APod/tools/debug from manifests pod.yaml [privileged]",
      "::error::1 finding at or above fail-on 'warning' (1 error, 0 warnings, 0 notices in 1 object from 1 target)",
    ]);
    expect(run.outputs).toMatchObject({ verdict: 'fail', suppressed: '0', 'config-pending': '2' });
    const lines = run.summary.split('\n');
    expect(lines.slice(4, 9)).toEqual([
      '**Pending until merged** (2 changes to .kube-policy-gate.yaml that would loosen the gate):',
      '',
      "- this pull request sets fail-on: never in .kube-policy-gate.yaml; the base branch&#39;s fail-on: warning applies until it is merged (line 1)",
      '- this pull request adds the exception for privileged on name debug (reason: mine) at .kube-policy-gate.yaml:3; the findings it would accept still count until it is merged (line 3)',
      '',
    ]);
    const report = JSON.parse(readFileSync(reportFiles()['report-file'], 'utf8')) as { configuration: { pending: { key: string }[]; trustedFrom: { commit: string } } };
    expect(report.configuration.pending.map((change) => change.key)).toEqual(['fail-on', 'exceptions[0]']);
    expect(report.configuration.trustedFrom.commit).toBe(pullRequest.base.sha);
  });

  it('fails the step with a clear message on a bad input, before rendering anything', () => {
    const run = runAction({ 'fail-on': 'sometimes' }, 'bad-input');
    expect(run.status).toBe(1);
    expect(run.commands).toEqual(["::error::Invalid fail-on 'sometimes'. Expected one of: error, warning, notice, never."]);
  });

  it('says every configuration error at once in the step error and the job summary, and sets verdict error (issue 17)', () => {
    const run = runAction({ 'fail-on': 'sometimes', profile: 'strict' }, 'bad-inputs');
    expect(run.status).toBe(1);
    expect(run.commands).toEqual([
      "::error::Invalid fail-on 'sometimes'. Expected one of: error, warning, notice, never.%0AInvalid profile 'strict'. Expected one of: default, baseline, restricted, hardened.",
    ]);
    expect(run.summary).toBe(
      [
        '## ❌ kube-policy-gate: configuration error',
        '',
        'Nothing was checked: fix these 2 configuration errors (the inputs, the config file or the files they name) first.',
        '',
        '- Invalid fail-on &#39;sometimes&#39;. Expected one of: error, warning, notice, never.',
        '- Invalid profile &#39;strict&#39;. Expected one of: default, baseline, restricted, hardened.',
        '',
      ].join('\n'),
    );
    expect(run.outputs).toEqual({ verdict: 'error' });
  });
});

/**
 * A pull_request checkout as actions/checkout leaves it: the base (config: fail-on warning) on main, the pull request
 * (fail-on never, an exception for its own privileged Pod) on a branch, HEAD detached at GitHub's merge commit.
 */
function pullRequestHistory(): { workspace: string; pullRequest: { number: number; base: { sha: string }; head: { sha: string } } } {
  const repo = join(work, 'pull-request');
  mkdirSync(repo, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    }).trim();
  git('init', '-q', '-b', 'main');
  writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'fail-on: warning\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'pr');
  writeFileSync(join(repo, '.kube-policy-gate.yaml'), 'fail-on: never\nexceptions:\n  - rules: [privileged]\n    name: debug\n    reason: mine\n');
  writeFileSync(join(repo, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\n  namespace: tools\nspec:\n  containers:\n    - name: shell\n      image: registry.example/debug:1.0\n      securityContext:\n        privileged: true\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'the pull request');
  const head = git('rev-parse', 'HEAD');
  git('checkout', '-q', '--detach', 'main');
  git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'pr');
  return { workspace: repo, pullRequest: { number: 7, base: { sha: base }, head: { sha: head } } };
}

/** Lines as the strictest reader splits them: the runner at CR and LF, log viewers at the other terminators too. */
function runnerLines(text: string): string[] {
  return text.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/);
}

/** The command the runner would run for a line (ActionCommand.TryParseV2, then the legacy `##[` form anywhere). */
function runnerCommand(line: string): string | undefined {
  const trimmed = line.replace(/^[\s\u0085]*/, '');
  const end = trimmed.indexOf('::', 2);
  if (trimmed.startsWith('::') && end >= 0) return trimmed.slice(2, end).split(' ')[0];
  const legacy = line.indexOf('##[');
  return legacy >= 0 && line.indexOf(']', legacy) >= 0 ? line.slice(legacy + 3, line.indexOf(']', legacy)).split(' ')[0] : undefined;
}

const FORGED_MARKERS = ['FORGED-CR', 'FORGED-LEGACY', 'FORGED-LS', 'FORGED-NEL', 'FORGED-CONTAINER', 'FORGED-VT', 'FORGED-FF', 'FORGED-PS', 'FORGED-FILE', 'FORGED-HELM'];

/** A checkout whose names and messages carry every line terminator and both command forms. */
function hostileRepo(): string {
  const repo = join(work, 'hostile-repo');
  mkdirSync(join(repo, 'manifests'), { recursive: true });
  mkdirSync(join(repo, 'charts/bad/templates'), { recursive: true });
  // YAML escapes: \L is U+2028, \P U+2029, \N U+0085.
  const pod = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: "evil\\r::error file=x,line=1::FORGED-CR\\n##[error]FORGED-LEGACY\\L::add-mask::FORGED-LS"',
    '  namespace: "ns\\N::stop-commands::FORGED-NEL"',
    'spec:',
    '  containers:',
    '    - name: "c\\r\\n  ::warning::FORGED-CONTAINER\\v::notice::FORGED-VT\\f::debug::FORGED-FF\\P::set-output name=x::FORGED-PS"',
    '      image: "busybox:1.36"',
    '      securityContext:',
    '        privileged: true',
    '',
  ].join('\n');
  writeFileSync(join(repo, 'manifests/pod.yaml'), pod);
  writeFileSync(join(repo, 'manifests/x\n::error::FORGED-FILE ##[error]FORGED-FILE2.yaml'), pod);
  writeFileSync(join(repo, 'charts/bad/Chart.yaml'), 'apiVersion: v2\nname: bad\nversion: 0.1.0\n');
  writeFileSync(join(repo, 'charts/bad/templates/fail.yaml'), '{{ fail "boom\\r::error::FORGED-HELM\\n##[warning]FORGED-HELM2" }}\n');
  return repo;
}

const EXPECTED_BASELINE_COMMANDS: string[] = [
  "::error title=Host namespaces,file=charts/api/templates/deployment.yaml,line=12,col=7::pod must not set hostPID=true: host namespaces are forbidden (allowed: false or unset)%0ADeployment/default/api from helm charts/api [host-namespaces]",
  "::error title=Privileged containers,file=charts/api/values.yaml,line=2,col=3::container \"api\" must not set securityContext.privileged=true (allowed: false or unset)%0ADeployment/default/api from helm charts/api [privileged]",
  "::error title=Could not render kustomize target,file=deploy/broken/kustomization.yaml,line=1::kustomize build failed: accumulating resources: accumulation err='accumulating resources from 'deploy/broken': 'deploy/broken' must resolve to a file': recursed accumulation of path 'deploy/broken': accumulating resources: accumulation err='accumulating resources from 'does-not-exist.yaml': evalsymlink failure on 'deploy/broken/does-not-exist.yaml' : lstat deploy/broken/does-not-exist.yaml: no such file or directory': must build at directory: not a valid directory: evalsymlink failure on 'deploy/broken/does-not-exist.yaml' : lstat deploy/broken/does-not-exist.yaml: no such file or directory%0Afrom kustomize deploy/broken [render-error]",
  "::error title=Host namespaces,file=deploy/overlays/prod/host-network.yaml,line=8,col=7::pod must not set hostNetwork=true: host namespaces are forbidden (allowed: false or unset)%0ADeployment/prod/shop from kustomize deploy/overlays/prod [host-namespaces]",
  "::error title=Privileged containers,file=deploy/overlays/prod/host-network.yaml,line=12,col=13::container \"shop\" must not set securityContext.privileged=true (allowed: false or unset)%0ADeployment/prod/shop from kustomize deploy/overlays/prod [privileged]",
  "::error title=Privileged containers,file=manifests/pods.yaml,line=10,col=9::container \"debug\" must not set securityContext.privileged=true (allowed: false or unset)%0APod/debug from manifests manifests/pods.yaml [privileged]",
  "::error title=Could not parse a rendered document,file=manifests/pods.yaml,line=16::invalid YAML: duplicate key `name` (Kubernetes clients keep one of them in an undefined order)%0Afrom manifests manifests/pods.yaml [parse-error]",
  "::error::7 findings at or above fail-on 'error' (7 errors, 0 warnings, 0 notices in 4 objects from 5 targets)"
];
/** Where the action writes SARIF and the JSON report when the workflow names no sarif-file: RUNNER_TEMP. */
const reportFiles = () => ({ 'sarif-file': join(work, 'kube-policy-gate', 'results.sarif'), 'report-file': join(work, 'kube-policy-gate', 'report.json') });

const EXPECTED_BASELINE_OUTPUTS: Record<string, string> = {"errors": "7", "warnings": "0", "notices": "0", "findings": "7", "suppressed": "0", "verdict": "fail"};
