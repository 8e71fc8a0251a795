// Runs the built gate on a workspace as a PR check would: the CLI with --format json, or dist/index.js with
// the runner's environment; under strace when it is there. Collects everything the run let out.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import type { HostileCase } from './cases.js';
import { readTrace, STRACE, straceAvailable, straceArgs, type TraceEvent } from './trace.js';
import { DIST, fillPlaceholders, type Workspace } from './workspace.js';

export { DIST } from './workspace.js';

export const TOOLS_DIR = process.env.KPG_TOOLS_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'kube-policy-gate', 'tools');
export const HELM_V3 = join(TOOLS_DIR, 'helm-v3', 'bin', 'helm');
export const HELM_V4 = join(TOOLS_DIR, 'bin', 'helm');

export interface RunResult {
  exit: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** GITHUB_STEP_SUMMARY and GITHUB_OUTPUT contents (action runs; '' when unwritable or absent). */
  summary: string;
  output: string;
  /** Undefined when strace is missing. */
  trace?: TraceEvent[];
}

export interface RunOptions {
  /** Absolute path of the helm binary to render with (KPG_HELM), or undefined for the default. */
  helm?: string;
}

export async function runGate(hostile: HostileCase, workspace: Workspace, options: RunOptions): Promise<RunResult> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? homedir(),
    KPG_CANARY_SECRET: workspace.secrets.env,
  };
  if (process.env.KPG_TOOLS_DIR) env.KPG_TOOLS_DIR = process.env.KPG_TOOLS_DIR;
  if (options.helm) env.KPG_HELM = options.helm;
  const runner = join(workspace.base, 'runner');
  mkdirSync(runner, { recursive: true });
  const files = { summary: join(runner, 'summary.md'), output: join(runner, 'output.txt') };
  let args: string[];
  if (hostile.runner === 'action') {
    Object.assign(env, actionEnvironment(hostile, workspace, files));
    args = [join(DIST, 'index.js')];
  } else {
    const settings = hostile.settings.map((setting) => fillPlaceholders(setting, workspace));
    const profile = settings.some((setting) => setting === '--profile' || setting.startsWith('--profile=')) ? [] : ['--profile', 'baseline'];
    args = [join(DIST, 'cli.js'), '--format', 'json', ...profile, ...settings];
  }
  const traceFile = join(workspace.base, 'strace.log');
  const command = straceAvailable ? [STRACE, ...straceArgs(traceFile), process.execPath, ...args] : [process.execPath, ...args];
  const started = Date.now();
  const cwd = hostile.cwd === 'elsewhere' ? join(workspace.ws, 'elsewhere') : workspace.repo;
  mkdirSync(cwd, { recursive: true });
  const { exit, stdout, stderr } = await spawnCollect(command, cwd, env);
  return {
    exit,
    stdout,
    stderr,
    seconds: (Date.now() - started) / 1000,
    summary: readIfFile(files.summary),
    output: readIfFile(files.output),
    trace: straceAvailable ? readTrace(readIfFile(traceFile)) : undefined,
  };
}

/** What the runner gives an action step: every input (action.yml's default when the workflow sets none). */
function actionEnvironment(hostile: HostileCase, workspace: Workspace, files: { summary: string; output: string }): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  // No token unless the case gives one: there is no GitHub API here, and a check run attempted with action.yml's
  // literal `${{ github.token }}` would only be a DNS lookup that the network-off check rightly refuses.
  const inputs: Record<string, string> = { profile: 'baseline', 'github-token': '' };
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] ??= spec.default ?? '';
  for (const [name, value] of Object.entries(hostile.inputs)) inputs[name] = fillPlaceholders(value, workspace);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const which of ['summary', 'output'] as const) {
    if (hostile.runnerFiles[which] === 'directory') mkdirSync(files[which], { recursive: true });
    else writeFileSync(files[which], '');
  }
  const event = join(workspace.base, 'runner', 'event.json');
  writeFileSync(event, JSON.stringify(eventPayload(workspace)));
  return {
    ...env,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace.repo,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/gitops',
    GITHUB_SHA: workspace.shas?.merge ?? 'merge456',
    RUNNER_TEMP: join(workspace.base, 'runner'),
  };
}

/** The `pull_request` event: with a git history, its real base and head commits (GITHUB_SHA is the merge commit). */
function eventPayload(workspace: Workspace): unknown {
  const repository = { full_name: 'acme/gitops' };
  if (!workspace.shas) return { pull_request: { number: 7, head: { sha: 'abc123' } }, repository };
  const { base, head } = workspace.shas;
  return { pull_request: { number: 7, base: { sha: base, repo: repository }, head: { sha: head, repo: repository } }, repository };
}

function spawnCollect(command: string[], cwd: string, env: Record<string, string>): Promise<{ exit: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exit: code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

function readIfFile(path: string): string {
  try {
    return statSync(path).isFile() ? readFileSync(path, 'utf8') : '';
  } catch {
    return '';
  }
}

export function exists(path: string): boolean {
  return existsSync(path);
}

/** A limit on runs at once: the machine's two cores are shared. */
export function limiter(size: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work();
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}
