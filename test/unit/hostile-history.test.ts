// The hostile harness's git history (test/hostile/workspace.ts): base, head, moved base and GitHub's merge commit
// as actions/checkout leaves them, shallow fetches, a head checkout, and the placeholders that name the commits.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HostileCase } from '../hostile/cases.js';
import { CANARY_FILE, createWorkspace, fillPlaceholders, type Workspace } from '../hostile/workspace.js';

const work = mkdtempSync(join(tmpdir(), 'kpg-hostile-history-'));
const made: Workspace[] = [];
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const workspace of made) rmSync(workspace.base, { recursive: true, force: true });
});

function folder(name: string, files: Record<string, Record<string, string>>): string {
  const dir = join(work, name);
  for (const [part, entries] of Object.entries(files)) {
    for (const [path, text] of Object.entries(entries)) {
      mkdirSync(dirname(join(dir, part, path)), { recursive: true });
      writeFileSync(join(dir, part, path), text);
    }
  }
  return dir;
}

function hostileCase(dir: string, history: HostileCase['history']): HostileCase {
  return {
    id: `test/${dir}`,
    dir,
    title: 't',
    category: 'test',
    covers: 't',
    runner: 'cli',
    cwd: 'repo',
    settings: [],
    inputs: {},
    runnerFiles: {},
    setup: [],
    helm: false,
    history,
    canary: true,
    expect: { exit: 0, findings: [] },
  };
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', GIT_CONFIG_GLOBAL: '/dev/null' } }).trim();

function build(dir: string, history: HostileCase['history']): Workspace {
  const workspace = createWorkspace(hostileCase(dir, history));
  made.push(workspace);
  return workspace;
}

describe('hostile harness: git history', () => {
  const dir = folder('moved', {
    base: { 'deploy/a.yaml': 'a: 1\n', 'examples/x.yaml': 'x: @@REPO@@\n' },
    'base-moved': { 'deploy/late.yaml': 'late: 1\n' },
    repo: { 'deploy/a.yaml': 'a: 2\n' },
  });

  it('commits B, H on a branch from B, B2 on main and the merge M, and leaves HEAD detached at M', () => {
    const workspace = build(dir, { baseMoved: true, checkout: 'merge' });
    const { repo, shas } = workspace;
    expect(shas).toBeDefined();
    const { base, head, merge, baseTip } = shas!;
    expect(new Set([base, head, merge, baseTip]).size).toBe(4);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(merge);
    // Detached: HEAD names no branch.
    expect(() => git(repo, 'symbolic-ref', '-q', 'HEAD')).toThrow();
    expect(git(repo, 'rev-list', '--parents', '-n', '1', merge)).toBe(`${merge} ${baseTip} ${head}`);
    expect(git(repo, 'rev-parse', `${head}^`)).toBe(base);
    expect(git(repo, 'rev-parse', `${baseTip}^`)).toBe(base);
    // The PR's tree is repo/ and the canary: examples/ is gone on the branch, late.yaml came from the moved base.
    expect(git(repo, 'ls-tree', '-r', '--name-only', head).split('\n')).toEqual([CANARY_FILE, 'deploy/a.yaml']);
    expect(git(repo, 'ls-tree', '-r', '--name-only', merge).split('\n')).toEqual([CANARY_FILE, 'deploy/a.yaml', 'deploy/late.yaml']);
    expect(git(repo, 'show', `${base}:examples/x.yaml`)).toBe(`x: ${repo}`);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    // The persisted token sits in a config git still reads.
    expect(readFileSync(workspace.secretFiles.gitConfig, 'utf8')).toContain(workspace.secrets.git);
    expect(git(repo, 'config', '--get', 'http.https://github.com/.extraheader')).toContain(workspace.secrets.git);
    expect(fillPlaceholders('@@BASE_SHA@@ @@HEAD_SHA@@ @@MERGE_SHA@@ @@BASE_TIP_SHA@@', workspace)).toBe(`${base} ${head} ${merge} ${baseTip}`);
  });

  it('fetches only depth commits of the merge ref with history.depth', () => {
    const one = build(dir, { baseMoved: true, checkout: 'merge', depth: 1 });
    expect(git(one.repo, 'rev-list', '--count', 'HEAD')).toBe('1');
    expect(() => git(one.repo, 'cat-file', '-e', `${one.shas!.baseTip}^{commit}`)).toThrow();
    const two = build(dir, { baseMoved: true, checkout: 'merge', depth: 2 });
    expect(git(two.repo, 'cat-file', '-t', two.shas!.baseTip)).toBe('commit');
    expect(git(two.repo, 'cat-file', '-t', two.shas!.head)).toBe('commit');
    expect(() => git(two.repo, 'cat-file', '-e', `${two.shas!.base}^{commit}`)).toThrow();
  });

  it('detaches at the head with checkout: head, and uses B as the tip when the base did not move', () => {
    const still = folder('still', { base: { 'a.yaml': 'a: 1\n' }, repo: { 'a.yaml': 'a: 2\n' } });
    const workspace = build(still, { baseMoved: false, checkout: 'head' });
    expect(git(workspace.repo, 'rev-parse', 'HEAD')).toBe(workspace.shas!.head);
    expect(workspace.shas!.baseTip).toBe(workspace.shas!.base);
  });
});
