// The only user of Octokit: the few GitHub REST calls the reports make, behind a small interface tests can fake.
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Repository } from './event.js';

export type CheckRunCreate = Record<string, unknown> & { name: string; head_sha: string };
export type CheckRunUpdate = Record<string, unknown>;

export interface PullRequestFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export interface IssueComment {
  id: number;
  body?: string;
  user?: { login?: string; type?: string } | null;
}

export interface GitHubApi {
  createCheckRun(repository: Repository, body: CheckRunCreate): Promise<{ id: number; html_url?: string | null }>;
  updateCheckRun(repository: Repository, id: number, body: CheckRunUpdate): Promise<void>;
  /** Every file of the pull request (GitHub lists at most 3,000). */
  listPullRequestFiles(repository: Repository, number: number): Promise<PullRequestFile[]>;
  listIssueComments(repository: Repository, number: number): Promise<IssueComment[]>;
  createIssueComment(repository: Repository, number: number, body: string): Promise<{ id: number; html_url?: string }>;
  updateIssueComment(repository: Repository, id: number, body: string): Promise<{ id: number; html_url?: string }>;
  deleteIssueComment(repository: Repository, id: number): Promise<void>;
}

/** Reading one file of the repository at a commit (the contents API): the base branch's config when the clone lacks it. */
export interface ContentsApi {
  /** The file's text at `ref`; undefined when the commit has no file there. Rejects for a directory, a link or a file over `maxBytes`. */
  readFile(repository: Repository, path: string, ref: string, maxBytes: number): Promise<string | undefined>;
}

/** A request GitHub answered with an error status; `status` and `rateLimited` tell a missing permission from a limit. */
export class GitHubApiError extends Error {
  readonly status: number | undefined;
  /** GitHub refused for a rate limit (primary or secondary), not for a permission: the same request may pass later. */
  readonly rateLimited: boolean;

  constructor(message: string, status: number | undefined, rateLimited = false) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
    this.rateLimited = rateLimited;
  }
}

/** How long one request may take. */
const REQUEST_TIMEOUT_MS = 30_000;

/** How long a run may wait for GitHub in all, `retry-after` and rate-limit resets together: a report is not worth a stuck job. */
export const TOTAL_WAIT_SECONDS = 120;

/** Retries of one request, after a rate limit or a 429/5xx. */
const RETRIES = 3;

/** What a client may spend waiting for GitHub. */
export interface WaitBudget {
  /** Seconds of waiting left (retry-after, rate-limit resets); a request is not retried when its wait would pass this. */
  seconds: number;
  /** Milliseconds a second of GitHub's `retry-after` lasts: 1000, except in tests of the built action. */
  secondMs: number;
}

/**
 * A client's wait budget (the reports have one; the one read of the base's config has its own). KPG_GITHUB_SECOND_MS shortens every wait GitHub asks for (`retry-after`, a reset time) so
 * that tests of the built action need not sleep; it can only shorten them, never skip the bound.
 */
export function waitBudget(env: Record<string, string | undefined> = process.env): WaitBudget {
  const scaled = Number(env.KPG_GITHUB_SECOND_MS);
  return { seconds: TOTAL_WAIT_SECONDS, secondMs: Number.isFinite(scaled) && scaled >= 0 && scaled < 1000 ? scaled : 1000 };
}

/**
 * An API client for `token` at `baseUrl` (GITHUB_API_URL on the runner; GitHub Enterprise and tests set it).
 * Octokit is loaded only when a run talks to GitHub, so plain runs and the CLI never pay for it. Octokit's own
 * plugins pace and retry: plugin-throttling sends writes one at a time with a pause (GitHub's secondary limits ask
 * for that) and waits out a primary or secondary rate limit as its headers say; plugin-retry retries 429 and 5xx.
 * Every wait a rate limit asks for is taken from the client's budget, so its writes never wait longer than
 * TOTAL_WAIT_SECONDS in all; 429 and 5xx add at most 1 + 4 + 9 s per request, and the reports stop at the first
 * request that still fails, so a GitHub that keeps failing costs a few of those, not one per annotation batch.
 */
