// What a pull request changes, as plain data: files and the head-side line ranges a patch adds or modifies.
// Pure: the same parser reads `git diff --unified=0` output and the pull request files API's `patch` field.

import type { ChangedLines } from '../report/context.js';

/** Lines `start`..`end` (1-based, inclusive) of a file at the head commit. */
export interface LineRange {
  start: number;
  end: number;
}

export interface ChangedFile {
  /** Repository-relative path at the head commit (POSIX separators). */
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** The path at the base commit, for a renamed or copied file. */
  previousPath?: string;
  /** Head-side lines the pull request adds or modifies; absent when unknown (binary, or a patch too large for the API). */
  lines?: LineRange[];
}

export interface PullRequestChanges {
  /** Where the list came from: the checkout's git history, or GitHub's pull request files API. */
  source: 'git' | 'api';
  files: ChangedFile[];
}

/**
 * The sets reports look findings up in (ReportContext.changed): `files` holds every path the PR adds or modifies,
 * `lines` holds `path:line` for every added or modified line. Paths are relative to `directory` (the checked
 * directory, which finding locations are relative to); files outside it are left out. A file whose lines are
 * unknown is in `files` only.
 */
export function changedLines(changes: PullRequestChanges, directory = ''): ChangedLines {
  const prefix = directory.replace(/^(\.\/)+|^\.$|\/+$/g, '');
  const sets = { files: new Set<string>(), lines: new Set<string>() };
  for (const file of changes.files) {
    if (file.status === 'removed') continue;
    const path = prefix ? (file.path.startsWith(`${prefix}/`) ? file.path.slice(prefix.length + 1) : undefined) : file.path;
    if (path === undefined) continue;
    sets.files.add(path);
    for (const range of file.lines ?? []) {
      for (let line = range.start; line <= range.end; line++) sets.lines.add(`${path}:${line}`);
    }
  }
  return sets;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Head-side line ranges a unified diff's hunks add or modify (context lines and deletions are not changes in head). */
export function parsePatch(patch: string): LineRange[] {
  const ranges: LineRange[] = [];
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (text.startsWith('+')) {
      addLine(ranges, line);
      line++;
    } else if (text.startsWith(' ')) {
      line++;
    } else if (!text.startsWith('-') && !text.startsWith('\\')) {
      inHunk = false;
    }
  }
  return ranges;
}

function addLine(ranges: LineRange[], line: number): void {
  const last = ranges.at(-1);
  if (last && last.end === line - 1) last.end = line;
  else ranges.push({ start: line, end: line });
}

/**
 * `git diff --unified=0 --no-color --no-ext-diff -M` output → changed files. Paths come from the `---`/`+++` lines
 * and the rename headers, which git quotes C-style when they hold unusual bytes.
 */
export function parseGitDiff(text: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const section of text.split(/^(?=diff --git )/m)) {
    if (!section.startsWith('diff --git ')) continue;
    const file = parseSection(section);
    if (file) files.push(file);
  }
  return files;
}

function parseSection(section: string): ChangedFile | undefined {
  const header = section.slice(0, section.search(/^@@ /m) >>> 0);
  const field = (name: string) => {
    const match = new RegExp(`^${name} (.*)$`, 'm').exec(header);
    return match ? unquotePath(match[1]!) : undefined;
  };
  const from = field('rename from') ?? field('copy from') ?? stripPrefix(field('---'), 'a/');
  const to = field('rename to') ?? field('copy to') ?? stripPrefix(field('\\+\\+\\+'), 'b/');
  const names = to === undefined && from === undefined ? headerPaths(section) : undefined;
  const path = to ?? from ?? names?.to;
  if (path === undefined) return undefined;
  const status = /^new file mode/m.test(header)
    ? 'added'
    : /^deleted file mode/m.test(header)
      ? 'removed'
      : /^rename from/m.test(header)
        ? 'renamed'
        : /^copy from/m.test(header)
          ? 'copied'
          : 'modified';
  const lines = /^Binary files /m.test(header) ? undefined : parsePatch(section);
  return {
    path: status === 'removed' ? (from ?? path) : path,
    status,
    ...((status === 'renamed' || status === 'copied') && from !== undefined && { previousPath: from }),
    ...(status !== 'removed' && lines && { lines }),
  };
}

/** A mode-only change or an empty new file has no ---/+++ lines: `diff --git a/x b/x`, same path twice. */
function headerPaths(section: string): { to: string } | undefined {
  const first = section.slice('diff --git '.length, section.indexOf('\n') >>> 0);
  if (first.startsWith('"')) {
    const match = /^("(?:[^"\\]|\\.)*") ("(?:[^"\\]|\\.)*"|\S.*)$/.exec(first);
    const to = match ? stripPrefix(unquotePath(match[2]!), 'b/') : undefined;
    return to === undefined ? undefined : { to };
  }
  const half = (first.length - 1) / 2;
  const a = first.slice(0, half);
  const b = first.slice(half + 1);
  if (Number.isInteger(half) && a.slice(2) === b.slice(2)) return { to: b.slice(2) };
  return undefined;
}

function stripPrefix(path: string | undefined, prefix: string): string | undefined {
  if (path === undefined || path === '/dev/null') return undefined;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

const C_ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Git's C-style quoting (core.quotePath): `"dir/\303\244 \"x\".yaml"` → `dir/ä "x".yaml`; a plain path as it is. */
export function unquotePath(text: string): string {
  const value = text.replace(/\t$/, '');
  if (!value.startsWith('"') || !value.endsWith('"') || value.length < 2) return value;
  const bytes: number[] = [];
  const body = value.slice(1, -1);
  for (let index = 0; index < body.length; index++) {
    const character = body[index]!;
    if (character !== '\\') {
      bytes.push(...Buffer.from(character, 'utf8'));
      continue;
    }
    const next = body[index + 1] ?? '';
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(C_ESCAPES[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

