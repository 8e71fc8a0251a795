// Lists the repository's files (POSIX, repository-relative): every directory but .git, dependency directories on request.
// Symbolic links are followed as kustomize and helm follow them, but only within the checkout and never into .git.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { namesDirectory, parseSelection, type Selection } from './select.js';

/** Vendored dependencies and caches: rarely what a pull request deploys, often thousands of files. */
const DEPENDENCY_DIRECTORIES = new Set(['node_modules', 'vendor', '__pycache__']);

/** Files that could hold manifests; what a skipped directory is reported for. */
export const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface Listing {
  files: string[];
  /** Links not followed, with why (outside the checkout, into .git, broken); reported, never dropped silently. */
  skippedLinks: SkippedLink[];
  /** Dependency directories not walked that hold YAML or JSON files; reported as not checked. */
  skippedDirectories: SkippedDirectory[];
}

export interface SkippedLink {
  path: string;
  reason: string;
  /** The link points at a directory (as far as can be told). */
  directory: boolean;
}

export interface SkippedDirectory {
  path: string;
  /** Repository-relative YAML and JSON files below it (links not followed). */
  files: string[];
}

/**
 * Files and directories walked at most: past this the run stops with a configuration error rather than spend
 * minutes listing, copying (render/sandbox.ts) and reading a tree no GitOps repository needs (200,000 files took
 * 134 s, most of it copying). Checking a part of such a repository is what working-directory (--root) is for.
 */
export const MAX_WALKED_ENTRIES = 100_000;

export interface WalkOptions {
  /** Files and directories walked at most (default MAX_WALKED_ENTRIES); tests set a small one. */
  maxEntries?: number;
}

/** `paths`: the user's selection; a dependency directory it names (`vendor/charts`) is walked like any other. */
export async function listFiles(root: string, paths: string[] = [], { maxEntries = MAX_WALKED_ENTRIES }: WalkOptions = {}): Promise<Listing> {
  const realRoot = await realpath(root);
  const selection = parseSelection(paths);
  const listing: Listing = { files: [], skippedLinks: [], skippedDirectories: [] };
  const linkedDirectories = new Set<string>();
  // Real paths of the directories above, so a link back up is a loop, not a deeper tree. One set, added to on the
  // way down and taken from on the way up: a copied list per level, and a realpath per directory (a syscall that
  // walks every component), made 1,400 nested levels take 40 s.
  const ancestors = new Set<string>([realRoot]);
  let walked = 0;
  const visit = async (directory: string, real: string): Promise<void> => {
    const entries = await readDirectory(root, directory);
    walked += entries.length;
    if (walked > maxEntries) throw tooManyEntries(walked, maxEntries);
    for (const entry of entries) {
      // .git holds the persisted token and the object store, never manifests; a worktree's .git is a file.
      if (entry.name === '.git') continue;
      const path = directory ? `${directory}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      // A directory that is no link lies where its parent's real path says: no realpath needed.
      let target = join(real, entry.name);
      if (entry.isSymbolicLink()) {
        const resolved = await resolveLink(join(root, path), realRoot);
        if ('reason' in resolved) {
          listing.skippedLinks.push({ path, reason: resolved.reason, directory: resolved.isDirectory });
          continue;
        }
        if (resolved.isDirectory && (ancestors.has(resolved.real) || linkedDirectories.has(resolved.real))) continue;
        if (resolved.isDirectory) linkedDirectories.add(resolved.real);
        ({ isDirectory, isFile } = resolved);
        target = resolved.real;
      }
      if (isDirectory && isSkipped(path, entry.name, selection)) {
        const files = await manifestFilesBelow(root, path);
        if (files.length) listing.skippedDirectories.push({ path, files });
      } else if (isDirectory) {
        ancestors.add(target);
        await visit(path, target);
        ancestors.delete(target);
      } else if (isFile) {
        listing.files.push(path);
      }
    }
  };
  await visit('', realRoot);
  listing.files.sort();
  listing.skippedDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return listing;
}

async function readDirectory(root: string, directory: string): Promise<Dirent[]> {
  try {
    return await readdir(join(root, directory), { withFileTypes: true });
  } catch (error) {
    // ENAMETOOLONG past about 2,000 nested levels, EACCES: a tree the gate cannot walk is not a tree it checked.
    throw new ConfigError(`Directory '${directory || '.'}' of the repository could not be read (${errorMessage(error)}). Expected a tree of readable directories.`);
  }
}

function tooManyEntries(walked: number, maxEntries: number): ConfigError {
  return new ConfigError(
    `The repository holds more than ${maxEntries.toLocaleString('en-US')} files and directories (${walked.toLocaleString('en-US')} counted so far, .git and dependency directories left out): ` +
      'more than kube-policy-gate walks and copies for rendering. Set working-directory (--root on the command line) to the directory that deploys: only its tree is walked.',
  );
}

function isSkipped(path: string, name: string, selection: Selection): boolean {
  return DEPENDENCY_DIRECTORIES.has(name) && !namesDirectory(path, selection);
}

/**
 * Only counted, for the notice. With file types a recursive readdir does not follow links (without them it does,
 * into loops and out of the checkout), so only regular files below the directory itself are listed.
 */
async function manifestFilesBelow(root: string, directory: string): Promise<string[]> {
  const base = join(root, directory);
  try {
    const entries = await readdir(base, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && MANIFEST_EXTENSIONS.test(entry.name))
      .map((entry) => `${directory}/${relative(base, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
      .sort();
  } catch {
    return [];
  }
}

type LinkTarget = { real: string; isDirectory: boolean; isFile: boolean } | { reason: string; isDirectory: boolean };

async function resolveLink(path: string, realRoot: string): Promise<LinkTarget> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    return { reason: 'a broken symbolic link', isDirectory: false };
  }
  const info = await stat(real);
  const inside = relative(realRoot, real);
  // On Windows a target on another drive has no relative path: `relative` returns it absolute.
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return { reason: `a symbolic link to ${real}, outside the checkout`, isDirectory: info.isDirectory() };
  }
  if (inside.split(sep).includes('.git')) {
    return { reason: `a symbolic link into .git (${inside.split(sep).join('/')})`, isDirectory: info.isDirectory() };
  }
  return { real, isDirectory: info.isDirectory(), isFile: info.isFile() };
}
