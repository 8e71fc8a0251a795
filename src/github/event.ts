// The pull request a run is about, read from the event payload and the runner's environment. Pure.

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequest {
  /** The base repository: where check runs and comments go. */
  repository: Repository;
  number: number;
  /** The base branch's commit the event names. */
  baseSha: string;
  /** The pull request's head commit: check runs belong here, not on the merge commit the checkout holds. */
  headSha: string;
  /** The head lives in another repository: GITHUB_TOKEN is then read-only and writes return 403. */
  fromFork: boolean;
}

/** A commit id as git prints it (SHA-1 or SHA-256); anything else is never passed to git. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The pull request of a `pull_request` or `pull_request_target` event (any event whose payload carries
 * `pull_request` with both SHAs); undefined for pushes, schedules and malformed payloads.
 */
export function readPullRequest(payload: unknown, env: Record<string, string | undefined>): PullRequest | undefined {
  const pull = field(payload, 'pull_request');
  const number = field(pull, 'number');
  const baseSha = field(field(pull, 'base'), 'sha');
  const headSha = field(field(pull, 'head'), 'sha');
  const repository = readRepository(payload, env);
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1) return undefined;
  if (typeof baseSha !== 'string' || typeof headSha !== 'string' || !SHA.test(baseSha) || !SHA.test(headSha) || !repository) return undefined;
  const headRepo = field(field(field(pull, 'head'), 'repo'), 'full_name');
  const baseRepo = field(field(field(pull, 'base'), 'repo'), 'full_name');
  const fromFork = field(field(field(pull, 'head'), 'repo'), 'fork') === true || (typeof headRepo === 'string' && typeof baseRepo === 'string' && headRepo !== baseRepo);
  return { repository, number, baseSha, headSha, fromFork };
}

/** `owner/repo` from GITHUB_REPOSITORY, else the payload's repository. */
function readRepository(payload: unknown, env: Record<string, string | undefined>): Repository | undefined {
  const fullName = env.GITHUB_REPOSITORY || field(field(payload, 'repository'), 'full_name');
  if (typeof fullName !== 'string') return undefined;
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(fullName);
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/** The URL of this workflow run (attempt included when known), for links in reports; undefined outside Actions. */
export function runUrl(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!repository || !run || !/^\d+$/.test(run)) return undefined;
  return `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}${attempt && /^\d+$/.test(attempt) ? `/attempts/${attempt}` : ''}`;
}

function field(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}
