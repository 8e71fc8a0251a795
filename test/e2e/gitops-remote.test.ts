// Charts from a Helm repository end to end through the built CLI and action, against a repository served on
// 127.0.0.1: a Flux HelmRelease over a HelmRepository, an Argo CD chart source and a chart dependency are rendered
// with allow-network (objects at the deploying line), pulled once into the cache, and listed as not checked without it.
// OCI registries are not tested: none can be run here (the arguments for oci:// are in test/unit/remote.test.ts).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Finding, Outcome } from '../../src/model.js';
import { FIXTURES, ROOT } from '../helpers.js';
import { PLACEHOLDER, serveCharts, type ChartRepository } from '../unit/remote-server.js';

const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const WORK = mkdtempSync(join(tmpdir(), 'kpg-remote-e2e-'));
/** RUNNER_TEMP of every run: the chart cache and the sandboxes live there. */
const RUNNER_TEMP = join(WORK, 'runner-temp');
mkdirSync(RUNNER_TEMP);

let repository: ChartRepository;
beforeAll(async () => {
  repository = await serveCharts();
});
afterAll(async () => {
  await repository?.close();
  rmSync(WORK, { recursive: true, force: true });
});

/** A copy of the fixture naming the served repository where it says http://chart-repository.invalid. */
function checkout(): string {
  const repo = join(WORK, `remote-${Math.random().toString(36).slice(2)}`);
  cpSync(join(FIXTURES, 'gitops-repos', 'remote'), repo, { recursive: true });
  for (const file of ['flux/podinfo.yaml', 'argo/podinfo.yaml', 'charts/with-deps/Chart.yaml']) {
    writeFileSync(join(repo, file), readFileSync(join(repo, file), 'utf8').replaceAll(PLACEHOLDER, repository.url));
  }
  return repo;
}

/** Asynchronously: the chart repository answers from this process, so it must not be blocked while helm asks it. */
function node(script: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, script), ...args], { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function json(cwd: string, args: string[]): Promise<Outcome> {
  const env = { ...process.env, GITHUB_REPOSITORY: '', GITHUB_ACTIONS: '', RUNNER_TEMP };
  const run = await node('cli.js', [...args, '--format', 'json'], { cwd, env });
  expect([0, 1], run.stderr).toContain(run.status);
  return JSON.parse(run.stdout) as Outcome;
}

const at = (finding: Finding) => `${finding.ruleId} ${finding.location?.file}:${finding.location?.line}`;
const judged = (outcome: Outcome) =>
  outcome.findings
    .filter((f) => ['privileged', 'host-namespaces', 'render-error', 'not-checked'].includes(f.ruleId))
    .map((f) => `${at(f)} ${f.resource?.name ?? ''} ${f.target.deployedBy ? `(${f.target.deployedBy.kind} ${f.target.deployedBy.name})` : ''}`.trim());

describe('charts from a Helm repository with allow-network', () => {
  let repo: string;
  let outcome: Outcome;
  beforeAll(async () => {
    repo = checkout();
    outcome = await json(repo, ['--allow-network', '--allow-network-host=127.0.0.1']);
  });

  it('renders what the HelmRelease, the Application and the dependency deploy, at the line that deploys it', () => {
    expect(judged(outcome).sort()).toEqual([
      // hostNetwork from the HelmRelease's spec.values; privileged from values-debug.yaml inside the chart (valueFiles).
      'host-namespaces flux/podinfo.yaml:11 podinfo-podinfo (HelmRelease podinfo)',
      'privileged argo/podinfo.yaml:2 podinfo-debug-podinfo (Application podinfo-debug)',
      // The dependency was fetched by helm dependency build into the sandbox; the values that set it are the chart's.
      'privileged charts/with-deps/Chart.yaml:1 with-deps-podinfo',
    ]);
    const remote = outcome.findings.find((f) => f.ruleId === 'host-namespaces')!.target;
    expect(remote).toMatchObject({ kind: 'helm', path: 'flux/podinfo.yaml', chart: { repository: repository.url, name: 'podinfo', version: '6.7.1' } });
    expect(outcome.files).toEqual({ total: 4, checked: 4, notChecked: [] });
  });

  it('keeps the pulled chart in the cache under RUNNER_TEMP, and renders it from there without the network', async () => {
    const charts = join(RUNNER_TEMP, 'kube-policy-gate', 'charts');
    expect(readdirSync(charts).filter((entry) => !entry.startsWith('.'))).toEqual([expect.stringMatching(/^podinfo-6\.7\.1-[0-9a-f]{16}$/)]);
    const pulled = repository.requests.filter((path) => path.endsWith('.tgz')).length;
    const again = await json(repo, ['--allow-network', '--allow-network-host=127.0.0.1', 'flux', 'argo']);
    expect(judged(again).sort()).toEqual(['host-namespaces flux/podinfo.yaml:11 podinfo-podinfo (HelmRelease podinfo)', 'privileged argo/podinfo.yaml:2 podinfo-debug-podinfo (Application podinfo-debug)']);
    expect(repository.requests.filter((path) => path.endsWith('.tgz')).length).toBe(pulled);
  });

  it('names the chart it could not pull at the HelmRelease line', async () => {
    const broken = checkout();
    writeFileSync(join(broken, 'flux/podinfo.yaml'), readFileSync(join(broken, 'flux/podinfo.yaml'), 'utf8').replace('version: "6.7.1"', 'version: "9.9.9"'));
    const failed = await json(broken, ['--allow-network', '--allow-network-host=127.0.0.1', 'flux']);
    const errors = failed.findings.filter((f) => f.ruleId === 'render-error');
    expect(errors.map(at)).toEqual(['render-error flux/podinfo.yaml:11']);
    expect(errors[0]!.message).toMatch(new RegExp(`^helm pull of podinfo 9\\.9\\.9 from ${repository.url} failed: `));
  });

  it('fails the action step with annotations at the deploying lines', async () => {
    const output = join(WORK, 'action-output');
    writeFileSync(output, '');
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: repo, GITHUB_OUTPUT: output, RUNNER_TEMP };
    for (const [input, spec] of Object.entries(action.inputs)) env[`INPUT_${input.toUpperCase()}`] = spec.default ?? '';
    env['INPUT_ALLOW-NETWORK'] = 'true';
    const run = await node('index.js', [], { cwd: repo, env });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^::error title=Host namespaces,file=flux\/podinfo.yaml,line=11::.*\[host-namespaces\]$/m);
    expect(run.stdout).toMatch(/^::error title=Privileged containers,file=argo\/podinfo.yaml,line=2::.*\[privileged\]$/m);
  });
});

