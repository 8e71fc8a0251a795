// "Did you mean": the closest known name to a mistyped one, by edit distance; for a file, among its neighbours.
import { basename, dirname, join } from 'node:path/posix';

/** ` (did you mean 'privileged'?)` when a known name is close enough to be the one meant, else nothing. */
export function suggestion(word: string, known: readonly string[]): string {
  const best = closest(word, known);
  return best === undefined ? '' : ` (did you mean '${best}'?)`;
}

/**
 * The known name fewest edits away, if within a third of the word's length (at least 2): beyond that the
 * "closest" name is a guess that misleads more than it helps.
 */
export function closest(word: string, known: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counted as one edit (`privilgeed`), two rows at a time. */
export function editDistance(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, before[j - 2]! + 1);
      current.push(distance);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The file meant by a repository path that does not exist: in its directory, one whose name starts with the written
 * one (`values-prod.yaml` → `values-production.yaml`, an abbreviation more edits away than closest() allows), else
 * the name fewest edits away; else a file of that name in another directory. Undefined when none is close.
 */
export function closestFile(path: string, files: Iterable<string>): string | undefined {
  const directory = dirname(path);
  const name = basename(path);
  const stem = name.replace(/\.[^.]*$/, '').toLowerCase();
  const all = [...files];
  const extension = (file: string) => /\.[^.]*$/.exec(file)?.[0].toLowerCase() ?? '';
  const siblings = all.filter((file) => dirname(file) === directory).map((file) => basename(file));
  const longer = siblings
    .filter((sibling) => stem.length >= 3 && sibling.toLowerCase() !== name.toLowerCase() && sibling.toLowerCase().startsWith(stem))
    .sort((a, b) => Number(extension(a) !== extension(name)) - Number(extension(b) !== extension(name)) || a.length - b.length);
  const sibling = longer[0] ?? closest(name, siblings);
  if (sibling !== undefined) return join(directory, sibling);
  return all.filter((file) => basename(file) === name).sort((a, b) => a.length - b.length)[0];
}
