// The check run, the files API and the sticky comment through the real Octokit against a loopback GitHub that
// checks every request body against GitHub's OpenAPI description.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connectGitHub, GitHubApiError } from '../../src/github/api.js';
import { openPullRequest, publishToPullRequest, readGitHubSettings, type Log } from '../../src/github/publish.js';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import { decideOutcome } from '../../src/outcome.js';
import { finding, manyFindings } from './outcome.js';
import { FAULTS, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './server.js';

// A second of GitHub's retry-after lasts a millisecond here: the waits are exercised, not slept through.
process.env.KPG_GITHUB_SECOND_MS = '1';

const work = mkdtempSync(join(tmpdir(), 'kpg-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);

function event(fork: boolean): string {
  const path = join(work, `event-${fork}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      pull_request: {
        number: 7,
        base: { sha: BASE, repo: { full_name: 'acme/gitops', fork: false } },
        head: { sha: HEAD, repo: { full_name: fork ? 'stranger/gitops' : 'acme/gitops', fork } },
      },
      repository: { full_name: 'acme/gitops' },
    }),
  );
  return path;
}

interface Logged {
  level: keyof Log;
  message: string;
}

async function publish(options: FakeGitHubOptions & { fork?: boolean; comment?: string; outcome?: ReturnType<typeof manyFindings>; reuse?: FakeGitHub }) {
  server = options.reuse ?? (await startFakeGitHub(options));
  const env = {
    GITHUB_EVENT_PATH: event(options.fork ?? false),
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/gitops',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
  };
  const inputs: Record<string, string> = { 'github-token': 'ghs_test', comment: options.comment ?? 'off' };
  const logged: Logged[] = [];
  const log: Log = {
    info: (message) => logged.push({ level: 'info', message }),
    notice: (message) => logged.push({ level: 'notice', message }),
    warning: (message) => logged.push({ level: 'warning', message }),
  };
  const context = await openPullRequest(readGitHubSettings((name) => inputs[name] ?? ''), env, { root: join(work, 'no-checkout') }, log);
  expect(context).toBeDefined();
  await publishToPullRequest(options.outcome ?? manyFindings(120), context!, log);
  return { server, logged, context: context! };
}

/** Every request GitHub's description knows, with a body it accepts, sent with our token. */
function expectValidRequests(fake: FakeGitHub): void {
  for (const request of fake.requests) {
    expect({ request: `${request.method} ${request.path}`, operation: request.operationId, errors: request.errors }).toEqual({
      request: `${request.method} ${request.path}`,
      operation: expect.any(String),
      errors: [],
    });
    expect(request.authorization).toBe('token ghs_test');
  }
}

describe('check run', () => {
  it('sends 120 annotations in three requests (create, then two updates) on the head commit', async () => {
    const { server, logged } = await publish({ files: [{ filename: 'deploy/a.yaml', status: 'modified', patch: '@@ -39,0 +40,1 @@\n+privileged: true' }] });
    expectValidRequests(server);
    expect(server.requests.map((request) => `${request.method} ${request.operationId}`)).toEqual([
      'GET pulls/list-files',
      'POST checks/create',
      'PATCH checks/update',
      'PATCH checks/update',
    ]);
    const [run] = server.checkRuns;
    expect(run?.create).toMatchObject({ name: 'kube-policy-gate', head_sha: HEAD, status: 'completed', conclusion: 'failure', details_url: 'https://github.com/acme/gitops/actions/runs/42/attempts/1' });
    expect([run?.create, ...(run?.updates ?? [])].map((body) => (body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual([50, 50, 20]);
    expect(run?.annotations).toHaveLength(120);
    // The finding on the line the pull request changes comes first.
    expect(run?.annotations[0]).toEqual({
      path: 'deploy/a.yaml',
      start_line: 40,
      end_line: 40,
      start_column: 9,
      end_column: 9,
      annotation_level: 'failure',
      title: 'Privileged containers',
      message: "Container 'app' of Deployment/shop runs privileged (line 40)\nDeployment/prod/shop from manifests deploy/a.yaml [privileged]",
    });
    expect((run?.create as { output: { summary: string } }).output.summary).toContain('1 finding on lines this pull request changes, 40 in files it changes.');
    expect(logged.filter((entry) => entry.level !== 'info')).toEqual([]);
  });

  it('falls back to the step annotations on a fork pull request (403), with one notice and no warning', async () => {
    const { server, logged } = await publish({ fork: true, forbid: ['checks', 'comments'], comment: 'always' });
    expectValidRequests(server);
    expect(server.requests.map((request) => `${request.method} ${request.operationId}`)).toEqual(['GET pulls/list-files', 'POST checks/create', 'GET issues/list-comments', 'POST issues/create-comment']);
    expect(server.checkRuns).toEqual([]);
    expect(logged.filter((entry) => entry.level !== 'info')).toEqual([
      {
        level: 'notice',
        message:
          'GitHub refused the check run (needs `checks: write`) and the pull request comment (needs `pull-requests: write`): this pull request comes from a fork, and its token is read-only. The findings are in the annotations of this step and the job summary.',
      },
    ]);
  });

  it('warns, without failing, when GitHub answers with another error', async () => {
    const fake = await startFakeGitHub();
    await fake.close();
    const { logged } = await publish({ reuse: fake });
    expect(logged.filter((entry) => entry.level === 'warning').map((entry) => entry.message)).toEqual([expect.stringMatching(/^The check run could not be written \(the findings are in the annotations and the job summary\): create check run: /)]);
  });
});

describe('connectGitHub', () => {
  it('gives up on a GitHub that never answers', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const api = await connectGitHub('ghs_test', `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, 300, { seconds: 120, secondMs: 1 });
      const error = await api.createCheckRun({ owner: 'acme', repo: 'gitops' }, { name: 'kube-policy-gate', head_sha: HEAD }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GitHubApiError);
      expect((error as GitHubApiError).message).toMatch(/^create check run: /);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('sticky comment', () => {
  it('is created once, then updated in place, never duplicated', async () => {
    const first = await publish({ comment: 'always', comments: [{ id: 1, body: 'LGTM', user: { login: 'alice', type: 'User' } }] });
    expectValidRequests(first.server);
    expect(first.server.comments).toHaveLength(2);
    const created = first.server.comments[1]!;
    expect(created.body.startsWith(`${COMMENT_MARKER}\n### ❌ kube-policy-gate: failed`)).toBe(true);
    expect(created.body).toContain('[Full report in the workflow run](https://github.com/acme/gitops/actions/runs/42/attempts/1)');
    expect(first.logged.map((entry) => entry.message)).toContain(`Pull request comment created: https://github.com/acme/gitops/pull/7#issuecomment-${created.id}.`);

    const fixed = decideOutcome([], 'error', 3, 10);
    const second = await publish({ comment: 'always', outcome: fixed, reuse: first.server });
    expectValidRequests(second.server);
    expect(second.server.comments).toHaveLength(2);
    expect(second.server.comments[1]!.id).toBe(created.id);
    expect(second.server.comments[1]!.body.startsWith(`${COMMENT_MARKER}\n### ✅ kube-policy-gate: passed`)).toBe(true);
    expect(second.server.requests.filter((request) => request.operationId?.includes('comment')).map((request) => `${request.method} ${request.operationId}`)).toEqual([
      'GET issues/list-comments',
      'POST issues/create-comment',
      'GET issues/list-comments',
      'GET issues/list-comments',
      'PATCH issues/update-comment',
    ]);
  });

  it('finds its comment on a later page, and not in a person quoting the marker', async () => {
    const people = Array.from({ length: 130 }, (_, index) => ({ id: index + 1, body: index === 3 ? `${COMMENT_MARKER}\nquoted` : 'comment', user: { login: 'alice', type: 'User' as const } }));
    const ours = { id: 500, body: `${COMMENT_MARKER}\nold`, user: { login: 'github-actions[bot]', type: 'Bot' as const } };
    const { server } = await publish({ comment: 'on-failure', comments: [...people, ours] });
    expectValidRequests(server);
    expect(server.comments).toHaveLength(131);
    expect(server.comments.find((comment) => comment.id === 500)!.body).toContain('kube-policy-gate: failed');
    expect(server.comments.find((comment) => comment.id === 4)!.body).toBe(`${COMMENT_MARKER}\nquoted`);
  });

  it('is not created with comment: on-failure when the run passes, nor asked for with off', async () => {
    const passed = await publish({ comment: 'on-failure', outcome: decideOutcome([finding('deploy/a.yaml', 3, 'warning')], 'error', 1, 1) });
    expect(passed.server.requests.filter((request) => request.operationId?.startsWith('issues/')).map((request) => request.operationId)).toEqual(['issues/list-comments']);
    expect(passed.server.comments).toEqual([]);
    expect(passed.server.checkRuns[0]?.create).toMatchObject({ conclusion: 'success' });
    await server!.close();
    const off = await publish({ comment: 'off', outcome: manyFindings(3) });
    expect(off.server.requests.some((request) => request.operationId?.startsWith('issues/'))).toBe(false);
  });
});

/** The requests in order as `METHOD operation status`. */
function played(fake: FakeGitHub): string[] {
  return fake.requests.map((request) => `${request.method} ${request.operationId} ${request.status}`);
}

const notInfo = (logged: Logged[]) => logged.filter((entry) => entry.level !== 'info');

describe('rate limits and faults (issue 19 §2)', () => {
  it('paces writes one at a time with a pause, as GitHub asks (the real second, not the tests\' shortened one)', async () => {
    server = await startFakeGitHub();
    const api = await connectGitHub('ghs_test', server.url, 30_000, { seconds: 120, secondMs: 1000 });
    const repository = { owner: 'acme', repo: 'gitops' };
    await Promise.all([0, 1, 2].map((index) => api.createCheckRun(repository, { name: `run ${index}`, head_sha: HEAD })));
    const writes = server.requests.map((request) => request.at);
    expect(writes).toHaveLength(3);
    for (let index = 1; index < writes.length; index++) expect(writes[index]! - writes[index - 1]!).toBeGreaterThanOrEqual(900);
  });

  it('waits out a primary rate limit until its reset and writes the check run', async () => {
    const { server, logged } = await publish({ outcome: manyFindings(3), faults: [{ operation: 'checks/create', ...FAULTS.primaryRateLimit(2) }] });
    expectValidRequests(server);
    expect(played(server)).toEqual(['GET pulls/list-files 200', 'POST checks/create 403', 'POST checks/create 201']);
    expect(server.checkRuns[0]?.annotations).toHaveLength(3);
    expect(notInfo(logged)).toEqual([]);
  });

  it('retries a secondary rate limit, a 429 and a 502, then writes everything', async () => {
    const faults = [
      { operation: 'checks/create', ...FAULTS.secondaryRateLimit(5) },
      { operation: 'checks/update', ...FAULTS.tooManyRequests(3) },
      { operation: 'issues/list-comments', ...FAULTS.badGateway(), times: 2 },
    ];
    const { server, logged } = await publish({ outcome: manyFindings(60), comment: 'always', faults });
    expectValidRequests(server);
    expect(played(server)).toEqual([
      'GET pulls/list-files 200',
      'POST checks/create 403',
      'POST checks/create 201',
      'PATCH checks/update 429',
      'PATCH checks/update 200',
      'GET issues/list-comments 502',
      'GET issues/list-comments 502',
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET issues/list-comments 200',
    ]);
    expect(server.checkRuns[0]?.annotations).toHaveLength(60);
    expect(server.comments).toHaveLength(1);
    expect(notInfo(logged)).toEqual([]);
  });

  it('says "rate limited", never "permission", when the wait passes the budget; the check run says it is incomplete; no comment is tried', async () => {
    const faults = [{ operation: 'checks/update', ...FAULTS.secondaryRateLimit(60), times: 10, skip: 1 }];
    const { server, logged } = await publish({ outcome: manyFindings(120), comment: 'always', faults });
    expectValidRequests(server);
    // Retried while the budget (120 s) lasts: 60 s twice, then the third wait would pass it.
    expect(played(server)).toEqual(['GET pulls/list-files 200', 'POST checks/create 201', 'PATCH checks/update 200', 'PATCH checks/update 403', 'PATCH checks/update 403', 'PATCH checks/update 403']);
    const [run] = server.checkRuns;
    expect(run?.annotations).toHaveLength(100);
    expect((run?.updates.at(-1) as { output: { summary: string } }).output.summary).toContain(
      "⚠️ This check run holds 100 of 120 annotations: if this line is still here, writing the rest failed (the workflow run's log says why).",
    );
    expect(server.requests.some((request) => request.operationId?.startsWith('issues/'))).toBe(false);
    expect(notInfo(logged)).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(
          /^GitHub rate limited this token, and the wait it asked for passed this run's budget \(120 s in all\) — not a missing permission\. Not written: the check run \(https:\/\/github\.com\/acme\/gitops\/runs\/\d+ is incomplete and says so\): update check run: You have exceeded a secondary rate limit\..*; the pull request comment was not attempted\. The verdict stands;/,
        ),
      },
    ]);
    expect(logged.some((entry) => entry.message.includes('checks: write'))).toBe(false);
  });

  it('does not wait an hour for a primary rate limit: one request, then "rate limited"', async () => {
    const { server, logged } = await publish({ outcome: manyFindings(3), faults: [{ ...FAULTS.primaryRateLimit(3_600), times: 5 }] });
    expect(played(server)).toEqual(['GET pulls/list-files 403', 'POST checks/create 403']);
    expect(notInfo(logged).map((entry) => entry.message)).toEqual([expect.stringMatching(/^GitHub rate limited this token, .*Not written: the check run: create check run: API rate limit exceeded/)]);
  });

  it('tells a missing permission (403 with requests left) from a rate limit', async () => {
    const { logged } = await publish({ outcome: manyFindings(3), faults: [{ operation: 'checks/create', ...FAULTS.forbidden() }] });
    expect(notInfo(logged)).toEqual([
      { level: 'notice', message: 'GitHub refused the check run (needs `checks: write`): the token lacks the permission. The findings are in the annotations of this step and the job summary.' },
    ]);
  });
});

describe('bytes, not characters (issue 19 §3)', () => {
  it('clips every field to GitHub byte limits on a character boundary', async () => {
    const cjk = '镜'.repeat(22_200);
    const located = Array.from({ length: 3 }, (_, index) => finding('deploy/a.yaml', index + 1, 'error', { message: `Image ${cjk} is not pinned`, title: '标题'.repeat(200) }));
    const unlocated = Array.from({ length: 60 }, (_, index) => finding(undefined, 0, 'warning', { ruleId: 'render-error', message: `${index} ${cjk}`, resource: { apiVersion: 'v1', kind: 'Pod', name: cjk } }));
    const outcome = decideOutcome([...located, ...unlocated], 'error', 2, 63);
    const { server, logged } = await publish({ outcome, comment: 'always' });
    // The server counts bytes and answers 422 past a limit: every request passed.
    expectValidRequests(server);
    expect(notInfo(logged)).toEqual([]);
    const [run] = server.checkRuns;
    const annotation = run!.annotations[0] as { message: string; title: string };
    expect(Buffer.byteLength(annotation.message)).toBeLessThanOrEqual(65_536);
    expect(Buffer.byteLength(annotation.message)).toBeGreaterThan(65_000);
    expect(annotation.message.endsWith('镜…')).toBe(true);
    expect(Buffer.byteLength(annotation.title)).toBeLessThanOrEqual(255);
    expect(annotation.title).not.toContain('\uFFFD');
    const output = (run!.create as { output: { text: string; summary: string } }).output;
    expect(Buffer.byteLength(output.text)).toBeLessThanOrEqual(65_535);
    expect(output.text).toContain('more not shown here; the job summary lists them.');
    expect(Buffer.byteLength(server.comments[0]!.body)).toBeLessThanOrEqual(65_536);
  });
});

describe('the sticky comment tells the truth (issue 19 §5)', () => {
  it('with on-failure, updates a stale failed comment to say it passes now, and leaves a person\'s marked comment alone', async () => {
    const person = { id: 1, body: `${COMMENT_MARKER}\nI wrote this by hand`, user: { login: 'alice', type: 'User' as const } };
    const failing = await publish({ comment: 'on-failure', outcome: manyFindings(3), comments: [person] });
    expect(failing.server.comments).toHaveLength(2);
    const ours = failing.server.comments[1]!;
    expect(ours.body).toContain('kube-policy-gate: failed');

    const passing = await publish({ comment: 'on-failure', outcome: decideOutcome([], 'error', 3, 10), reuse: failing.server });
    expect(passing.server.comments).toHaveLength(2);
    expect(passing.server.comments[0]).toEqual(person);
    expect(passing.server.comments[1]!.id).toBe(ours.id);
    expect(passing.server.comments[1]!.body.startsWith(`${COMMENT_MARKER}\n### ✅ kube-policy-gate: passed`)).toBe(true);

    // Passing again: the comment already says so, nothing is written.
    const again = await publish({ comment: 'on-failure', outcome: decideOutcome([], 'error', 3, 10), reuse: failing.server });
    expect(again.server.requests.filter((request) => request.method === 'PATCH' && request.operationId === 'issues/update-comment')).toHaveLength(1);
  });
});

describe('two runs at once (issue 19 §5)', () => {
  it('leave one comment: the later creator removes its own and writes the older one', async () => {
    const other = { id: 1, body: `${COMMENT_MARKER}\n### ❌ kube-policy-gate: failed (the other run)`, user: { login: 'github-actions[bot]', type: 'Bot' as const } };
    const { server, logged } = await publish({ comment: 'always', outcome: manyFindings(3), racing: other });
    expectValidRequests(server);
    expect(server.requests.filter((request) => request.operationId?.startsWith('issues/')).map((request) => `${request.method} ${request.operationId} ${request.status}`)).toEqual([
      'GET issues/list-comments 200',
      'POST issues/create-comment 201',
      'GET issues/list-comments 200',
      'DELETE issues/delete-comment 204',
      'PATCH issues/update-comment 200',
    ]);
    expect(server.comments.map((comment) => comment.id)).toEqual([1]);
    expect(server.comments[0]!.body).toContain('#### 3 findings');
    expect(notInfo(logged)).toEqual([]);
  });
});