describe('charts from a Helm repository without allow-network', () => {
  it('lists each as not checked at its line, and names the dependency it would fetch', async () => {
    const before = repository.requests.length;
    const outcome = await json(checkout(), []);
    // Errors all three (a remote chart not rendered is one too, issue 18 §3), so in file order.
    expect(judged(outcome)).toEqual([
      `not-checked argo/podinfo.yaml:2  (Application podinfo-debug)`,
      'render-error charts/with-deps/Chart.yaml:5',
      `not-checked flux/podinfo.yaml:11  (HelmRelease podinfo)`,
    ]);
    const messages = [...outcome.findings.filter((f) => f.ruleId === 'render-error'), ...outcome.findings.filter((f) => f.ruleId === 'not-checked')].map((f) => f.message);
    // The dependency's wording belongs to render/dependencies.ts: what it names is checked here.
    expect(messages[0]).toContain(`dependency 'podinfo' 6.7.1 of charts/with-deps comes from ${repository.url}`);
    // Not rendered is an error, with the ways out (issue 18 §3).
    const ways = (file: string) => `remote chart: not rendered, so nothing it deploys was judged; set allow-network to true to render it, vendor the chart into this repository and deploy it from there, or accept it with a config exception for rule not-checked in file ${file}`;
    expect(messages.slice(1)).toEqual([
      `Application argocd/podinfo-debug deploys the Helm chart 'podinfo' 6.7.1 from ${repository.url}: ${ways('argo/podinfo.yaml')}`,
      `HelmRelease podinfo/podinfo uses the HelmRepository 'podinfo' for the chart 'podinfo' 6.7.1: ${ways('flux/podinfo.yaml')}`,
    ]);
    expect(outcome.findings.filter((f) => f.ruleId === 'not-checked').map((f) => f.severity)).toEqual(['error', 'error']);
    expect(repository.requests.length).toBe(before);
  });
});
