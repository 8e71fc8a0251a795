// Which files the `paths` globs select: `deploy/**`, `apps/*/overlays/prod`, `!**/test/**`.
import { matchesGlob } from 'node:path/posix';

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
  return selection.includes.some((glob) => matchesGlob(path, glob)) && !selection.excludes.some((glob) => matchesGlob(path, glob));
}
