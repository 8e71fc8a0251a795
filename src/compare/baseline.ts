// The base commit judged in the same job: a temporary git worktree of it, checked with the pull request's settings.
// Offline (git only reads the local object store), and removed afterwards whatever happens.
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { errorMessage } from '../errors.js';
import type { Outcome } from '../model.js';
import { execTool, trimStderr } from '../render/exec.js';
import { check, type CheckOptions } from '../runner.js';
import { compareOutcomes, type BaseRun } from './compare.js';

const GIT_LIMITS = { timeoutMs: 120_000, maxOutputBytes: 1024 * 1024 };

/** The pull request's outcome against the base commit `ref` (undefined: no base known, so every finding is new). */
export async function compareWithBase(head: Outcome, options: CheckOptions, ref: string | undefined): Promise<Outcome> {
  const base: BaseRun = ref === undefined ? { problem: 'There is no base commit to compare with (not a pull request event): every finding counts as new.' } : await checkBase(options, ref);
  return compareOutcomes(head, base);
}

/**
 * The base's findings with the same settings, config and policies as the pull request: a finding is then new because
 * the objects changed, not because the rules did. The merge base of HEAD and `ref` is judged, so a branch behind
 * its base is not blamed for what the base changed since (for GitHub's merge commit it is the base commit itself).
 */
export async function checkBase(options: CheckOptions, ref: string): Promise<BaseRun> {
  const root = await realpath(options.root);
  const top = await git(root, ['rev-parse', '--show-toplevel']).catch(() => undefined);
  if (top === undefined) return { problem: `The base '${ref}' could not be checked: ${root} is not in a git checkout. Every finding counts as new.` };
  const commit = await git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
  if (commit === undefined) {
    return { problem: `The base commit '${ref}' is not in the checkout, so every finding counts as new. Fetch it (actions/checkout with fetch-depth: 0).` };
  }
  const judged = (await git(top, ['merge-base', 'HEAD', commit]).catch(() => undefined)) ?? commit;
  const directory = await mkdtemp(join(tmpdir(), 'kpg-base-'));
  const tree = join(directory, 'tree');
  try {
    // No hooks: a checkout hook is the runner's business, not ours.
    await git(top, ['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--detach', '--quiet', tree, judged]);
    const outcome = await check({ ...samePolicies(options, root), root: join(tree, relative(await realpath(top), root)), workspace: tree, onRendered: undefined });
    return { commit: judged, findings: outcome.findings };
  } catch (error) {
    return { commit: judged, problem: `The base commit ${judged.slice(0, 12)} could not be checked, so every finding counts as new: ${errorMessage(error)}` };
  } finally {
    await git(top, ['worktree', 'remove', '--force', tree]).catch(() => undefined);
    await rm(directory, { recursive: true, force: true });
    await git(top, ['worktree', 'prune']).catch(() => undefined);
  }
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
