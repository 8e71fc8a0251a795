// Which revision of this repository a GitOps source deploys (a branch, tag, semver range or commit), and whether that
// revision is the one checked here: a source on another ref deploys that ref, not this pull request.
import { readFileSync } from 'node:fs';
import { execTool } from '../../render/exec.js';

/** What this checkout is, as far as the clone and the workflow tell. */
export interface Checkout {
  /**
   * Branches whose content is this checkout: the pull request's base (what it merges into) and head, the branch a push
   * ran on, the branch checked out, and locally the remote's default branch (where a local change goes). Empty when
   * nothing tells (no git, a detached HEAD outside a workflow): then a branch is taken to be this checkout, as before.
   */
  branches: string[];
  /** The tag a workflow runs on (a push of a tag). */
  tags: string[];
  /** The repository's default branch (what Argo CD's `HEAD` means), when known. */
  defaultBranch?: string;
}

/** A source's revision as its controller resolves it. `label` names it for a message. */
export type Revision =
  | { kind: 'branch'; name: string; label: string }
  | { kind: 'tag'; name: string; label: string }
  | { kind: 'default'; label: string }
  | { kind: 'other'; label: string }
  | { kind: 'unknown'; name: string; label: string };

const GIT_LIMITS = { timeoutMs: 10_000, maxOutputBytes: 64 * 1024 };

/**
 * This checkout's branches: from the workflow's environment (GITHUB_BASE_REF and GITHUB_HEAD_REF on a pull request,
 * GITHUB_REF on a push) and the event's repository.default_branch; from git, the branch checked out and origin/HEAD.
 * Git only reads refs here (no network).
 */
export async function checkoutRevisions(root: string, env: NodeJS.ProcessEnv = process.env): Promise<Checkout> {
  const branches = new Set<string>();
  const tags = new Set<string>();
  for (const name of [env.GITHUB_BASE_REF, env.GITHUB_HEAD_REF]) if (name) branches.add(name);
  // On a pull request GITHUB_REF is refs/pull/N/merge, which no source names; on a push it is the branch or tag pushed.
  const ref = env.GITHUB_REF ?? '';
  if (ref.startsWith('refs/heads/')) branches.add(ref.slice('refs/heads/'.length));
  if (ref.startsWith('refs/tags/')) tags.add(ref.slice('refs/tags/'.length));
  const current = await gitRef(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (current) branches.add(current);
  const remoteHead = (await gitRef(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']))?.replace(/^origin\//, '');
  const defaultBranch = eventDefaultBranch(env.GITHUB_EVENT_PATH) ?? remoteHead;
  // Outside a workflow a local change goes to the default branch; in one, the base branch says where it goes.
  if (remoteHead && !env.GITHUB_BASE_REF) branches.add(remoteHead);
  return { branches: [...branches], tags: [...tags], ...(defaultBranch && { defaultBranch }) };
}

/** `repository.default_branch` of the workflow's event payload, when there is one. */
function eventDefaultBranch(path: string | undefined): string | undefined {
  if (!path) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { repository?: { default_branch?: unknown } };
    const name = event.repository?.default_branch;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

async function gitRef(root: string, args: string[]): Promise<string | undefined> {
  const result = await execTool('git', ['-C', root, ...args], { cwd: root, ...GIT_LIMITS }).catch(() => undefined);
  return result?.code === 0 ? result.stdout.trim() || undefined : undefined;
}

/**
 * A Flux GitRepository's `spec.ref`: commit, then name, semver, tag, branch take precedence in that order, and no ref
 * at all is the branch `master` (source-controller docs, GitRepository "Reference").
 */
export function fluxRevision(ref: Record<string, unknown>): Revision {
  const text = (key: string) => (typeof ref[key] === 'string' && ref[key] !== '' ? (ref[key] as string) : undefined);
  const commit = text('commit');
  if (commit) return { kind: 'other', label: `commit '${commit}'` };
  const name = text('name');
  if (name?.startsWith('refs/heads/')) return branch(name.slice('refs/heads/'.length));
  if (name?.startsWith('refs/tags/')) return { kind: 'tag', name: name.slice('refs/tags/'.length), label: `tag '${name.slice('refs/tags/'.length)}'` };
  if (name) return { kind: 'other', label: `ref '${name}'` };
  const semver = text('semver');
  if (semver) return { kind: 'other', label: `the tags matching '${semver}'` };
  const tag = text('tag');
  if (tag) return { kind: 'tag', name: tag, label: `tag '${tag}'` };
  const named = text('branch');
  return named ? branch(named) : { kind: 'branch', name: 'master', label: `branch 'master' (Flux's default without spec.ref)` };
}

/**
 * An Argo CD source's `targetRevision`: empty or `HEAD` is the repository's default branch; a full commit id, a
 * `refs/tags/` ref or a semver constraint is no branch; anything else is a branch or a tag, which only the clone tells.
 */
export function argoRevision(targetRevision: unknown): Revision {
  const value = typeof targetRevision === 'string' ? targetRevision.trim() : '';
  if (value === '' || value === 'HEAD') return { kind: 'default', label: `${value === '' ? 'no targetRevision' : "'HEAD'"} (the default branch)` };
  if (value.startsWith('refs/heads/')) return branch(value.slice('refs/heads/'.length));
  if (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value)) return { kind: 'other', label: `commit '${value}'` };
  if (value.startsWith('refs/tags/')) return { kind: 'tag', name: value.slice('refs/tags/'.length), label: `tag '${value.slice('refs/tags/'.length)}'` };
  if (value.startsWith('refs/')) return { kind: 'other', label: `ref '${value}'` };
  // Only a range's operators are looked for (Masterminds constraints: ~ ^ * x < > = || and a - b), to tell it from a
  // branch name; nothing here compares versions, so no semver library is needed.
  if (/[~^*<>=|]|\s-\s/.test(value)) return { kind: 'other', label: `the tags matching '${value}'` };
  if (/^v?\d+\.\d+(\.\d+)?([-+][\w.-]*)?$/.test(value)) return { kind: 'tag', name: value, label: `tag '${value}'` };
  return { kind: 'unknown', name: value, label: `revision '${value}'` };
}

function branch(name: string): Revision {
  return { kind: 'branch', name, label: `branch '${name}'` };
}

/**
 * Whether a revision deploys what is checked here. A branch is when it is one of the checkout's branches (or when
 * nothing tells which branch this is); the default branch is when it is one of them (or unknown); a tag only when the
 * workflow runs on it; a commit, semver range or other ref never.
 */
export function isThisRevision(revision: Revision, checkout: Checkout): boolean {
  switch (revision.kind) {
    case 'branch':
      return !checkout.branches.length || checkout.branches.includes(revision.name);
    case 'default':
      return checkout.defaultBranch === undefined || !checkout.branches.length || checkout.branches.includes(checkout.defaultBranch);
    case 'tag':
      return checkout.tags.includes(revision.name);
    case 'unknown':
      return !checkout.branches.length || checkout.branches.includes(revision.name) || checkout.tags.includes(revision.name);
    case 'other':
      return false;
  }
}

/** How a message names what is checked here, so a reader sees why the revision differs. */
export function describeCheckout(checkout: Checkout): string {
  const names = [...checkout.branches.map((name) => `'${name}'`), ...checkout.tags.map((name) => `tag '${name}'`)];
  return names.length ? `this checkout (${names.join(', ')})` : 'this checkout';
}
