// The copy of the checkout that renders see: regular files inside the checkout only, so that nothing a pull
// request links to (/proc/self/environ, ../../.git/config, another checkout) can reach a tool or the report.
import { copyFile, lstat, mkdir, mkdtemp, readdir, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { MAX_WALKED_ENTRIES } from '../discover/walk.js';
import { ConfigError } from '../errors.js';

export interface Sandbox {
  /** Absolute path of the copy; repository-relative paths are the same in it as in the checkout. */
  root: string;
  dispose(): Promise<void>;
}

/** Directories never copied: git's own data (it holds the persisted token) and npm's. */
const NOT_COPIED = new Set(['.git', 'node_modules']);

/**
 * Left out at any depth: npm's packages are no render's input, and a workspace's nested node_modules can hold more
 * files than the rest of the repository (the walk skips them too unless `paths` names one).
 */
const NEVER_COPIED = new Set(['node_modules']);

export interface SandboxOptions {
  /** Files and directories copied at most (default: the walk's budget, MAX_WALKED_ENTRIES); tests set a small one. */
  maxEntries?: number;
}

/**
 * Copies `checkout` into a new temporary directory (under RUNNER_TEMP on a runner), following symbolic links that
 * stay inside the checkout and outside `.git`, and leaving out every other link, FIFO, socket or device.
 * Hand-written rather than fs.cp: fs.cp refuses outright when the temporary directory lies inside the checkout
 * (a checkout under /tmp, the CLI run on /), before any filter could leave the copy itself out.
 */
export async function createSandbox(checkout: string, env: NodeJS.ProcessEnv = process.env, { maxEntries = MAX_WALKED_ENTRIES }: SandboxOptions = {}): Promise<Sandbox> {
  const realRoot = await realpath(checkout);
  const root = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'kpg-sandbox-'));
  const linked = new Set<string>();
  // Real paths of the directories being copied, added on the way down and taken on the way up (see walk.ts: a
  // copied list and a realpath per level made 1,400 nested levels take 38 s).
  const ancestors = new Set<string>([realRoot]);
  let copied = 0;
  const copyDirectory = async (from: string, real: string, to: string): Promise<void> => {
    const entries = (await readdir(from, { withFileTypes: true })).filter(
      (entry) => !(from === checkout && NOT_COPIED.has(entry.name)) && !(NEVER_COPIED.has(entry.name) && entry.isDirectory()) && join(from, entry.name) !== root,
    );
    // The walk (discover/walk.ts) refuses such a tree first; this bounds what it leaves out (dependency directories).
    copied += entries.length;
    if (copied > maxEntries) throw tooManyEntries(copied, maxEntries);
    // Regular files many at a time: a repository of ten thousand manifests waits on the disk, one copy after another.
    await mapLimited(
      entries.filter((entry) => entry.isFile()),
      FILE_COPIES,
      (entry) => copyFile(join(from, entry.name), join(to, entry.name)),
    );
    // Directories and links in order: which link to a directory is followed must not depend on timing.
    for (const entry of entries.filter((candidate) => !candidate.isFile())) {
      const source = join(from, entry.name);
      const admitted = await admit(source, join(real, entry.name), realRoot, ancestors, linked);
      // Refused links are reported by discovery, which walks the checkout the same way (walk.ts).
      if (admitted.kind === 'file') await copyFile(source, join(to, entry.name));
      else if (admitted.kind === 'directory') {
        await mkdir(join(to, entry.name));
        ancestors.add(admitted.real);
        await copyDirectory(source, admitted.real, join(to, entry.name));
        ancestors.delete(admitted.real);
      }
    }
  };
  try {
    await copyDirectory(checkout, realRoot, root);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

function tooManyEntries(copied: number, maxEntries: number): ConfigError {
  return new ConfigError(
    `The repository holds more than ${maxEntries.toLocaleString('en-US')} files and directories to copy for rendering (${copied.toLocaleString('en-US')} counted so far, .git and node_modules left out). ` +
      'Set working-directory (--root on the command line) to the directory that deploys: only its tree is copied.',
  );
}

/** Copies in flight at once. */
const FILE_COPIES = 32;

async function mapLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

type Admission = { kind: 'file' | 'skip' } | { kind: 'directory'; real: string };

/**
 * What to do with one entry: copy it as a file or directory, or leave it out (not content, or a link that leads out).
 * `real` is where the entry lies once its parent's links are resolved: its own real path unless it is a link.
 */
async function admit(source: string, real: string, realRoot: string, ancestors: ReadonlySet<string>, linked: Set<string>): Promise<Admission> {
  const info = await lstat(source);
  if (!info.isSymbolicLink()) return info.isFile() ? { kind: 'file' } : info.isDirectory() ? { kind: 'directory', real } : { kind: 'skip' };
  const resolved = await realpath(source).catch(() => undefined);
  if (resolved === undefined) return { kind: 'skip' };
  const inside = relative(realRoot, resolved);
  if (inside === '..' || inside.startsWith(`..${sep}`) || inside === resolved || NOT_COPIED.has(inside.split(sep)[0]!)) return { kind: 'skip' };
  const target = await stat(resolved);
  // A link back up (a -> ..) would copy forever, and links fanning out to the same directories could copy it
  // exponentially often: a directory is copied through one link at most, as discovery walks it (walk.ts).
  if (target.isDirectory()) {
    if (ancestors.has(resolved) || linked.has(resolved)) return { kind: 'skip' };
    linked.add(resolved);
    return { kind: 'directory', real: resolved };
  }
  return target.isFile() ? { kind: 'file' } : { kind: 'skip' };
}
