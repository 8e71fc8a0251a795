// Pure pieces of speaking to a pull request: the event, the check-run payloads and the sticky comment body.
import { describe, expect, it } from 'vitest';
import { findOurComment } from '../../src/github/comment.js';
import { readPullRequest, runUrl } from '../../src/github/event.js';
import { readGitHubSettings } from '../../src/github/publish.js';
import { formatCheckRun } from '../../src/report/checks.js';
import { COMMENT_LIMIT, COMMENT_MARKER, formatComment, wantsComment } from '../../src/report/comment.js';
import { decideOutcome } from '../../src/outcome.js';
import { finding, manyFindings } from '../github/outcome.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const payload = (head: object = {}) => ({ pull_request: { number: 7, base: { sha: BASE, repo: { full_name: 'acme/gitops' } }, head: { sha: HEAD, repo: { full_name: 'acme/gitops' }, ...head } } });

describe('readPullRequest', () => {
  it('reads the number, both commits and whether the head is a fork', () => {
    expect(readPullRequest(payload(), { GITHUB_REPOSITORY: 'acme/gitops' })).toEqual({ repository: { owner: 'acme', repo: 'gitops' }, number: 7, baseSha: BASE, headSha: HEAD, fromFork: false });
    expect(readPullRequest(payload({ repo: { full_name: 'stranger/gitops', fork: true } }), { GITHUB_REPOSITORY: 'acme/gitops' })?.fromFork).toBe(true);
  });

  it('is undefined for a push, and for commits that are not commit ids (never passed to git)', () => {
    expect(readPullRequest({ ref: 'refs/heads/main' }, { GITHUB_REPOSITORY: 'acme/gitops' })).toBeUndefined();
    expect(readPullRequest(payload({ sha: '--output=/tmp/x' }), { GITHUB_REPOSITORY: 'acme/gitops' })).toBeUndefined();
    expect(readPullRequest(payload(), {})).toBeUndefined();
  });

  it('links the run, attempt included', () => {
    expect(runUrl({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'acme/gitops', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' })).toBe('https://ghe.example/acme/gitops/actions/runs/9/attempts/2');
    expect(runUrl({ GITHUB_REPOSITORY: 'acme/gitops' })).toBeUndefined();
  });
});

describe('readGitHubSettings', () => {
  it('defaults comment to off and quotes a bad value', () => {
    expect(readGitHubSettings((name) => (name === 'github-token' ? ' ghs_x ' : ''))).toEqual({ token: 'ghs_x', comment: 'off' });
    expect(() => readGitHubSettings((name) => (name === 'comment' ? 'sometimes' : ''))).toThrow("Invalid comment 'sometimes'. Expected one of: off, on-failure, always.");
  });
});

describe('formatCheckRun', () => {
  it('puts every located finding in batches of 50, changed lines first, paths from the repository root', () => {
    const requests = formatCheckRun(manyFindings(120), { headSha: HEAD, pathPrefix: 'clusters', changed: { files: new Set(['deploy/c.yaml']), lines: new Set(['deploy/b.yaml:30']) } });
    expect(requests.create).toMatchObject({ name: 'kube-policy-gate', head_sha: HEAD, status: 'completed', conclusion: 'failure', output: { title: '120 errors, 0 warnings, 0 notices' } });
    const all = [requests.create, ...requests.updates].flatMap((request) => request.output.annotations);
    expect([requests.create, ...requests.updates].map((request) => request.output.annotations.length)).toEqual([50, 50, 20]);
    expect(all.slice(0, 2).map((annotation) => `${annotation.path}:${annotation.start_line}`)).toEqual(['clusters/deploy/b.yaml:30', 'clusters/deploy/c.yaml:1']);
    expect(requests.create.output.summary).toContain('1 finding on lines this pull request changes, 41 in files it changes.');
  });

  it('stops at 1,000 annotations (20 requests) and says how many it shows', () => {
    const requests = formatCheckRun(manyFindings(1_100), { headSha: HEAD });
    expect(requests.updates).toHaveLength(19);
    expect(requests.updates.at(-1)?.output.annotations).toHaveLength(50);
    expect(requests.create.output.summary).toContain('1000 of 1100 findings with a source line are annotated here (new errors and warnings first, at most 1000 a run); the report-file output (JSON) holds every finding.');
  });

  it('lists findings without a source line in the text, escaped, and succeeds when nothing fails', () => {
    const outcome = decideOutcome([finding(undefined, 0, 'warning', { ruleId: 'render-error', message: 'helm failed: <img src=x> @team' })], 'error', 1, 0);
    const requests = formatCheckRun(outcome, { headSha: HEAD });
    expect(requests.create.conclusion).toBe('success');
    expect(requests.create.output.annotations).toEqual([]);
    expect(requests.updates).toEqual([]);
    expect(requests.create.output.text).toContain('helm failed: &lt;img src=x&gt; &#64;team');
  });
});

describe('formatComment', () => {
  it('starts with the marker, shows the verdict, counts, new vs fixed and the top findings linked at the head commit', () => {
    const body = formatComment(manyFindings(12), {
      runUrl: 'https://github.com/acme/gitops/actions/runs/1',
      repositoryUrl: 'https://github.com/acme/gitops',
      sha: HEAD,
      comparison: { introduced: 1, fixed: 3 },
      changed: { files: new Set(), lines: new Set(['deploy/c.yaml:4']) },
    });
    const lines = body.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      COMMENT_MARKER,
      '### ❌ kube-policy-gate: failed',
      '',
      "**12 errors, 0 warnings, 0 notices in 12 objects from 3 targets** (fail-on: `error`)",
      '',
      'Compared with the base branch: **1 new**, 3 fixed.',
      '1 finding on lines this pull request changes.',
      '',
    ]);
    expect(lines[8]).toBe('#### Top 10 of 12 findings');
    expect(lines[12]).toBe(`| error | [deploy/c.yaml:4](https://github.com/acme/gitops/blob/${HEAD}/deploy/c.yaml#L4) | privileged | Deployment/prod/shop | Container &#39;app&#39; of Deployment/shop runs privileged (line 4) |`);
    expect(lines.at(-2)).toBe('[Full report in the workflow run](https://github.com/acme/gitops/actions/runs/1)');
  });

  it('stays within 65,536 characters however long the findings are, and says what it left out', () => {
    const long = 'x'.repeat(5_000);
    const outcome = decideOutcome(
      Array.from({ length: 10 }, (_, index) => finding(`${'d/'.repeat(300)}${index}.yaml`, index + 1, 'error', { message: long, resource: { apiVersion: 'v1', kind: 'Pod', name: long } })),
      'error',
      1,
      10,
    );
    expect(formatComment(outcome).length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const small = formatComment(outcome, {}, 3_000);
    expect(small.length).toBeLessThanOrEqual(3_000);
    expect(small).toContain('more findings not shown: the comment is limited to 3000 bytes.');
  });

  it('is written when asked: always, or on failure', () => {
    const failed = manyFindings(1);
    const passed = decideOutcome([], 'error', 0, 0);
    expect([wantsComment('off', failed), wantsComment('on-failure', failed), wantsComment('on-failure', passed), wantsComment('always', passed)]).toEqual([false, true, false, true]);
  });
});

describe('findOurComment', () => {
  it('takes only the bot comment that starts with the marker, never a person quoting it', () => {
    const comments = [
      { id: 1, body: `${COMMENT_MARKER} by hand`, user: { login: 'mallory', type: 'User' } },
      { id: 2, body: `see ${COMMENT_MARKER}`, user: { login: 'github-actions[bot]', type: 'Bot' } },
      { id: 3, body: `${COMMENT_MARKER}\nours`, user: { login: 'github-actions[bot]', type: 'Bot' } },
    ];
    expect(findOurComment(comments)?.id).toBe(3);
    expect(findOurComment(comments.slice(0, 2))).toBeUndefined();
  });
});
