// The base branch's config read for real (src/config/trusted.ts): from the merge commit's base parent offline, from
// the contents API when a shallow clone lacks it, unreadable with the reason otherwise; then the settings it gives.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configuredSettings } from '../../src/config/settings.js';
import { baseOfPullRequest, baseOfRef } from '../../src/config/trusted.js';
import type { ContentsApi } from '../../src/github/api.js';
import type { PullRequest } from '../../src/github/event.js';

const work = mkdtempSync(join(tmpdir(), 'kpg-config-trusted-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENV = { PATH: process.env.PATH ?? '', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z' };
function git(cwd: string, ...args: string[]): string {
  const options = ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgSign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'advice.detachedHead=false'];
  return execFileSync('git', [...options, ...args], { cwd, encoding: 'utf8', env: ENV, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function commitFiles(repo: string, files: Record<string, string | { link: string }>): string {
  for (const [name, content] of Object.entries(files)) {
    rmSync(join(repo, name), { force: true });
    mkdirSync(join(repo, name, '..'), { recursive: true });
    if (typeof content === 'string') writeFileSync(join(repo, name), content);
    else symlinkSync(content.link, join(repo, name));
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'commit');
  return git(repo, 'rev-parse', 'HEAD');
}

const BASE_CONFIG = 'fail-on: warning\nexceptions:\n  - rules: [privileged]\n    name: debug\n    reason: incident tooling\n';
const PR_CONFIG = 'fail-on: never\nexceptions:\n  - rules: [privileged]\n    name: debug\n    reason: incident tooling\n  - rules: [privileged]\n    name: web\n    reason: mine\n';

let origins = 0;
/** B (the base's files) on main; the PR's head H (its files) from B; M = GitHub's merge commit, refs/pull/1/merge. */
function origin(base: Record<string, string | { link: string }>, pr: Record<string, string>) {
  const dir = join(work, `origin-${++origins}`);
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  const baseSha = commitFiles(dir, { 'pod.yaml': 'kind: Pod\n', ...base });
  git(dir, 'checkout', '-q', '-b', 'pr');
  const head = commitFiles(dir, pr);
  git(dir, 'checkout', '-q', '--detach', 'main');
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge pull request #1', 'pr');
  git(dir, 'update-ref', 'refs/pull/1/merge', git(dir, 'rev-parse', 'HEAD'));
  git(dir, 'checkout', '-q', 'main');
  const pull: PullRequest = { repository: { owner: 'acme', repo: 'gitops' }, number: 1, baseSha, headSha: head, fromFork: false };
  return { dir, pull };
}
let clones = 0;
function checkout(from: string, depth?: number): string {
  const dir = `${from}-clone-${++clones}`;
  mkdirSync(dir);
  git(dir, 'init', '-q');
  git(dir, 'fetch', '-q', '--no-tags', ...(depth ? [`--depth=${depth}`] : []), `file://${from}`, '+refs/pull/1/merge:refs/remotes/checked');
  git(dir, 'checkout', '-q', '--detach', 'refs/remotes/checked');
  return dir;
}
const blank = () => '';

describe('baseOfPullRequest', () => {
  const repo = origin({ '.kube-policy-gate.yaml': BASE_CONFIG }, { '.kube-policy-gate.yaml': PR_CONFIG });

  it("reads the base parent's config offline, and the settings keep what the pull request would loosen", async () => {
    const clone = checkout(repo.dir, 2);
    const base = await baseOfPullRequest(clone, '', repo.pull);
    expect(base).toMatchObject({ kind: 'commit', commit: repo.pull.baseSha, config: { inputs: { 'fail-on': 'warning' } } });
    const settings = configuredSettings(blank, clone, undefined, { base });
    expect(settings.failOn).toBe('warning');
    expect(settings.config?.exceptions.map((exception) => exception.name)).toEqual(['debug']);
    expect(settings.config?.trust?.pending.map((change) => change.key)).toEqual(['fail-on', 'exceptions[1]']);
  });

  it('says how to fix a clone without the base commit, and without a token loosens nothing', async () => {
    const clone = checkout(repo.dir, 1);
    const base = await baseOfPullRequest(clone, '', repo.pull);
    expect(base).toEqual({ kind: 'unreadable', problem: expect.stringMatching(/is not in the clone\. Check out with fetch-depth: 2 .* There is no github-token to read it from GitHub instead\.$/) });
    const settings = configuredSettings(blank, clone, undefined, { base });
    expect(settings.failOn).toBe('error');
    expect(settings.config?.exceptions).toEqual([]);
  });

  it('reads the config through the contents API at the event base when the clone lacks it', async () => {
    const clone = checkout(repo.dir, 1);
    const asked: string[] = [];
    const api: ContentsApi = {
      readFile: async (repository, path, ref) => {
        asked.push(`${repository.owner}/${repository.repo}:${path}@${ref}`);
        return path === '.kube-policy-gate.yaml' ? BASE_CONFIG : undefined;
      },
    };
    const base = await baseOfPullRequest(clone, '', repo.pull, async () => api);
    expect(asked).toEqual([`acme/gitops:.kube-policy-gate.yaml@${repo.pull.baseSha}`, `acme/gitops:.kube-policy-gate.yml@${repo.pull.baseSha}`]);
    expect(base).toMatchObject({ kind: 'commit', config: { inputs: { 'fail-on': 'warning' } } });
  });

  it('is unreadable when the API fails too, with both reasons', async () => {
    const clone = checkout(repo.dir, 1);
    const api: ContentsApi = { readFile: async () => Promise.reject(new Error('read .kube-policy-gate.yaml: Resource not accessible by integration')) };
    const base = await baseOfPullRequest(clone, '', repo.pull, async () => api);
    expect(base).toEqual({ kind: 'unreadable', problem: expect.stringMatching(/Check out with fetch-depth: 2 .* Reading it from GitHub failed too: read \.kube-policy-gate\.yaml: Resource not accessible by integration$/) });
  });

  it('takes a base without a config file as the defaults', async () => {
    const bare = origin({}, { '.kube-policy-gate.yaml': 'fail-on: never\n' });
    const clone = checkout(bare.dir, 2);
    const base = await baseOfPullRequest(clone, '', bare.pull);
    expect(base).toEqual({ kind: 'commit', commit: bare.pull.baseSha });
    expect(configuredSettings(blank, clone, undefined, { base }).failOn).toBe('error');
  });

  it('takes a base config that is a link, or is not valid, as unreadable', async () => {
    const linked = origin({ 'real.yaml': 'fail-on: warning\n', '.kube-policy-gate.yaml': { link: 'real.yaml' } }, { 'x.yaml': 'x: 1\n' });
    expect(await baseOfPullRequest(checkout(linked.dir, 2), '', linked.pull)).toEqual({ kind: 'unreadable', problem: expect.stringContaining('.kube-policy-gate.yaml is not a regular file there (mode 120000)') });
    const invalid = origin({ '.kube-policy-gate.yaml': 'fail-on: sometimes\n' }, { 'x.yaml': 'x: 1\n' });
    expect(await baseOfPullRequest(checkout(invalid.dir, 2), '', invalid.pull)).toEqual({ kind: 'unreadable', problem: expect.stringContaining("config is not valid: .kube-policy-gate.yaml:1: fail-on: 'sometimes' is not one of") });
  });

  it('reads the file the config input names', async () => {
    const named = origin({ 'ci/gate.yaml': 'profile: hardened\n' }, { 'x.yaml': 'x: 1\n' });
    const base = await baseOfPullRequest(checkout(named.dir, 2), 'ci/gate.yaml', named.pull);
    expect(base).toMatchObject({ kind: 'commit', config: { file: 'ci/gate.yaml', inputs: { profile: 'hardened' } } });
    // Named, but not there at the base: the base has no config, which is no reason to distrust it.
    expect(await baseOfPullRequest(checkout(named.dir, 2), 'ci/other.yaml', named.pull)).toEqual({ kind: 'commit', commit: named.pull.baseSha });
  });
});

describe('baseOfRef (the CLI)', () => {
  const repo = origin({ '.kube-policy-gate.yaml': BASE_CONFIG }, { '.kube-policy-gate.yaml': PR_CONFIG });
  git(repo.dir, 'checkout', '-q', 'pr');

  it("reads REF's config", async () => {
    expect(await baseOfRef(repo.dir, '', 'main')).toMatchObject({ kind: 'commit', config: { inputs: { 'fail-on': 'warning' } } });
  });

  it('says which ref is missing', async () => {
    expect(await baseOfRef(repo.dir, '', 'no-such-branch')).toEqual({ kind: 'unreadable', problem: `The commit 'no-such-branch' is not in the repository at ${repo.dir}.` });
  });
});
