// The only user of Octokit: the few GitHub REST calls the reports make, behind a small interface tests can fake.
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
}

/** Reading one file of the repository at a commit (the contents API): the base branch's config when the clone lacks it. */
export interface ContentsApi {
  /** The file's text at `ref`; undefined when the commit has no file there. Rejects for a directory, a link or a file over `maxBytes`. */
  readFile(repository: Repository, path: string, ref: string, maxBytes: number): Promise<string | undefined>;
}

/** A request GitHub answered with an error status; `status` tells a missing permission (403) from the rest. */
export class GitHubApiError extends Error {
  readonly status: number | undefined;

  constructor(message: string, status: number | undefined) {
    super(message);
    this.name = 'GitHubApiError';
    this.status = status;
  }
}

/** How long one request may take. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * An API client for `token` at `baseUrl` (GITHUB_API_URL on the runner; GitHub Enterprise and tests set it).
 * Octokit is loaded only when a run talks to GitHub, so plain runs and the CLI never pay for it.
 */
export async function connectGitHub(token: string, baseUrl: string, timeoutMs = REQUEST_TIMEOUT_MS): Promise<GitHubApi & ContentsApi> {
  const { getOctokit } = await import('@actions/github');
  // No retries or throttling plugins: a report that cannot be written is a warning, not worth a slow job.
  const octokit = getOctokit(token, { baseUrl: baseUrl.replace(/\/+$/, '') });
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
      throw new GitHubApiError(`${label}: ${message}`, status);
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
