// The base commit judged in the same job: a temporary git worktree of it, checked with the pull request's settings.
// Offline (git only reads the local object store), and removed afterwards whatever happens.
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { errorMessage } from '../errors.js';
import { pullRequestBase, type BaseEvent } from '../github/base.js';
import type { Outcome } from '../model.js';
import { execTool, trimStderr } from '../render/exec.js';
import { check, type CheckOptions } from '../runner.js';
import { compareOutcomes, type BaseRun } from './compare.js';

const GIT_LIMITS = { timeoutMs: 120_000, maxOutputBytes: 1024 * 1024 };

/**
 * The pull request's outcome against its base. `base` is the pull request event's commits (the action: the base is
 * what the pull request merges into, see github/base.ts), a ref to judge as it is (the CLI's `--base REF`), or
 * undefined when there is none (not a pull request: nothing can be compared, so every finding counts).
 */
export async function compareWithBase(head: Outcome, options: CheckOptions, base: BaseEvent | string | undefined): Promise<Outcome> {
  return compareOutcomes(head, await judgeBase(options, base));
}

async function judgeBase(options: CheckOptions, base: BaseEvent | string | undefined): Promise<BaseRun> {
  if (base === undefined) return { problem: 'This run is not for a pull request, so there is no base commit to compare with.' };
  if (typeof base === 'string') return checkBase(options, base);
  const root = await realpath(options.root);
  const chosen = await pullRequestBase(root, base);
  if (chosen.sha === undefined) return { problem: chosen.problem };
  const run = await checkBase(options, chosen.sha);
  if (!('problem' in run) && chosen.how === 'event' && (await behind(root, chosen.sha))) {
    return {
      ...run,
      note: `The checkout is not GitHub's merge commit and the base ${chosen.sha.slice(0, 12)} moved on since the pull request branched: findings the base has fixed since count as new here. Check out the merge commit (actions/checkout's default for pull_request) to compare with what the pull request merges into.`,
    };
  }
  return run;
}

/**
 * The findings of exactly the commit `ref` names, with the same settings, config and policies as the pull request:
 * a finding is then new because the objects changed, not because the rules did. Never the merge base of HEAD and
 * `ref`: that is the fork point, which the pull request's author chooses (an old commit that still had the object).
 */
export async function checkBase(options: CheckOptions, ref: string): Promise<BaseRun> {
  const root = await realpath(options.root);
  const top = await git(root, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  if (top === undefined) return { problem: `The base '${ref}' could not be checked: ${root} is not in a git checkout.` };
  const commit = await git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
  if (commit === undefined) return { problem: `The base '${ref}' is not a commit in the checkout. Fetch it (actions/checkout with fetch-depth: 0).` };
  const directory = await mkdtemp(join(tmpdir(), 'kpg-base-'));
  const tree = join(directory, 'tree');
  try {
    // No hooks: a checkout hook is the runner's business, not ours.
    await git(top, ['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--detach', '--quiet', tree, commit]);
    const outcome = await check({ ...samePolicies(options, root), root: join(tree, relative(await realpath(top), root)), workspace: tree, onRendered: undefined });
    return { commit, findings: outcome.findings };
  } catch (error) {
    return { problem: `The base commit ${commit.slice(0, 12)} could not be checked: ${errorMessage(error)}` };
  } finally {
    await git(top, ['worktree', 'remove', '--force', tree]).catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
    await git(top, ['worktree', 'prune']).catch(() => undefined);
  }
}

/** Whether `base` is not an ancestor of HEAD (the base moved on since HEAD branched); false when git cannot tell. */
async function behind(root: string, base: string): Promise<boolean> {
  const result = await execTool('git', ['merge-base', '--is-ancestor', base, 'HEAD'], { cwd: root, ...GIT_LIMITS });
  return result.code === 1;
}

/** The pull request's own policy files judge the base too: their relative paths made absolute in its checkout. */
function samePolicies(options: CheckOptions, root: string): CheckOptions {
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(root, path));
  return { ...options, policyBundles: options.policyBundles.map(absolute), policyData: options.policyData.map(absolute) };
}

/** A git command's trimmed stdout; rejects with its stderr when it fails. */
async function git(cwd: string, args: string[]): Promise<string> {
  const result = await execTool('git', args, { cwd, ...GIT_LIMITS });
  if (result.code !== 0) throw new Error(`git ${args.find((arg) => !arg.startsWith('-') && !arg.includes('='))}: ${trimStderr(result.stderr) || `exit ${result.code}`}`);
  return result.stdout.trim();
}
