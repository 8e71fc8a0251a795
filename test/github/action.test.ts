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
import { FAULTS, startFakeGitHub, type FakeGitHub } from './server.js';

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
async function runAction(inputs: Record<string, string>, options: { fork?: boolean; workspace?: string; baseSha?: string; eventName?: string } = {}): Promise<Run> {
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
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_JOB: 'gate',
    // A second of GitHub's retry-after lasts a millisecond: the waits are exercised, not slept through.
    KPG_GITHUB_SECOND_MS: '1',
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
    // After creating it, the comments are read again: a run that raced this one may have created one too.
    expect(server.requests.map((request) => request.operationId)).toEqual(['checks/create', 'issues/list-comments', 'issues/create-comment', 'issues/list-comments']);
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
    // The comment already says this: it is not written again.
    expect(server.requests.map((request) => request.operationId).slice(4)).toEqual(['checks/create', 'issues/list-comments']);
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

/** The value of a step output the action set (`::set-output` without GITHUB_OUTPUT). */
function output(run: Run, name: string): string | undefined {
  const prefix = `::set-output name=${name}::`;
  return run.commands.find((line) => line.startsWith(prefix))?.slice(prefix.length);
}

const warnings = (run: Run) => run.commands.filter((line) => line.startsWith('::warning'));
const notices = (run: Run) => run.commands.filter((line) => line.startsWith('::notice'));

describe('the built action at GitHub\'s limits (issue 19)', () => {
  it('§2: a primary rate limit past the budget is "rate limited", not a permission; the verdict and outputs stay', async () => {
    server = await startFakeGitHub({ faults: [{ ...FAULTS.primaryRateLimit(3_600), times: 10 }] });
    const run = await runAction({ 'github-token': 'ghs_e2e', comment: 'always', profile: 'baseline' });
    expect(run.status).toBe(1);
    expect(server.requests.map((request) => `${request.operationId} ${request.status}`)).toEqual(['checks/create 403']);
    expect(warnings(run)).toEqual([expect.stringMatching(/^::warning::GitHub rate limited this token, .* not a missing permission\. Not written: the check run: create check run: API rate limit exceeded.*; the pull request comment was not attempted\./)]);
    expect(run.commands.some((line) => line.includes('checks: write'))).toBe(false);
    expect(output(run, 'verdict')).toBe('fail');
    expect(output(run, 'errors')).toBe('2');
    expect(run.commands.filter((line) => line.startsWith('::error') && line.includes('file=deploy/pod.yaml'))).toHaveLength(2);
  });

  it('§2: a secondary limit, a 429 and a 502 are waited out and retried; every write lands', async () => {
    server = await startFakeGitHub({
      faults: [
        { operation: 'checks/create', ...FAULTS.secondaryRateLimit(30) },
        { operation: 'checks/create', ...FAULTS.badGateway() },
        { operation: 'issues/list-comments', ...FAULTS.tooManyRequests(2) },
      ],
    });
    const run = await runAction({ 'github-token': 'ghs_e2e', comment: 'always', profile: 'baseline' });
    expect(run.status).toBe(1);
    expectValidRequests(server);
    expect(server.requests.map((request) => `${request.operationId} ${request.status}`)).toEqual([
      'checks/create 403',
      'checks/create 502',
      'checks/create 201',
      'issues/list-comments 429',
      'issues/list-comments 200',
      'issues/create-comment 201',
      'issues/list-comments 200',
    ]);
    expect(server.checkRuns[0]?.annotations).toHaveLength(2);
    expect(warnings(run)).toEqual([]);
  });

  it('§2: a token without the permission (403, requests left) is one notice naming the permission', async () => {
    server = await startFakeGitHub({ faults: [{ operation: 'checks/create', ...FAULTS.forbidden() }] });
    const run = await runAction({ 'github-token': 'ghs_e2e', profile: 'baseline' });
    expect(run.status).toBe(1);
    expect(notices(run)).toEqual(['::notice::GitHub refused the check run (needs `checks: write`): the token lacks the permission. The findings are in the annotations of this step and the job summary.']);
    expect(warnings(run)).toEqual([]);
  });

  it('§3: a 22,200-character CJK container name fits GitHub\'s byte limits (the server counts bytes)', async () => {
    server = await startFakeGitHub();
    const root = join(work, 'cjk');
    mkdirSync(join(root, 'deploy'), { recursive: true });
    writeFileSync(join(root, 'deploy/pod.yaml'), POD('').replace('name: app', `name: ${'镜'.repeat(22_200)}`));
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'cjk');
    const run = await runAction({ 'github-token': 'ghs_e2e', comment: 'always', profile: 'baseline' }, { workspace: root });
    expect(run.status).toBe(1);
    expectValidRequests(server);
    expect(warnings(run)).toEqual([]);
    const messages = server.checkRuns[0]!.annotations.map((annotation) => (annotation as { message: string }).message);
    // 66,600 bytes of name alone: clipped to the limit on a character boundary, not to 65,536 UTF-16 units.
    expect(messages.some((message) => message.endsWith('镜…') && Buffer.byteLength(message) > 65_000)).toBe(true);
    expect(messages.every((message) => Buffer.byteLength(message) <= 65_536 && !message.includes('\uFFFD'))).toBe(true);
    expect(server.comments).toHaveLength(1);
  });

  it('§1: SARIF keeps the most severe results up to sarif-max-results, says what it left out and where the full report is; category names SARIF and the check run', async () => {
    server = await startFakeGitHub();
    const sarifFile = join(work, 'limited.sarif');
    const run = await runAction({ 'github-token': 'ghs_e2e', profile: 'restricted', 'sarif-max-results': '1', 'sarif-file': sarifFile, matrix: '{"cluster":"prod","shard":2}' });
    expect(run.status).toBe(1);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: { automationDetails: { id: string }; results: { level: string }[] }[] };
    expect(sarif.runs[0]!.automationDetails.id).toBe('kube-policy-gate/gate/cluster:prod/shard:2/');
    expect(sarif.runs[0]!.results.map((result) => result.level)).toEqual(['error']);
    const total = Number(output(run, 'findings'));
    expect(total).toBeGreaterThan(2);
    expect(notices(run)).toEqual([
      `::notice::The SARIF file holds 1 of ${total} findings, the most severe first; left out: ${total - 1} over the limit of results a run (the least severe). The full JSON report is ${join(work, 'kube-policy-gate', 'report.json')} (the report-file output).`,
    ]);
    expect(server.checkRuns[0]?.create).toMatchObject({ name: 'kube-policy-gate (cluster:prod, shard:2)' });
  });

  it('§1: a bad sarif-max-results is a configuration error quoting it', async () => {
    server = await startFakeGitHub();
    const run = await runAction({ 'github-token': 'ghs_e2e', 'sarif-max-results': '30000' });
    expect(run.status).toBe(1);
    expect(run.commands).toContain("::error::Invalid sarif-max-results '30000'. Expected a whole number from 1 to 25000 (code scanning rejects more results in a run).");
  });

  it('§5: with on-failure, a pull request that failed and then passes has its comment say so', async () => {
    server = await startFakeGitHub();
    const failing = await runAction({ 'github-token': 'ghs_e2e', comment: 'on-failure', profile: 'baseline' });
    expect(failing.status).toBe(1);
    expect(server.comments.map((comment) => comment.body.split('\n')[1])).toEqual(['### ❌ kube-policy-gate: failed']);
    const passing = await runAction({ 'github-token': 'ghs_e2e', comment: 'on-failure', profile: 'baseline', 'fail-on': 'never' });
    expect(passing.status).toBe(0);
    expect(server.comments.map((comment) => comment.body.split('\n')[1])).toEqual(['### ✅ kube-policy-gate: passed']);
  });

  it('§6: pull_request_target with the base checked out warns that the base was judged', async () => {
    server = await startFakeGitHub();
    const root = join(work, 'target-base');
    execFileSync('git', ['clone', '-q', repo.root, root]);
    git(root, 'checkout', '-q', repo.base);
    const run = await runAction({ 'github-token': 'ghs_e2e', profile: 'baseline', 'fail-on': 'never' }, { workspace: root, eventName: 'pull_request_target' });
    expect(run.status).toBe(0);
    expect(warnings(run)).toEqual([expect.stringMatching(/^::warning::This pull_request_target run checked out the base branch/)]);
    const onHead = await runAction({ 'github-token': 'ghs_e2e', profile: 'baseline', 'fail-on': 'never' }, { eventName: 'pull_request_target' });
    expect(warnings(onHead)).toEqual([]);
  });
});
