// A fresh workspace per run: <tmp>/ws/repo (the case's files, the canary, a .git/config holding a token)
// and <tmp>/ws/outside (a secret the PR must never reach), with the case's links and odd names made here.
// A case with base/ gets a real git history instead of a bare .git (see buildHistory); a case with shards gets the
// shards' reports under <ws>/reports. All of it is made before the traced run.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { ROOT } from '../helpers.js';
import type { HostileCase } from './cases.js';

/** KPG_DIST overrides the dist directory under test (a build of the working tree). */
export const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');

export const CANARY_FILE = 'canary/pod.yaml';
/** The line of `privileged: true` in the canary. */
export const CANARY_LINE = 11;
const CANARY = `apiVersion: v1
kind: Pod
metadata:
  name: canary
  namespace: kpg-canary
spec:
  containers:
    - name: canary
      image: registry.example/canary:1.0
      securityContext:
        privileged: true
`;

export interface Workspace {
  /** <tmp>: holds ws/ and the runner's files. */
  base: string;
  ws: string;
  repo: string;
  outside: string;
  /** Absolute path a case's payload would create (`@@MARKER@@`). */
  marker: string;
  secrets: { outside: string; env: string; git: string };
  /** Files a render must never open. */
  secretFiles: { outside: string; gitConfig: string };
  /** The commits of a case with base/ (`@@BASE_SHA@@`, `@@HEAD_SHA@@`, `@@MERGE_SHA@@`, `@@BASE_TIP_SHA@@`). */
  shas?: History;
}

/** The commits built for a case with base/. */
export interface History {
  /** B: base/ on main, where the PR branched. */
  base: string;
  /** H: the PR's head, repo/ and the canary. */
  head: string;
  /** M: GitHub's merge commit of H into main's tip, which HEAD is detached at. */
  merge: string;
  /** main's tip when the PR is merged: B2 (base-moved/) or B. */
  baseTip: string;
}

export function createWorkspace(hostile: HostileCase): Workspace {
  const base = mkdtempSync(join(tmpdir(), 'kpg-hostile-'));
  const ws = join(base, 'ws');
  const repo = join(ws, 'repo');
  const outside = join(ws, 'outside');
  const token = (what: string) => `kpg-${what}-secret-${randomBytes(9).toString('hex')}`;
  const workspace: Workspace = {
    base,
    ws,
    repo,
    outside,
    marker: join(ws, 'pwned'),
    secrets: { outside: token('outside'), env: token('env'), git: token('git') },
    secretFiles: { outside: join(outside, 'secret.txt'), gitConfig: join(repo, '.git', 'config') },
  };
  const placeholders = (text: string) => fillPlaceholders(text, workspace);

  mkdirSync(outside, { recursive: true });
  if (statSafe(join(hostile.dir, 'outside'))) cpSync(join(hostile.dir, 'outside'), outside, { recursive: true });
  rewriteFiles(outside, placeholders);
  writeFileSync(workspace.secretFiles.outside, `${workspace.secrets.outside}\n`);
  if (hostile.history) {
    workspace.shas = buildHistory(hostile, workspace, placeholders);
  } else {
    cpSync(join(hostile.dir, 'repo'), repo, { recursive: true });
    rewriteFiles(repo, placeholders);
    // What actions/checkout leaves behind with persist-credentials (the default).
    mkdirSync(join(repo, '.git'), { recursive: true });
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(workspace.secretFiles.gitConfig, `[core]\n\trepositoryformatversion = 0\n${tokenSection(workspace)}`);
    if (hostile.canary === true) writeCanary(repo);
  }
  if (hostile.shards) writeShardReports(hostile, workspace);
  for (const step of hostile.setup) applyStep(repo, step, placeholders);
  return workspace;
}

/**
 * The shards' JSON reports as download-artifact leaves them, one folder each: `<ws>/reports/shard-<i>/report.json`,
 * written by the CLI under test with `--shard i/n` (before the traced run; setup steps may then plant or edit).
 */
