// Which commit a pull request merges into, read from git: the base that new-findings-only compares with and that
// trusted settings (the base branch's config) come from. Never `merge-base` with a commit of the PR's choosing.
import { execTool, trimStderr } from '../render/exec.js';

/** What the pull request merges into, or why it cannot be known from this clone (a sentence saying how to fix it). */
export type PullRequestBase =
  | { sha: string; how: 'merge-parent' | 'event' }
  | { sha?: undefined; problem: string };

/** The event's view of the pull request: the base branch's commit it names and the PR's head commit. */
export interface BaseEvent {
  baseSha: string;
  headSha: string;
}

const GIT_LIMITS = { timeoutMs: 60_000, maxOutputBytes: 1024 * 1024 };

/** A commit id as git prints it (SHA-1 or SHA-256): nothing else reaches git's arguments. */
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * On `pull_request` the checkout is GitHub's merge commit: its first parent is what the PR merges into (the event's
 * `base.sha` can lag behind it when the base branch moved). The parents are read from the raw commit object, which
 * a shallow clone (`fetch-depth: 1`) still has although it hides them from `rev-list`. When HEAD is the PR's head
 * (a `pull_request_target` job or a checkout of the head), the event's base commit is the base. HEAD counts as the
 * merge commit only when its second parent is the event's head: a merge commit the PR's author made cannot pass
 * for GitHub's and choose the base through its first parent.
 */
export async function pullRequestBase(root: string, event: BaseEvent | undefined): Promise<PullRequestBase> {
  if (!event) return { problem: 'This run is not for a pull request, so there is no base to compare with.' };
  if (!SHA.test(event.baseSha) || !SHA.test(event.headSha)) {
    return { problem: `The event's base '${event.baseSha}' or head '${event.headSha}' is not a commit id, so the pull request's base cannot be read.` };
  }
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => undefined);
  if (head === undefined) return { problem: `${root} is not a git checkout, so the pull request's base cannot be read.` };
  const parents = commitParents(await git(root, ['cat-file', 'commit', head]).catch(() => ''));
  const merge = parents.length === 2 && parents[1] === event.headSha;
  const sha = merge ? parents[0]! : event.baseSha;
  if (!(await hasCommit(root, sha))) {
    const depth = merge ? 'fetch-depth: 2 (the merge commit and its parents)' : 'fetch-depth: 0';
    return { problem: `The pull request's base commit ${sha.slice(0, 12)} is not in the clone. Check out with ${depth} so it can be read.` };
  }
  return { sha, how: merge ? 'merge-parent' : 'event' };
}

/**
 * Whether the checkout holds the pull request's changes: HEAD is its head commit, or a merge commit whose second
 * parent is. Undefined when `root` is not a git checkout. On `pull_request_target` actions/checkout takes the base
 * branch by default, and a run there judges the base, not the pull request.
 */
export async function checksOutPullRequest(root: string, headSha: string): Promise<boolean | undefined> {
  const head = await git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => undefined);
  if (head === undefined) return undefined;
  if (head === headSha) return true;
  const parents = commitParents(await git(root, ['cat-file', 'commit', head]).catch(() => ''));
  return parents.length === 2 && parents[1] === headSha;
}

/** The `parent` lines of a raw commit object's header, in order (the first parent first). */
export function commitParents(raw: string): string[] {
  const header = raw.split('\n\n')[0] ?? '';
  return header
    .split('\n')
    .filter((line) => line.startsWith('parent '))
    .map((line) => line.slice('parent '.length).trim());
}

async function hasCommit(root: string, sha: string): Promise<boolean> {
  const type = await git(root, ['cat-file', '-t', sha]).catch(() => undefined);
  return type === 'commit';
}

/** A git command's trimmed stdout; rejects with its stderr when it fails. Offline: git only reads the object store. */
async function git(cwd: string, args: string[]): Promise<string> {
  const result = await execTool('git', args, { cwd, ...GIT_LIMITS });
  if (result.code !== 0) throw new Error(`git ${args[0]}: ${trimStderr(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}
