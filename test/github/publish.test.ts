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
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './server.js';

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
      const api = await connectGitHub('ghs_test', `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, 300);
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

  it('is not written with comment: on-failure when the run passes, nor with off', async () => {
    const passed = await publish({ comment: 'on-failure', outcome: decideOutcome([finding('deploy/a.yaml', 3, 'warning')], 'error', 1, 1) });
    expect(passed.server.requests.some((request) => request.operationId?.startsWith('issues/'))).toBe(false);
    expect(passed.server.checkRuns[0]?.create).toMatchObject({ conclusion: 'success' });
  });
});