export async function connectGitHub(token: string, baseUrl: string, timeoutMs = REQUEST_TIMEOUT_MS, budget: WaitBudget = waitBudget()): Promise<GitHubApi & ContentsApi> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')]);
  // Called by plugin-throttling with the wait GitHub asked for (seconds); true retries after it.
  const spend = (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number): boolean => {
    if (retryCount >= RETRIES || retryAfter > budget.seconds) return false;
    budget.seconds -= retryAfter;
    return true;
  };
  const octokit = getOctokit(
    token,
    {
      baseUrl: baseUrl.replace(/\/+$/, ''),
      throttle: { onRateLimit: spend, onSecondaryRateLimit: spend, retryAfterBaseValue: budget.secondMs, ...(budget.secondMs < 1000 && { write: scaledPacer(budget.secondMs), notifications: scaledPacer(3 * budget.secondMs) }) },
      // 429 and 5xx: plugin-retry waits 1, 4, 9 s (squared retry count); 403 is plugin-throttling's to judge, and
      // 501 (an endpoint a GitHub Enterprise Server lacks) never passes on a retry.
      retry: { retries: RETRIES, retryAfterBaseValue: budget.secondMs, doNotRetry: [400, 401, 403, 404, 410, 422, 451, 501] },
    },
    retry,
    throttling,
  );
  // Octokit has no timeout of its own: a GitHub that never answers must not hold the job until it is cancelled.
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  const call = async <T>(label: string, request: () => Promise<{ data: T }>): Promise<T> => {
    try {
      return (await request()).data;
    } catch (error) {
      const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : undefined;
      const message = error instanceof Error ? error.message : String(error);
      throw new GitHubApiError(`${label}: ${message}`, status, isRateLimit(error, status));
    }
  };
  return {
    createCheckRun: (repository, body) => call('create check run', () => octokit.rest.checks.create({ ...repository, ...body } as never)),
    updateCheckRun: async (repository, id, body) => {
      await call('update check run', () => octokit.rest.checks.update({ ...repository, check_run_id: id, ...body } as never));
    },
    listPullRequestFiles: (repository, number) =>
      call('list pull request files', async () => ({ data: await octokit.paginate(octokit.rest.pulls.listFiles, { ...repository, pull_number: number, per_page: 100 }) })),
    listIssueComments: (repository, number) =>
      call('list comments', async () => ({ data: await octokit.paginate(octokit.rest.issues.listComments, { ...repository, issue_number: number, per_page: 100 }) })),
    createIssueComment: (repository, number, body) => call('create comment', () => octokit.rest.issues.createComment({ ...repository, issue_number: number, body })),
    updateIssueComment: (repository, id, body) => call('update comment', () => octokit.rest.issues.updateComment({ ...repository, comment_id: id, body })),
    deleteIssueComment: async (repository, id) => {
      await call('delete comment', () => octokit.rest.issues.deleteComment({ ...repository, comment_id: id }));
    },
    readFile: async (repository, path, ref, maxBytes) => {
      let data: unknown;
      try {
        data = await call(`read ${path} at ${ref.slice(0, 12)}`, () => octokit.rest.repos.getContent({ ...repository, path, ref }));
      } catch (error) {
        if ((error as GitHubApiError).status === 404) return undefined;
        throw error;
      }
      return fileText(data, path, maxBytes);
    },
  };
}

/** The contents API's answer as text: only a regular file, only as big as allowed (over 1 MB GitHub sends no content). */
function fileText(data: unknown, path: string, maxBytes: number): string {
  const file = data as { type?: unknown; size?: unknown; encoding?: unknown; content?: unknown };
  if (Array.isArray(data) || file.type !== 'file') throw new Error(`${path} is ${Array.isArray(data) ? 'a directory' : `a ${String(file.type)}`}, not a regular file`);
  if (typeof file.size === 'number' && file.size > maxBytes) throw new Error(`${path} is ${file.size} bytes; expected at most ${maxBytes}`);
  if (file.encoding !== 'base64' || typeof file.content !== 'string') throw new Error(`${path} came without its content (encoding '${String(file.encoding)}')`);
  return Buffer.from(file.content, 'base64').toString('utf8');
}

/**
 * Writes one at a time, `pauseMs` apart: plugin-throttling's write group (one at a time, a second apart) and its
 * group for writes that notify people (comments: three seconds apart) with the second shortened, for tests that shorten GitHub's seconds (KPG_GITHUB_SECOND_MS). Hand-written because the
 * plugin takes a Bottleneck group here and Bottleneck is its dependency, not ours; real runs keep the plugin's own.
 */
function scaledPacer(pauseMs: number): NonNullable<ThrottlingOptionsBase['write']> {
  let last: Promise<unknown> = Promise.resolve();
  const schedule = <T>(_options: unknown, task: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> => {
    const turn = last.then(() => new Promise((resolve) => setTimeout(resolve, pauseMs))).then(() => task(...args));
    last = turn.catch(() => undefined);
    return turn;
  };
  // The part of a Bottleneck group the plugin calls (wrap-request.js: `write.key(id).schedule(options, task)`).
  return { key: () => ({ schedule }) } as unknown as NonNullable<ThrottlingOptionsBase['write']>;
}

type ThrottlingOptionsBase = Extract<ThrottlingOptions, { onRateLimit: unknown }>;

/**
 * A 403 or 429 is a rate limit, not a missing permission, when GitHub says so: no requests left
 * (`x-ratelimit-remaining: 0`), a `retry-after`, or a message naming the limit (a secondary limit's).
 */
export function isRateLimit(error: unknown, status: number | undefined): boolean {
  if (status === 429) return true;
  if (status !== 403) return false;
  const response = (error as { response?: { headers?: Record<string, unknown>; data?: unknown } }).response;
  const headers = response?.headers ?? {};
  const message = `${(response?.data as { message?: unknown } | undefined)?.message ?? ''} ${error instanceof Error ? error.message : ''}`;
  return headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined || /\brate limit/i.test(message);
}
