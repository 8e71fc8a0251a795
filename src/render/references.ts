// What a kustomization entry asks kustomize to fetch, read as kustomize reads it: a git repository (a port of
// NewRepoSpecFromURL, sigs.k8s.io/kustomize/api v0.21 internal/git/repospec.go), a file over http(s)
// (loader.IsRemoteFile), or nothing (a local path). Hand-written because the only reference is Go code: a URL or
// ref that reaches git unchecked is a command (`?ref=--upload-pack=sh`), so the reading has to be kustomize's own.

/** A remote reference found in an entry, for the message that refuses it. */
export interface RemoteReference {
  kind: 'git' | 'http';
  /** For git: `https://`, `ssh://`, `http://`, `file://`, or '' for the SCP form (git@host:org/repo). */
  scheme: string;
  /** For git: the query after `?` (ref, version, timeout, submodules). */
  query: string;
}

/** Entries of these fields may be kustomizations: kustomize clones a git URL there; others are only loaded as files. */
export type EntryKind = 'base' | 'file';

/**
 * The remote reference in `entry`, or undefined for a local path. For a `base` entry kustomize first tries an http(s)
 * GET, then a git clone; for a `file` entry only the GET. Anything with a scheme other than http(s) that kustomize
 * would not read as a local path counts as remote too, so that it is refused rather than guessed at.
 */
export function remoteReference(entry: string, kind: EntryKind): RemoteReference | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(entry)?.[1]?.toLowerCase();
  if (kind === 'file') return scheme === 'http' || scheme === 'https' ? { kind: 'http', scheme: `${scheme}://`, query: '' } : undefined;
  const git = gitRepoSpec(entry);
  if (git) return { kind: 'git', scheme: git.scheme, query: git.query };
  if (scheme === 'http' || scheme === 'https') return { kind: 'http', scheme: `${scheme}://`, query: '' };
  // `ext::sh -c …`, `git::file:…` that kustomize's parser rejects: not a path anyone means, and refused as one.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[a-z][a-z0-9+.-]*::/i.test(entry)) return { kind: 'git', scheme: entry.slice(0, entry.indexOf(':')), query: '' };
  return undefined;
}

const SCHEMES = ['ssh://', 'https://', 'http://', 'file://'];

/** kustomize's reading of a git URL: undefined where it would treat the entry as a local path. */
export function gitRepoSpec(entry: string): { scheme: string; cloneSpec: string; query: string } | undefined {
  if (entry.startsWith('/')) return undefined;
  const cut = entry.indexOf('?');
  const query = cut < 0 ? '' : entry.slice(cut + 1);
  let rest = cut < 0 ? entry : entry.slice(0, cut);
  if (rest.slice(0, 5).toLowerCase() === 'git::') rest = rest.slice(5);
  const scheme = SCHEMES.find((prefix) => rest.slice(0, prefix.length).toLowerCase() === prefix) ?? '';
  rest = rest.slice(scheme.length);
  const username = /^[a-zA-Z][a-zA-Z0-9-]*@/.exec(rest)?.[0] ?? '';
  rest = rest.slice(username.length);
  const github = /^github\.com[/:]/i.test(rest);
  const scp = scheme === '' && (username !== '' || github);
  if (scheme === '' && !scp) return undefined;
  if (scheme === 'file://') {
    const repoPath = splitRepoPath(username + rest, Infinity);
    return repoPath === undefined ? undefined : { scheme, cloneSpec: scheme + repoPath, query };
  }
  let host = rest;
  let path = '';
  const separator = pathSeparator(rest, scp);
  if (separator >= 0) [host, path] = [rest.slice(0, separator + 1), rest.slice(separator + 1)];
  let normalized = scheme + username;
  if (github) {
    host = scheme === 'ssh://' || username ? 'github.com:' : 'github.com/';
    normalized = scheme === 'ssh://' || username ? username : 'https://';
  }
  if (host === '') return undefined;
  const repoPath = splitRepoPath(path, 2);
  if (repoPath === undefined) return undefined;
  return { scheme: github && normalized === 'https://' ? 'https://' : scheme, cloneSpec: normalized + host + repoPath, query };
}

