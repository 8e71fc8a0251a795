// The built action on a pull request event, against the loopback GitHub: check run on the head commit, the changed
// line first, the sticky comment created then updated, and a fork's 403 as one notice that fails nothing.
// KPG_DIST picks the build to run (default: dist/ of this checkout).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';
import { startFakeGitHub, type FakeGitHub } from './server.js';

const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const work = mkdtempSync(join(tmpdir(), 'kpg-github-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const POD = (extra: string) => `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: app
      image: busybox:1.36
      securityContext:
        privileged: true
${extra}`;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

/** A checkout holding base and head: the head adds hostPID to a Pod that was already privileged. */
function repository(): { root: string; base: string; head: string } {
  const root = join(work, 'repo');
  mkdirSync(join(root, 'deploy'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  writeFileSync(join(root, 'deploy/pod.yaml'), POD(''));
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'base');
  const base = git(root, 'rev-parse', 'HEAD');
  writeFileSync(join(root, 'deploy/pod.yaml'), POD('  hostPID: true\n'));
  git(root, 'commit', '-q', '-am', 'head');
  return { root, base, head: git(root, 'rev-parse', 'HEAD') };
}

const repo = repository();

interface Run {
  status: number | null;
  commands: string[];
  stdout: string;
}

/** dist/index.js as the runner starts it; asynchronous, so the loopback server in this process can answer. */
async function runAction(inputs: Record<string, string>, options: { fork?: boolean; workspace?: string; baseSha?: string } = {}): Promise<Run> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  for (const [input, spec] of Object.entries(action.inputs)) env[`INPUT_${input.toUpperCase()}`] = inputs[input] ?? spec.default ?? '';
  const event = join(work, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { sha: options.baseSha ?? repo.base, repo: { full_name: 'acme/gitops' } },
        head: { sha: repo.head, repo: { full_name: options.fork ? 'stranger/gitops' : 'acme/gitops', fork: options.fork ?? false } },
      },
      repository: { full_name: 'acme/gitops' },
    }),
  );
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace ?? repo.root,
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/gitops',
    GITHUB_SHA: 'd'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: server!.url,
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: work,
  });
  const child = spawn(process.execPath, [join(DIST, 'index.js')], { cwd: options.workspace ?? repo.root, env });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.resume();
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, stdout, commands: stdout.split('\n').filter((line) => line.startsWith('::')) };
}

function expectValidRequests(fake: FakeGitHub): void {
  for (const request of fake.requests) expect({ request: `${request.method} ${request.path}`, errors: request.errors, auth: request.authorization }).toEqual({ request: `${request.method} ${request.path}`, errors: [], auth: 'token ghs_e2e' });
}

describe('the built action on a pull request', () => {
  it('writes the check run on the head commit (changed line first) and creates, then updates, one comment', async () => {
    server = await startFakeGitHub({ comments: [{ id: 1, body: 'Please look at the Pod', user: { login: 'alice', type: 'User' } }] });
    const first = await runAction({ 'github-token': 'ghs_e2e', comment: 'always', profile: 'baseline' });
    expect(first.status).toBe(1);
    expectValidRequests(server);
    // Both commits are in the checkout: git answers, the files API is not asked.
    expect(server.requests.map((request) => request.operationId)).toEqual(['checks/create', 'issues/list-comments', 'issues/create-comment']);
    const [run] = server.checkRuns;
    expect(run?.create).toMatchObject({ name: 'kube-policy-gate', head_sha: repo.head, conclusion: 'failure', details_url: 'https://github.com/acme/gitops/actions/runs/42' });
    expect(run?.annotations[0]).toMatchObject({ path: 'deploy/pod.yaml', start_line: 11, annotation_level: 'failure', title: 'Host namespaces' });
    expect(run?.annotations.map((annotation) => (annotation as { start_line: number }).start_line)).toContain(10);
    expect(server.comments).toHaveLength(2);
    expect(server.comments[1]!.body).toContain('on lines this pull request changes');

    const second = await runAction({ 'github-token': 'ghs_e2e', comment: 'always', profile: 'baseline' });
    expect(second.status).toBe(1);
    expectValidRequests(server);
    expect(server.comments).toHaveLength(2);
    expect(server.requests.map((request) => request.operationId).slice(3)).toEqual(['checks/create', 'issues/list-comments', 'issues/update-comment']);
    expect(first.commands.filter((line) => line.startsWith('::notice') || line.startsWith('::warning'))).toEqual([]);
  });

  it('on a fork (403) keeps the step annotations, adds one notice, and fails nothing for it', async () => {
    server = await startFakeGitHub({ forbid: ['checks', 'comments'] });
    const run = await runAction({ 'github-token': 'ghs_e2e', comment: 'on-failure', profile: 'baseline', 'fail-on': 'never' }, { fork: true });
    expect(run.status).toBe(0);
    expectValidRequests(server);
    expect(run.commands.filter((line) => line.startsWith('::error'))).toHaveLength(2);
    expect(run.commands.filter((line) => line.startsWith('::notice') && line.includes('GitHub refused'))).toEqual([
      '::notice::GitHub refused the check run (needs `checks: write`): this pull request comes from a fork, and its token is read-only. The findings are in the annotations of this step and the job summary.',
    ]);
    expect(run.commands.filter((line) => line.startsWith('::warning'))).toEqual([]);
  });

  it('asks the pull request files API when the base commit is not in the checkout', async () => {
    server = await startFakeGitHub({ files: [{ filename: 'deploy/pod.yaml', status: 'modified', patch: '@@ -10,0 +11 @@\n+  hostPID: true' }] });
    const run = await runAction({ 'github-token': 'ghs_e2e', profile: 'baseline' }, { baseSha: 'e'.repeat(40) });
    expect(run.status).toBe(1);
    expectValidRequests(server);
    // The base's config first (trust: what the PR's config may loosen), through the contents API as the commit is absent.
    expect(server.requests.map((request) => request.operationId)).toEqual(['repos/get-content', 'pulls/list-files', 'checks/create']);
    expect(server.checkRuns[0]?.annotations[0]).toMatchObject({ path: 'deploy/pod.yaml', start_line: 11 });
  });
});
