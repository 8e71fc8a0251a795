// The copy of the checkout that renders see: regular files inside the checkout only, so that nothing a pull
// request links to (/proc/self/environ, ../../.git/config, another checkout) can reach a tool or the report.
import { copyFile, lstat, mkdir, mkdtemp, readdir, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export interface Sandbox {
  /** Absolute path of the copy; repository-relative paths are the same in it as in the checkout. */
  root: string;
  dispose(): Promise<void>;
}

/** Directories never copied: git's own data (it holds the persisted token) and npm's. */
const NOT_COPIED = new Set(['.git', 'node_modules']);

/**
 * Copies `checkout` into a new temporary directory (under RUNNER_TEMP on a runner), following symbolic links that
 * stay inside the checkout and outside `.git`, and leaving out every other link, FIFO, socket or device.
 * Hand-written rather than fs.cp: fs.cp refuses outright when the temporary directory lies inside the checkout
 * (a checkout under /tmp, the CLI run on /), before any filter could leave the copy itself out.
 */
export async function createSandbox(checkout: string, env: NodeJS.ProcessEnv = process.env): Promise<Sandbox> {
  const realRoot = await realpath(checkout);
  const root = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'kpg-sandbox-'));
  const linked = new Set<string>();
  const copyDirectory = async (from: string, to: string, ancestors: string[]): Promise<void> => {
    const entries = (await readdir(from, { withFileTypes: true })).filter((entry) => !(from === checkout && NOT_COPIED.has(entry.name)) && join(from, entry.name) !== root);
    // Regular files many at a time: a repository of ten thousand manifests waits on the disk, one copy after another.
    await mapLimited(
      entries.filter((entry) => entry.isFile()),
      FILE_COPIES,
      (entry) => copyFile(join(from, entry.name), join(to, entry.name)),
    );
    // Directories and links in order: which link to a directory is followed must not depend on timing.
    for (const entry of entries.filter((candidate) => !candidate.isFile())) {
      const source = join(from, entry.name);
      const kind = await admit(source, realRoot, ancestors, linked);
      // Refused links are reported by discovery, which walks the checkout the same way (walk.ts).
      if (kind === 'file') await copyFile(source, join(to, entry.name));
      else if (kind === 'directory') {
        const real = await realpath(source);
        await mkdir(join(to, entry.name));
        await copyDirectory(source, join(to, entry.name), [...ancestors, real]);
      }
    }
  };
  try {
    await copyDirectory(checkout, root, [realRoot]);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return { root, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** Copies in flight at once. */
const FILE_COPIES = 32;

async function mapLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

type Admission = 'file' | 'directory' | 'skip';

/** What to do with one entry: copy it as a file or directory, or leave it out (not content, or a link that leads out). */
async function admit(source: string, realRoot: string, ancestors: string[], linked: Set<string>): Promise<Admission> {
  const info = await lstat(source);
  if (!info.isSymbolicLink()) return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'skip';
  const real = await realpath(source).catch(() => undefined);
  if (real === undefined) return 'skip';
  const inside = relative(realRoot, real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || inside === real || NOT_COPIED.has(inside.split(sep)[0]!)) return 'skip';
  const target = await stat(real);
  // A link back up (a -> ..) would copy forever, and links fanning out to the same directories could copy it
  // exponentially often: a directory is copied through one link at most, as discovery walks it (walk.ts).
  if (target.isDirectory()) {
    if (ancestors.includes(real) || linked.has(real)) return 'skip';
    linked.add(real);
    return 'directory';
  }
  return target.isFile() ? 'file' : 'skip';
}
