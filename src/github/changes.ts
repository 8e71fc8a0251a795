// What the pull request changes: `git diff` in the checkout when both commits are there, else GitHub's files API.
import { execTool } from '../render/exec.js';
import { errorMessage } from '../errors.js';
import type { GitHubApi } from './api.js';
import { parseGitDiff, parsePatch, type ChangedFile, type PullRequestChanges } from './diff.js';
import type { PullRequest } from './event.js';

const GIT_LIMITS = { timeoutMs: 60_000, maxOutputBytes: 256 * 1024 * 1024 };

export interface ChangesResult {
  changes?: PullRequestChanges;
  /** Why neither source answered, for one notice. */
  problem?: string;
}

export async function readChanges(pull: PullRequest, checkout: string, api: GitHubApi | undefined): Promise<ChangesResult> {
  const fromGit = await gitChanges(pull, checkout).catch(() => undefined);
  if (fromGit) return { changes: fromGit };
  if (!api) return { problem: 'the base commit is not in the checkout and there is no token for the pull request files API' };
  try {
    const files = await api.listPullRequestFiles(pull.repository, pull.number);
    return { changes: { source: 'api', files: files.map(toChangedFile) } };
  } catch (error) {
    return { problem: `the base commit is not in the checkout (fetch-depth: 0 brings it) and ${errorMessage(error)}` };
  }
}

/**
 * The diff GitHub shows: from the merge base of base and head to head. Undefined when a commit or the merge base is
 * missing (a shallow checkout): the files API answers then. The SHAs were checked to be hex ids in event.ts.
 */
async function gitChanges(pull: PullRequest, checkout: string): Promise<PullRequestChanges | undefined> {
  const git = (args: string[]) => execTool('git', ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', ...args], { cwd: checkout, ...GIT_LIMITS });
  const base = await git(['merge-base', pull.baseSha, pull.headSha]);
  const mergeBase = base.stdout.trim();
  if (base.code !== 0 || !/^[0-9a-f]{40,64}$/.test(mergeBase)) return undefined;
  const diff = await git(['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '-M', mergeBase, pull.headSha, '--']);
  if (diff.code !== 0) return undefined;
  return { source: 'git', files: parseGitDiff(diff.stdout) };
}

const API_STATUSES = new Set<ChangedFile['status']>(['added', 'modified', 'removed', 'renamed', 'copied', 'changed', 'unchanged']);

function toChangedFile(file: { filename: string; status: string; previous_filename?: string; patch?: string }): ChangedFile {
  const status = API_STATUSES.has(file.status as ChangedFile['status']) ? (file.status as ChangedFile['status']) : 'modified';
  return {
    path: file.filename,
    status,
    ...(file.previous_filename && { previousPath: file.previous_filename }),
    // No patch: binary, or too large for the API; the file still counts as changed.
    ...(file.patch !== undefined && status !== 'removed' && { lines: parsePatch(file.patch) }),
  };
}
