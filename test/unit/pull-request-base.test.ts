// pullRequestBase in real git repositories: GitHub's merge commit (its first parent is the base, even when the base
// moved after the pull request branched and the event lags), shallow clones of depth 1 and 2, a checkout of the
// head, a merge commit the author made, and what is not a checkout at all.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitParents, pullRequestBase } from '../../src/github/base.js';

const work = mkdtempSync(join(tmpdir(), 'kpg-pr-base-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };
function git(cwd: string, ...args: string[]): string {
  const options = ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false'];
  return execFileSync('git', [...options, ...args], { cwd, encoding: 'utf8', env: ENV, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function commit(repo: string, file: string, text: string): string {
  writeFileSync(join(repo, file), text);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', file);
  return git(repo, 'rev-parse', 'HEAD');
}

/** B on main; pr from B (H); main moves on (B2); M = GitHub's merge of H into B2, published as refs/pull/1/merge. */
function origin(): { dir: string; base: string; head: string; moved: string; merge: string } {
  const dir = join(work, 'origin');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  const base = commit(dir, 'a.yaml', 'a: 1\n');
  git(dir, 'checkout', '-q', '-b', 'pr');
  const head = commit(dir, 'b.yaml', 'b: 1\n');
  git(dir, 'checkout', '-q', 'main');
  const moved = commit(dir, 'c.yaml', 'c: 1\n');
  git(dir, 'checkout', '-q', '--detach', 'main');
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'pr');
  const merge = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'update-ref', 'refs/pull/1/merge', merge);
  git(dir, 'checkout', '-q', 'main');
  return { dir, base, head, moved, merge };
}

const repo = origin();
let clones = 0;
/** A clone as actions/checkout makes it: the merge ref (or a commit) fetched, `depth` deep when given, HEAD detached. */
function checkout(what: string, depth?: number): string {
  const dir = join(work, `clone-${++clones}`);
  mkdirSync(dir);
  git(dir, 'init', '-q');
  git(dir, 'fetch', '-q', '--no-tags', ...(depth ? [`--depth=${depth}`] : []), `file://${repo.dir}`, `+${what}:refs/remotes/checked`);
  git(dir, 'checkout', '-q', '--detach', 'refs/remotes/checked');
  return dir;
}

describe('pullRequestBase', () => {
  const event = { baseSha: repo.base, headSha: repo.head };

  it("takes the merge commit's first parent, not the event's lagging base", async () => {
    expect(await pullRequestBase(checkout('refs/pull/1/merge'), event)).toEqual({ sha: repo.moved, how: 'merge-parent' });
  });

  it('reads the parents of a depth-2 clone, and says fetch-depth: 2 for a depth-1 clone', async () => {
    expect(await pullRequestBase(checkout('refs/pull/1/merge', 2), event)).toEqual({ sha: repo.moved, how: 'merge-parent' });
    expect(await pullRequestBase(checkout('refs/pull/1/merge', 1), event)).toEqual({
      problem: `The pull request's base commit ${repo.moved.slice(0, 12)} is not in the clone. Check out with fetch-depth: 2 (the merge commit and its parents) so it can be read.`,
    });
  });

  it("takes the event's base when HEAD is the pull request's head, and says fetch-depth: 0 when it is missing", async () => {
    expect(await pullRequestBase(checkout('refs/heads/pr'), event)).toEqual({ sha: repo.base, how: 'event' });
    expect(await pullRequestBase(checkout('refs/heads/pr', 1), event)).toEqual({
      problem: `The pull request's base commit ${repo.base.slice(0, 12)} is not in the clone. Check out with fetch-depth: 0 so it can be read.`,
    });
  });

  it("never lets a merge commit whose second parent is not the event's head choose the base", async () => {
    // The author's own merge: first parent an old commit of their choosing, second the base branch.
    const dir = join(work, 'author-merge');
    mkdirSync(dir);
    git(dir, 'init', '-q', '-b', 'main');
    const old = commit(dir, 'a.yaml', 'a: 1\n');
    const tip = commit(dir, 'a.yaml', 'a: 2\n');
    git(dir, 'checkout', '-q', '-b', 'side', old);
    commit(dir, 'b.yaml', 'b: 1\n');
    git(dir, 'merge', '-q', '--no-ff', '-X', 'ours', '-m', 'merge', 'main');
    const authored = git(dir, 'rev-parse', 'HEAD');
    expect(commitParents(git(dir, 'cat-file', 'commit', authored))[1]).toBe(tip);
    expect(await pullRequestBase(dir, { baseSha: tip, headSha: authored })).toEqual({ sha: tip, how: 'event' });
  });

  it('says why when there is no event, no checkout, or the event names no commit ids', async () => {
    expect(await pullRequestBase(work, undefined)).toEqual({ problem: 'This run is not for a pull request, so there is no base to compare with.' });
    const plain = join(work, 'plain');
    mkdirSync(plain);
    expect(await pullRequestBase(plain, event)).toEqual({ problem: `${plain} is not a git checkout, so the pull request's base cannot be read.` });
    expect(await pullRequestBase(checkout('refs/pull/1/merge'), { baseSha: '--output=/tmp/x', headSha: repo.head })).toEqual({
      problem: "The event's base '--output=/tmp/x' or head '" + repo.head + "' is not a commit id, so the pull request's base cannot be read.",
    });
  });
});

describe('commitParents', () => {
  it('reads parent lines of the header only, in order', () => {
    const raw = `tree ${'1'.repeat(40)}\nparent ${'2'.repeat(40)}\nparent ${'3'.repeat(40)}\nauthor a <a> 0 +0000\n\nparent ${'4'.repeat(40)} in the message\n`;
    expect(commitParents(raw)).toEqual(['2'.repeat(40), '3'.repeat(40)]);
    expect(commitParents(`tree ${'1'.repeat(40)}\n\nroot`)).toEqual([]);
  });
});
