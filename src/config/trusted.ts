// The base branch's config file, read from the base commit (git, offline) or GitHub's contents API: the settings a
// pull request may tighten but not loosen (trust.ts). An edge: it runs git and talks to GitHub.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import { connectGitHub, type ContentsApi } from '../github/api.js';
import { pullRequestBase } from '../github/base.js';
import { readPullRequest, type PullRequest } from '../github/event.js';
import type { Severity } from '../model.js';
import { defaultBundleDir, parseRules } from '../policy/bundle.js';
import { execTool, trimStderr } from '../render/exec.js';
import { MAX_CONFIG_BYTES } from './document.js';
import { DEFAULT_CONFIG_FILES, loadConfig } from './load.js';
import type { TrustOptions } from './settings.js';
import type { TrustedBase } from './trust.js';

const GIT_LIMITS = { timeoutMs: 60_000, maxOutputBytes: MAX_CONFIG_BYTES + 1024 };

/** The files a config may be at: the one the workflow names, else the default names. */
function candidates(named: string): string[] {
  return named.trim() ? [named.trim()] : [...DEFAULT_CONFIG_FILES];
}

/**
 * The action: on an event with a pull request (`pull_request`, `pull_request_target`) its base's config; on any
 * other event (a push, a schedule) none, and the config applies as written. `configInput` is the `config` input.
 */
export async function pullRequestTrust(configInput: string, workspace: string, token: string, env: Record<string, string | undefined>): Promise<TrustOptions> {
  const pull = readPullRequest(readJson(env.GITHUB_EVENT_PATH), env);
  if (!pull) return { base: { kind: 'as-is' } };
  const connect = token ? () => connectGitHub(token, env.GITHUB_API_URL || 'https://api.github.com') : undefined;
  return { base: await baseOfPullRequest(workspace, configInput, pull, connect), severityOf: bundledSeverities() };
}

/** `--trusted-config-from REF` (or `--base REF`): REF's config decides what the working tree's may loosen. */
export async function refTrust(configFlag: string, root: string, ref: string): Promise<TrustOptions> {
  return { base: await baseOfRef(root, configFlag, ref), severityOf: bundledSeverities() };
}

/** The bundled rules' own severities, so a re-grade is known to raise or lower; none when the bundle cannot be read (then compared conservatively). */
function bundledSeverities(): (id: string) => Severity | undefined {
  let rules: Map<string, Severity>;
  try {
    const path = join(defaultBundleDir(), 'rules.json');
    rules = new Map(parseRules(path, readFileSync(path)).map((rule) => [rule.id, rule.severity]));
  } catch {
    rules = new Map();
  }
  return (id) => rules.get(id);
}

/** The event payload; undefined when there is none or it is not JSON (then this is no pull request). */
function readJson(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A pull request's base: the commit it merges into (github/base.ts), its config read offline from the clone; when
 * the clone lacks that commit, read through the contents API at the event's base commit; when neither can, the
 * problem (then nothing in the PR's config may loosen the defaults).
 */
export async function baseOfPullRequest(workspace: string, named: string, pull: PullRequest, connect?: () => Promise<ContentsApi>): Promise<TrustedBase> {
  const base = await pullRequestBase(workspace, { baseSha: pull.baseSha, headSha: pull.headSha });
  if (base.sha !== undefined) return parsedAt(base.sha, named, await readAtCommit(workspace, base.sha, candidates(named)));
  if (!connect) return { kind: 'unreadable', problem: `${base.problem} There is no github-token to read it from GitHub instead.` };
  try {
    const api = await connect();
    const prefix = await repositoryPrefix(workspace);
    const texts = new Map<string, string | undefined>();
    for (const name of candidates(named)) texts.set(name, await api.readFile(pull.repository, `${prefix}${name}`, pull.baseSha, MAX_CONFIG_BYTES));
    return parsedAt(pull.baseSha, named, { texts });
  } catch (error) {
    return { kind: 'unreadable', problem: `${base.problem} Reading it from GitHub failed too: ${errorMessage(error)}` };
  }
}

/** `--trusted-config-from REF` (or `--base REF`) on the command line: REF's config, offline. */
export async function baseOfRef(workspace: string, named: string, ref: string): Promise<TrustedBase> {
  const commit = await git(workspace, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => undefined);
  if (commit === undefined) return { kind: 'unreadable', problem: `The commit '${ref}' is not in the repository at ${workspace}.` };
  return parsedAt(commit, named, await readAtCommit(workspace, commit, candidates(named)));
}

type Read = { texts: Map<string, string | undefined> } | { problem: string };

/** The base's config parsed; one that does not parse (or read) counts as unreadable, never as "no config". */
function parsedAt(commit: string, named: string, read: Read): TrustedBase {
  if ('problem' in read) return { kind: 'unreadable', problem: read.problem };
  // The file the workflow names, missing at the base: the base has no config (loadConfig would call it a typo).
  if (named.trim() && read.texts.get(named.trim()) === undefined) return { kind: 'commit', commit };
  try {
    const config = loadConfig((path) => read.texts.get(path), named);
    return { kind: 'commit', commit, ...(config && { config }) };
  } catch (error) {
    return { kind: 'unreadable', problem: `The base commit ${commit.slice(0, 12)}'s config is not valid: ${errorMessage(error)}` };
  }
}

/**
 * Each candidate file at the commit, from the object store alone (no checkout, no network): its tree entry, then
 * the blob. A link or a directory there is not a config; a file over the limit is refused before it is read whole.
 */
async function readAtCommit(cwd: string, commit: string, names: string[]): Promise<Read> {
  const texts = new Map<string, string | undefined>();
  try {
    for (const name of names) {
      // `./` makes the path relative to the checked directory, as the config input is, wherever the repository's top is.
      const entry = await git(cwd, ['ls-tree', '-z', '--long', commit, '--', `./${name}`]);
      if (!entry) {
        texts.set(name, undefined);
        continue;
      }
      const [mode, type, blob, size] = entry.split('\t')[0]!.split(/\s+/);
      if (type !== 'blob' || !mode?.startsWith('100')) throw new Error(`${name} is not a regular file there (mode ${mode})`);
      if (Number(size) > MAX_CONFIG_BYTES) throw new Error(`${name} is ${size} bytes there; expected at most ${MAX_CONFIG_BYTES}`);
      texts.set(name, await git(cwd, ['cat-file', 'blob', blob!], false));
    }
    return { texts };
  } catch (error) {
    return { problem: `The config at the base commit ${commit.slice(0, 12)} could not be read: ${errorMessage(error)}` };
  }
}

/** The workspace's place in its repository (`deploy/` when the checkout is a subdirectory), for the contents API. */
async function repositoryPrefix(workspace: string): Promise<string> {
  return git(workspace, ['rev-parse', '--show-prefix']).catch(() => '');
}

/** A git command's stdout (trimmed unless it is file content); rejects with its stderr when it fails. */
async function git(cwd: string, args: string[], trim = true): Promise<string> {
  const result = await execTool('git', args, { cwd, ...GIT_LIMITS });
  if (result.code !== 0) throw new Error(`git ${args[0]}: ${trimStderr(result.stderr) || (result.overflowed ? 'output too big' : `exit ${result.code}`)}`);
  return trim ? result.stdout.trim() : result.stdout;
}
