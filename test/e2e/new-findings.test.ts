// new-findings-only through the built action and CLI, in a real git repository: a base with 50 old violations and a
// pull request that adds one (only it blocks, and it is the first annotation), renames a file, and fixes one; a move
// into another directory (a new deployer); a base whose kustomization does not render; a base commit missing from
// the checkout, which counts every finding and says it could not compare.
// KPG_DIST picks the build to run (default: dist/ of this checkout).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const work = mkdtempSync(join(tmpdir(), 'kpg-new-findings-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pod = (name: string, field: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  ${field}
  containers:
    - name: app
      image: busybox:1.36
`;
const privileged = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: busybox:1.36
      securityContext:
        privileged: true
`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

function write(root: string, files: Record<string, string | null>): void {
  for (const [path, text] of Object.entries(files)) {
    if (text === null) rmSync(join(root, path));
    else {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  }
}

/** A repository with a base commit and a pull request commit on top, checked out at the pull request. */
function repository(name: string, base: Record<string, string | null>, head: Record<string, string | null>): { root: string; base: string; head: string } {
  const root = join(work, name);
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  write(root, base);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const baseSha = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '-q', '-b', 'pr');
  write(root, head);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'pull request');
  return { root, base: baseSha, head: git(root, 'rev-parse', 'HEAD') };
}

interface Run {
  status: number | null;
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
}