function writeShardReports(hostile: HostileCase, workspace: Workspace): void {
  const { count, settings } = hostile.shards!;
  for (let index = 1; index <= count; index++) {
    const args = [join(DIST, 'cli.js'), '--format', 'json', '--profile', 'baseline', ...settings.map((setting) => fillPlaceholders(setting, workspace)), '--shard', `${index}/${count}`];
    let report: string;
    try {
      report = execFileSync(process.execPath, args, { cwd: workspace.repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/nonexistent' }, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      throw new Error(`setup: shard ${index}/${count} failed: ${(error as { stderr?: string }).stderr ?? String(error)}`);
    }
    mkdirSync(join(workspace.ws, 'reports', `shard-${index}`), { recursive: true });
    writeFileSync(join(workspace.ws, 'reports', `shard-${index}`, 'report.json'), report);
  }
}

/** The credential actions/checkout persists (persist-credentials, the default) in .git/config. */
function tokenSection(workspace: Workspace): string {
  return `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${workspace.secrets.git}\n`;
}

function writeCanary(root: string): void {
  mkdirSync(join(root, 'canary'), { recursive: true });
  writeFileSync(join(root, CANARY_FILE), CANARY);
}

/** Git at setup time: no system or user config, no hooks, no signing, fixed dates (none of it is traced). */
function git(cwd: string, args: string[]): string {
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/nonexistent',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
  };
  const options = ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgSign=false', '-c', 'tag.gpgSign=false', '-c', 'advice.detachedHead=false'];
  try {
    return execFileSync('git', [...options, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`setup: git ${args.join(' ')} in ${cwd} failed: ${stderr || String(error)}`);
  }
}

/** A new repository with its own identity (commits need one; the machine's global config is not read). */
function initRepository(dir: string): void {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  git(dir, ['config', 'user.name', 'Hostile Harness']);
  git(dir, ['config', 'user.email', 'harness@example.invalid']);
}

/** Copies a case folder's files over the work tree (placeholders filled), then commits everything there is. */
function commitTree(repo: string, from: string, message: string, placeholders: (text: string) => string, extra?: (root: string) => void): string {
  const staged = `${repo}.stage`;
  cpSync(from, staged, { recursive: true });
  rewriteFiles(staged, placeholders);
  cpSync(staged, repo, { recursive: true });
  rmSync(staged, { recursive: true, force: true });
  extra?.(repo);
  git(repo, ['add', '--all']);
  git(repo, ['commit', '--quiet', '--allow-empty', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

/**
 * The pull request as actions/checkout leaves a `pull_request` run: base/ committed on main (B); branch pr from B
 * whose tree is repo/ and the canary (H); main moved by base-moved/ (B2) when it exists; GitHub's merge commit M of
 * pr into main's tip (first parent main, second H), published as refs/pull/7/merge. The checkout fetches that ref
 * (with history.depth, only that deep; without it, every branch too) and is detached at M, with the token appended
 * to its .git/config. Built beside ws/ so the checkout's object store holds only what the clone fetched.
 */
function buildHistory(hostile: HostileCase, workspace: Workspace, placeholders: (text: string) => string): History {
  const origin = join(workspace.base, 'origin');
  initRepository(origin);
  const base = commitTree(origin, join(hostile.dir, 'base'), 'base', placeholders);
  git(origin, ['checkout', '--quiet', '-b', 'pr']);
  git(origin, ['rm', '-r', '--quiet', '--ignore-unmatch', '--', '.']);
  const head = commitTree(origin, join(hostile.dir, 'repo'), 'the pull request', placeholders, (root) => hostile.canary === true && writeCanary(root));
  git(origin, ['checkout', '--quiet', 'main']);
  const baseTip = hostile.history?.baseMoved ? commitTree(origin, join(hostile.dir, 'base-moved'), 'the base moved on', placeholders) : base;
  git(origin, ['checkout', '--quiet', '--detach', 'main']);
  git(origin, ['merge', '--quiet', '--no-ff', '-m', 'Merge pull request #7', 'pr']);
  const merge = git(origin, ['rev-parse', 'HEAD']);
  git(origin, ['update-ref', 'refs/pull/7/merge', merge]);

  const { repo } = workspace;
  initRepository(repo);
  git(repo, ['remote', 'add', 'origin', `file://${origin}`]);
  // As actions/checkout fetches: with a depth only the merge ref, with fetch-depth: 0 every branch as well.
  const depth = hostile.history?.depth;
  const refspecs = depth === undefined ? ['+refs/heads/*:refs/remotes/origin/*'] : [];
  git(repo, ['fetch', '--quiet', '--no-tags', ...(depth === undefined ? [] : [`--depth=${depth}`]), 'origin', ...refspecs, '+refs/pull/7/merge:refs/remotes/pull/7/merge']);
  if (hostile.history?.checkout === 'head') {
    // A job that checks out the pull request's head (pull_request_target, or `ref: <head sha>`) instead of the merge.
    git(repo, ['fetch', '--quiet', '--no-tags', ...(depth === undefined ? [] : [`--depth=${depth}`]), 'origin', '+refs/heads/pr:refs/remotes/origin/pr']);
    git(repo, ['checkout', '--quiet', '--detach', head]);
  } else {
    git(repo, ['checkout', '--quiet', '--detach', 'refs/remotes/pull/7/merge']);
  }
  appendFileSync(workspace.secretFiles.gitConfig, tokenSection(workspace));
  return { base, head, merge, baseTip };
}

export function fillPlaceholders(text: string, workspace: Workspace): string {
  return text
    .replaceAll('@@MARKER@@', workspace.marker)
    .replaceAll('@@OUTSIDE@@', workspace.outside)
    .replaceAll('@@REPO@@', workspace.repo)
    .replaceAll('@@WS@@', workspace.ws)
    .replaceAll('@@TOKEN@@', workspace.secrets.outside)
    .replaceAll('@@KPG_VERSION@@', packageJson.version)
    .replaceAll('@@BASE_SHA@@', workspace.shas?.base ?? '@@BASE_SHA@@')
    .replaceAll('@@HEAD_SHA@@', workspace.shas?.head ?? '@@HEAD_SHA@@')
    .replaceAll('@@MERGE_SHA@@', workspace.shas?.merge ?? '@@MERGE_SHA@@')
    .replaceAll('@@BASE_TIP_SHA@@', workspace.shas?.baseTip ?? '@@BASE_TIP_SHA@@');
}

function applyStep(repo: string, step: HostileCase['setup'][number], placeholders: (text: string) => string): void {
  if ('link' in step) {
    mkdirSync(dirname(join(repo, step.link)), { recursive: true });
    symlinkSync(placeholders(step.to), join(repo, step.link));
  } else if ('rename' in step) {
    const to = join(repo, step.to);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(join(repo, step.rename), to);
  } else if ('write' in step) {
    const path = join(repo, step.write);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, placeholders(step.content).repeat(step.repeat ?? 1));
  } else if ('copy' in step) {
    const to = join(repo, step.to);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(join(repo, step.copy), to, { recursive: true });
  } else {
    // An edit that changes nothing would make a case that tests nothing.
    const path = join(repo, step.edit);
    const text = readFileSync(path, 'utf8');
    const replace = placeholders(step.replace);
    if (!text.includes(replace)) throw new Error(`setup: ${step.edit} does not hold ${JSON.stringify(replace)}`);
    writeFileSync(path, text.replaceAll(replace, placeholders(step.with)));
  }
}

function rewriteFiles(root: string, placeholders: (text: string) => string): void {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    const filled = placeholders(text);
    if (filled !== text) writeFileSync(path, filled);
  }
}

function statSafe(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
