// A fresh workspace per run: <tmp>/ws/repo (the case's files, the canary, a .git/config holding a token)
// and <tmp>/ws/outside (a secret the PR must never reach), with the case's links and odd names made here.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HostileCase } from './cases.js';

export const CANARY_FILE = 'canary/pod.yaml';
/** The line of `privileged: true` in the canary. */
export const CANARY_LINE = 11;
const CANARY = `apiVersion: v1
kind: Pod
metadata:
  name: canary
  namespace: kpg-canary
spec:
  containers:
    - name: canary
      image: registry.example/canary:1.0
      securityContext:
        privileged: true
`;

export interface Workspace {
  /** <tmp>: holds ws/ and the runner's files. */
  base: string;
  ws: string;
  repo: string;
  outside: string;
  /** Absolute path a case's payload would create (`@@MARKER@@`). */
  marker: string;
  secrets: { outside: string; env: string; git: string };
  /** Files a render must never open. */
  secretFiles: { outside: string; gitConfig: string };
}

export function createWorkspace(hostile: HostileCase): Workspace {
  const base = mkdtempSync(join(tmpdir(), 'kpg-hostile-'));
  const ws = join(base, 'ws');
  const repo = join(ws, 'repo');
  const outside = join(ws, 'outside');
  const token = (what: string) => `kpg-${what}-secret-${randomBytes(9).toString('hex')}`;
  const workspace: Workspace = {
    base,
    ws,
    repo,
    outside,
    marker: join(ws, 'pwned'),
    secrets: { outside: token('outside'), env: token('env'), git: token('git') },
    secretFiles: { outside: join(outside, 'secret.txt'), gitConfig: join(repo, '.git', 'config') },
  };
  const placeholders = (text: string) => fillPlaceholders(text, workspace);

  cpSync(join(hostile.dir, 'repo'), repo, { recursive: true });
  mkdirSync(outside, { recursive: true });
  if (statSafe(join(hostile.dir, 'outside'))) cpSync(join(hostile.dir, 'outside'), outside, { recursive: true });
  for (const root of [repo, outside]) rewriteFiles(root, placeholders);
  writeFileSync(workspace.secretFiles.outside, `${workspace.secrets.outside}\n`);
  // What actions/checkout leaves behind with persist-credentials (the default).
  mkdirSync(join(repo, '.git'), { recursive: true });
  writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(
    workspace.secretFiles.gitConfig,
    `[core]\n\trepositoryformatversion = 0\n[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${workspace.secrets.git}\n`,
  );
  if (hostile.canary === true) {
    mkdirSync(join(repo, 'canary'), { recursive: true });
    writeFileSync(join(repo, CANARY_FILE), CANARY);
  }
  for (const step of hostile.setup) applyStep(repo, step, placeholders);
  return workspace;
}

export function fillPlaceholders(text: string, workspace: Workspace): string {
  return text
    .replaceAll('@@MARKER@@', workspace.marker)
    .replaceAll('@@OUTSIDE@@', workspace.outside)
    .replaceAll('@@REPO@@', workspace.repo)
    .replaceAll('@@WS@@', workspace.ws)
    .replaceAll('@@TOKEN@@', workspace.secrets.outside);
}

function applyStep(repo: string, step: HostileCase['setup'][number], placeholders: (text: string) => string): void {
  if ('link' in step) {
    mkdirSync(dirname(join(repo, step.link)), { recursive: true });
    symlinkSync(placeholders(step.to), join(repo, step.link));
  } else if ('rename' in step) {
    const to = join(repo, step.to);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(join(repo, step.rename), to);
  } else {
    const path = join(repo, step.write);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, placeholders(step.content).repeat(step.repeat ?? 1));
  }
}

function rewriteFiles(root: string, placeholders: (text: string) => string): void {
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    const filled = placeholders(text);
    if (filled !== text) writeFileSync(path, filled);
  }
}

function statSafe(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
