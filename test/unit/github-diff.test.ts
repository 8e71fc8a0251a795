// What a pull request changes: unified diffs from git and from the files API, read into changed files and lines.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readChanges } from '../../src/github/changes.js';
import { changedLines, parseGitDiff, parsePatch, unquotePath } from '../../src/github/diff.js';
import type { GitHubApi } from '../../src/github/api.js';
import type { PullRequest } from '../../src/github/event.js';

const work = mkdtempSync(join(tmpdir(), 'kpg-diff-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('parsePatch', () => {
  it('keeps the head-side lines a hunk adds, merging neighbours, skipping context and deletions', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' a', '-b', '+B', '+C', ' d', ' e', '@@ -10,2 +11,3 @@ section', ' x', '+y', ' z', '\\ No newline at end of file'].join('\n');
    expect(parsePatch(patch)).toEqual([
      { start: 2, end: 3 },
      { start: 12, end: 12 },
    ]);
  });

  it('reads --unified=0 hunks, whose counts may be left out or zero', () => {
    expect(parsePatch(['@@ -3 +3 @@', '-old', '+new', '@@ -8,2 +7,0 @@', '-gone', '-gone', '@@ -20,0 +21,2 @@', '+one', '+two'].join('\n'))).toEqual([
      { start: 3, end: 3 },
      { start: 21, end: 22 },
    ]);
  });
});

describe('unquotePath', () => {
  it('decodes git C-style quoting (octal UTF-8 bytes, escapes) and leaves plain paths alone', () => {
    expect(unquotePath('"dir/\\303\\244 \\"x\\".yaml"')).toBe('dir/ä "x".yaml');
    expect(unquotePath('"tab\\there"')).toBe('tab\there');
    expect(unquotePath('b/plain path.yaml\t')).toBe('b/plain path.yaml');
  });
});

describe('changedLines', () => {
  it('gives the Set of files and of file:line the reports look up, relative to the checked directory', () => {
    const sets = changedLines(
      {
        source: 'api',
        files: [
          { path: 'deploy/a.yaml', status: 'modified', lines: [{ start: 3, end: 4 }] },
          { path: 'deploy/gone.yaml', status: 'removed' },
          { path: 'deploy/big.yaml', status: 'modified' },
          { path: 'README.md', status: 'modified', lines: [{ start: 1, end: 1 }] },
        ],
      },
      'deploy',
    );
    expect([...sets.files]).toEqual(['a.yaml', 'big.yaml']);
    expect([...sets.lines]).toEqual(['a.yaml:3', 'a.yaml:4']);
  });
});

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A repository whose head commit adds, modifies, renames, removes and re-modes files, some with unusual names. */
function pullRequestRepository(): { root: string; base: string; head: string } {
  const root = join(work, 'repo');
  mkdirSync(join(root, 'deploy'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  const numbered = (count: number, changed: Record<number, string> = {}) => Array.from({ length: count }, (_, index) => changed[index + 1] ?? `line ${index + 1}`).join('\n') + '\n';
  writeFileSync(join(root, 'deploy/app.yaml'), numbered(20));
  writeFileSync(join(root, 'deploy/old name.yaml'), numbered(30));
  writeFileSync(join(root, 'deploy/removed.yaml'), numbered(3));
  writeFileSync(join(root, 'deploy/run.sh'), 'echo\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  git(root, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(root, 'deploy/app.yaml'), numbered(21, { 5: 'changed', 6: 'changed too', 21: 'added at the end' }));
  git(root, 'mv', 'deploy/old name.yaml', 'deploy/nouveau ä.yaml');
  git(root, 'rm', '-q', 'deploy/removed.yaml');
  writeFileSync(join(root, 'deploy/new.yaml'), 'a: 1\nb: 2\n');
  chmodSync(join(root, 'deploy/run.sh'), 0o755);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'head');
  const head = git(root, 'rev-parse', 'HEAD');
  return { root, base, head };
}

const pull = (base: string, head: string): PullRequest => ({ repository: { owner: 'acme', repo: 'gitops' }, number: 7, baseSha: base, headSha: head, fromFork: false });

describe('readChanges', () => {
  const repository = pullRequestRepository();

  it('reads git diff from the merge base in the checkout when both commits are there', async () => {
    const { changes } = await readChanges(pull(repository.base, repository.head), repository.root, undefined);
    expect(changes?.source).toBe('git');
    const byPath = Object.fromEntries((changes?.files ?? []).map((file) => [file.path, file]));
    expect(byPath['deploy/app.yaml']).toEqual({ path: 'deploy/app.yaml', status: 'modified', lines: [{ start: 5, end: 6 }, { start: 21, end: 21 }] });
    expect(byPath['deploy/nouveau ä.yaml']).toEqual({ path: 'deploy/nouveau ä.yaml', status: 'renamed', previousPath: 'deploy/old name.yaml', lines: [] });
    expect(byPath['deploy/removed.yaml']).toEqual({ path: 'deploy/removed.yaml', status: 'removed' });
    expect(byPath['deploy/new.yaml']).toEqual({ path: 'deploy/new.yaml', status: 'added', lines: [{ start: 1, end: 2 }] });
    expect(byPath['deploy/run.sh']).toEqual({ path: 'deploy/run.sh', status: 'modified', lines: [] });
    expect(parseGitDiff('')).toEqual([]);
  });

  it('asks the pull request files API when the base commit is not in the checkout', async () => {
    const asked: number[] = [];
    const api = {
      listPullRequestFiles: async (_repository: unknown, number: number) => {
        asked.push(number);
        return [
          { filename: 'deploy/app.yaml', status: 'modified', patch: '@@ -4,3 +4,3 @@\n line 4\n-line 5\n+changed\n line 6' },
          { filename: 'deploy/huge.yaml', status: 'added' },
        ];
      },
    } as unknown as GitHubApi;
    const missing = 'f'.repeat(40);
    const { changes, problem } = await readChanges(pull(missing, repository.head), repository.root, api);
    expect(problem).toBeUndefined();
    expect(asked).toEqual([7]);
    expect(changes).toEqual({
      source: 'api',
      files: [
        { path: 'deploy/app.yaml', status: 'modified', lines: [{ start: 5, end: 5 }] },
        { path: 'deploy/huge.yaml', status: 'added' },
      ],
    });
  });

  it('says why the lines are unknown when neither answers', async () => {
    const { changes, problem } = await readChanges(pull('f'.repeat(40), repository.head), join(work, 'not-a-repository'), undefined);
    expect(changes).toBeUndefined();
    expect(problem).toMatch(/base commit is not in the checkout/);
  });
});