/** dist/index.js as the runner starts it on a pull_request event; no token, so no API. */
function runAction(repo: { root: string; base: string; head: string }, inputs: Record<string, string>, baseSha = repo.base): Run {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  for (const [input, spec] of Object.entries(action.inputs)) env[`INPUT_${input.toUpperCase()}`] = inputs[input] ?? spec.default ?? '';
  env['INPUT_GITHUB-TOKEN'] = '';
  const event = join(work, 'event.json');
  const output = join(work, `output-${Date.now()}`);
  const summary = join(work, `summary-${Date.now()}`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(event, JSON.stringify({ pull_request: { number: 3, base: { sha: baseSha, repo: { full_name: 'acme/apps' } }, head: { sha: repo.head, repo: { full_name: 'acme/apps' } } }, repository: { full_name: 'acme/apps' } }));
  Object.assign(env, { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: repo.root, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'acme/apps', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: work });
  const result = spawnSync(process.execPath, [join(DIST, 'index.js')], { cwd: repo.root, env, encoding: 'utf8' });
  return { status: result.status, commands: result.stdout.split('\n').filter((line) => line.startsWith('::')), outputs: readOutputs(output), summary: readFileSync(summary, 'utf8') };
}

/** The `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function readOutputs(path: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of readFileSync(path, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

const OLD = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`deploy/old/pod-${index}.yaml`, privileged(`old-${index}`)]));

describe('new-findings-only', () => {
  const repo = repository(
    'debt',
    { ...OLD, 'deploy/move-me.yaml': pod('moved', 'hostNetwork: true'), 'deploy/fixed.yaml': pod('fixed', 'hostIPC: true') },
    { 'deploy/added.yaml': pod('added', 'hostPID: true'), 'deploy/move-me.yaml': null, 'deploy/moved.yaml': pod('moved', 'hostNetwork: true'), 'deploy/fixed.yaml': pod('fixed', '') },
  );

  it('blocks only on the finding the pull request adds, annotates it first, and counts the rest as existing', () => {
    const run = runAction(repo, { 'new-findings-only': 'true', profile: 'baseline' });
    expect(run.status).toBe(1);
    const errors = run.commands.filter((line) => line.startsWith('::error'));
    expect(errors[0]).toMatch(/^::error title=Host namespaces,file=deploy\/added.yaml,line=\d+/);
    expect(errors[0]).not.toContain('already in the base');
    // What the base already has is a notice, marked so: red only for what the pull request adds.
    expect(errors).toHaveLength(2);
    expect(run.commands.filter((line) => line.startsWith('::notice') && line.includes('(already in the base: not counted)')).length).toBeGreaterThan(0);
    expect(errors.at(-1)).toBe("::error::1 finding at or above fail-on 'error' (1 error, 0 warnings, 0 notices, 51 already in the base in 53 objects from 53 targets)");
    expect(run.outputs).toMatchObject({ 'new-findings': '1', errors: '1', findings: '1', verdict: 'fail' });
    expect(run.summary).toContain('Compared with base');
    expect(run.summary).toMatch(/: 1 new, 51 already in the base \(not counted\), 1 fixed\./);
    // The worktree of the base is gone again.
    expect(git(repo.root, 'worktree', 'list').split('\n')).toHaveLength(1);
  });

  it('fails on every finding without it', () => {
    const run = runAction(repo, { profile: 'baseline' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '52', verdict: 'fail' });
    expect(run.outputs['new-findings']).toBeUndefined();
  });

  it('counts every finding, with a notice that it could not compare and how to fix it, when the base commit is not in the checkout', () => {
    const run = runAction(repo, { 'new-findings-only': 'true', profile: 'baseline' }, 'e'.repeat(40));
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ 'new-findings': '52', errors: '52' });
    expect(run.commands).toContain(
      "::notice::Could not compare with the base, so every finding counts (none can be told apart from the base's). The pull request's base commit eeeeeeeeeeee is not in the clone. Check out with fetch-depth: 0 so it can be read.",
    );
    expect(run.commands.filter((line) => line.includes('already in the base: not counted'))).toEqual([]);
  });

  it('calls a Pod moved from examples/ into deploy/ new: another directory is another deployer', () => {
    const moved = repository('moved', { ...OLD, 'examples/debug.yaml': privileged('debug') }, { 'examples/debug.yaml': null, 'deploy/debug.yaml': privileged('debug') });
    const run = runAction(moved, { 'new-findings-only': 'true', profile: 'baseline' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ 'new-findings': '1', errors: '1' });
    expect(run.commands.find((line) => line.startsWith('::error'))).toMatch(/^::error title=Privileged containers,file=deploy\/debug.yaml,line=10,/);
    expect(run.summary).toMatch(/: 1 new, 50 already in the base \(not counted\), 1 fixed\./);
  });

  it('counts every finding, with a notice that it could not compare, when the base cannot be checked at all (its working-directory is missing)', () => {
    const added = repository('added-directory', { 'README.md': 'apps come later\n' }, { 'deploy/pod.yaml': pod('web', 'hostPID: true') });
    const run = runAction(added, { 'new-findings-only': 'true', profile: 'baseline', 'working-directory': 'deploy' });
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ 'new-findings': '1', errors: '1' });
    const notice = run.commands.find((line) => line.startsWith('::notice::Could not compare'));
    expect(notice).toMatch(/^::notice::Could not compare with the base, so every finding counts \(none can be told apart from the base's\)\. The base commit [0-9a-f]{12} could not be checked: Invalid working-directory 'deploy'/);
  });

  it('says so when a kustomization of the base did not render; its files, judged as plain manifests there, stay existing', () => {
    const broken = repository(
      'broken-base',
      { 'app/kustomization.yaml': 'resources:\n  - missing.yaml\n', 'app/pod.yaml': pod('web', 'hostPID: true') },
      { 'app/kustomization.yaml': 'resources:\n  - pod.yaml\n' },
    );
    const run = runAction(broken, { 'new-findings-only': 'true', profile: 'baseline' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ 'new-findings': '0', errors: '0' });
    expect(run.commands).toContain('::notice::The base commit could not be checked in one place (app): findings there that the base did not show count as new.');
    expect(run.summary).toMatch(/: 0 new, 1 already in the base \(not counted\), 0 fixed\./);
  });

  it('passes a pull request that only renames and fixes', () => {
    const clean = repository('clean', { ...OLD, 'deploy/a.yaml': pod('a', 'hostNetwork: true') }, { 'deploy/a.yaml': null, 'deploy/b.yaml': pod('a', 'hostNetwork: true') });
    const run = runAction(clean, { 'new-findings-only': 'true', profile: 'baseline' });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ 'new-findings': '0', errors: '0', verdict: 'pass' });
  });

  it('the CLI judges --base REF itself, never the fork point the branch chose', () => {
    // main had a privileged debug Pod, the branch started there, main fixed it; the branch then adds it again elsewhere.
    const forked = repository('forked', { ...OLD, 'deploy/debug.yaml': privileged('debug') }, { 'deploy/tools.yaml': privileged('debug') });
    git(forked.root, 'checkout', '-q', 'main');
    write(forked.root, { 'deploy/debug.yaml': pod('debug', '') });
    git(forked.root, 'commit', '-q', '-am', 'fix debug');
    const tip = git(forked.root, 'rev-parse', 'HEAD');
    git(forked.root, 'checkout', '-q', 'pr');
    const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--base', 'main', '--profile', 'baseline', '--format', 'json'], { cwd: forked.root, encoding: 'utf8' });
    const report = JSON.parse(result.stdout) as { comparison: unknown; findings: { baseline: string; location: { file: string } }[] };
    // Both copies are new: the branch's stale debug.yaml too, since a branch behind its base is judged against what it
    // merges into (merging main clears that one); judging the fork point would have called the re-added Pod old.
    expect(report.comparison).toEqual({ base: tip, introduced: 2, existing: 50, fixed: 0 });
    expect(report.findings.filter((each) => each.baseline === 'new').map((each) => each.location.file)).toEqual(['deploy/debug.yaml', 'deploy/tools.yaml']);
  });

  it('the CLI compares with --base REF and says so in its JSON', () => {
    expect(existsSync(join(DIST, 'cli.js'))).toBe(true);
    const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), '--base', 'main', '--profile', 'baseline', '--format', 'json'], { cwd: repo.root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { comparison: unknown; findings: { baseline: string; location: { file: string } }[] };
    expect(report.comparison).toEqual({ base: repo.base, introduced: 1, existing: 51, fixed: 1 });
    expect(report.findings[0]).toMatchObject({ baseline: 'new', location: { file: 'deploy/added.yaml' } });
  });
});
