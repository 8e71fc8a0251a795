// Which files the `paths` globs select: `deploy/**`, `apps/*/overlays/prod`, `!**/test/**`.
import { matchesGlob } from 'node:path/posix';
import { ConfigError } from '../errors.js';

export interface Selection {
  includes: string[];
  excludes: string[];
}

/** Splits patterns into includes and `!` excludes; a bare directory or `.` means everything below it. */
export function parseSelection(patterns: string[]): Selection {
  const includes: string[] = [];
  const excludes: string[] = [];
  for (const raw of patterns) {
    const pattern = raw.trim();
    if (!pattern) continue;
    if (pattern.startsWith('!')) excludes.push(...expand(pattern.slice(1)));
    else includes.push(...expand(pattern));
  }
  return { includes: includes.length ? includes : ['**'], excludes };
}

function expand(pattern: string): string[] {
  const clean = pattern.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (clean === '' || clean === '.') return ['**'];
  // `deploy` selects the file `deploy` and everything under the directory `deploy`.
  return /[*?[\]{}]/.test(clean) && clean.endsWith('**') ? [clean] : [clean, `${clean}/**`];
}

export function isSelected(path: string, selection: Selection): boolean {
  return selection.includes.some((glob) => matchesPath(path, glob)) && !selection.excludes.some((glob) => matchesPath(path, glob));
}

/**
 * `matchesGlob` with dot files matched like any other (`**` selects `.deploy/pod.yaml`, and an exclusion reaches
 * `.ci/test/` too): node:path has no `dot` option, and picomatch would be a new dependency with separate types.
 * A leading dot of each segment, in path and pattern alike, becomes a character that wildcards match.
 */
function matchesPath(path: string, glob: string): boolean {
  return matchesGlob(hideDots(path), hideDots(glob));
}

function hideDots(text: string): string {
  return text.replace(/(^|[/{,])\.(?=[^/])/g, '$1\u0001');
}

/**
 * True when an include pattern names this directory literally (`vendor`, `vendor/**`, `apps/vendor/x`): the
 * user asked for a directory that the walk skips by default. A bare `**` or `.` names nothing in particular.
 */
export function namesDirectory(path: string, selection: Selection): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return selection.includes.some((glob) => {
    const segments = glob.split('/');
    return segments.some((segment, index) => segment === name && matchesPath(path, segments.slice(0, index + 1).join('/')));
  });
}

/**
 * Include patterns that select none of `files`: a typo (`deploy/**` in a repository without deploy/) must fail the
 * run, not pass it for having checked nothing. `.` and a bare `**` are left out: an empty repository is for
 * allow-empty to judge.
 */
export function unmatchedPatterns(patterns: string[], files: string[]): string[] {
  return patterns
    .map((raw) => raw.trim())
    .filter((pattern) => pattern !== '' && !pattern.startsWith('!'))
    .filter((pattern) => {
      const globs = expand(pattern);
      if (globs.includes('**')) return false;
      return !files.some((file) => globs.some((glob) => matchesPath(file, glob)));
    });
}

/** Fails on a `paths` entry that selects nothing in the listing (walked files, and those of skipped directories or links). */
export function checkPaths(paths: string[], listing: { files: string[]; skippedDirectories: { files: string[] }[]; skippedLinks: { path: string }[] }): void {
  const everything = [...listing.files, ...listing.skippedDirectories.flatMap((directory) => directory.files), ...listing.skippedLinks.map((link) => link.path)];
  const unmatched = unmatchedPatterns(paths, everything);
  if (unmatched.length) {
    throw new ConfigError(`Invalid paths entry ${unmatched.map((pattern) => `'${pattern}'`).join(', ')}: it matches no file. Expected a file, directory or glob that exists, relative to the repository root.`);
  }
}