function pathSeparator(hostPath: string, scp: boolean): number {
  let separator = hostPath.indexOf('/');
  if (scp) {
    const colon = hostPath.indexOf(':');
    if (separator === -1 || (colon > 0 && colon < separator)) separator = colon;
  }
  return separator;
}

/** The repository part of a URL path (before `_git/<repo>`, `//`, `.git`, or the first `segments` segments). */
function splitRepoPath(path: string, segments: number): string | undefined {
  let repo: string;
  let kustomizationRoot: string;
  const gitRoot = path.indexOf('_git/');
  const doubleSlash = path.indexOf('//');
  const dotGit = path.indexOf('.git');
  if (gitRoot >= 0) {
    const [first = '', ...others] = path.slice(gitRoot + 5).split('/');
    [repo, kustomizationRoot] = [path.slice(0, gitRoot + 5) + first, others.join('/')];
  } else if (doubleSlash >= 0) {
    [repo, kustomizationRoot] = [path.slice(0, doubleSlash), path.slice(doubleSlash + 2)];
  } else if (dotGit >= 0) {
    [repo, kustomizationRoot] = [path.slice(0, dotGit + 4), path.slice(dotGit + 4)];
  } else if (segments === Infinity) {
    [repo, kustomizationRoot] = [path, ''];
  } else {
    const parts = path.split('/');
    if (parts.length < segments) return undefined;
    [repo, kustomizationRoot] = [parts.slice(0, segments).join('/'), parts.slice(segments).join('/')];
  }
  if (repo === '') return undefined;
  // kustomize treats a path that climbs out of the repository (filepath.Clean keeps a leading '..') as no git URL.
  const cleaned: string[] = [];
  for (const part of kustomizationRoot.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && cleaned.length && cleaned.at(-1) !== '..') cleaned.pop();
    else cleaned.push(part);
  }
  if (cleaned[0] === '..') return undefined;
  return repo;
}

/**
 * The URLs kustomize fetches for a remote entry it may fetch (see remoteProblem), for netguard.ts to check first: the
 * entry itself when it is an http(s) URL (kustomize GETs that first), and the repository git clones (github.com/org/repo
 * shorthand included, as https://github.com/…).
 */
export function remoteUrls(entry: string, kind: EntryKind): string[] {
  const urls = /^https?:\/\//i.test(entry) ? [entry] : [];
  const git = kind === 'base' ? gitRepoSpec(entry) : undefined;
  if (git && /^https?:\/\//i.test(git.cloneSpec)) urls.push(git.cloneSpec);
  return urls;
}

/** A git ref or commit: what `?ref=`/`?version=` may hold. Never an option (`--upload-pack=…`), never a space. */
const GIT_REF = /^[A-Za-z0-9_][A-Za-z0-9._/+-]{0,254}$/;
const QUERY_VALUES: Record<string, RegExp> = {
  ref: GIT_REF,
  version: GIT_REF,
  timeout: /^\d{1,6}(ms|s|m|h)?$/,
  submodules: /^(true|false|1|0|t|f|TRUE|FALSE|True|False)$/,
};

/**
 * Why kustomize must not be given this remote reference, or undefined when it may fetch it: with the network off
 * nothing remote at all; with it on, a git repository over https only, with a ref that is a ref, and files over https.
 */
export function remoteProblem(entry: string, reference: RemoteReference, network: boolean): string | undefined {
  const what = reference.kind === 'git' ? 'a git repository' : 'a file on the network';
  if (!network) return `'${entry}' is ${what}: the network is off (set allow-network to true to fetch it, or vendor it into the repository)`;
  if (reference.scheme !== 'https://') return `'${entry}' is ${what} over ${reference.scheme.replace('://', '') || 'ssh'}: only https:// is fetched`;
  if (/[\s\p{Cc}]/u.test(entry)) return `'${entry}' holds a space or a control character, which no URL kustomize should fetch has`;
  if (reference.kind === 'http') return undefined;
  for (const [name, value] of new URLSearchParams(reference.query)) {
    const allowed = QUERY_VALUES[name];
    if (!allowed) return `'${entry}' has the query parameter '${name}', which kustomize does not read from a git URL (ref, version, timeout, submodules)`;
    if (!allowed.test(value)) return `'${entry}' has ${name} '${value}', which is not a git ref (letters, digits, '.', '_', '/', '+' and '-', not starting with '-')`;
  }
  return undefined;
}
