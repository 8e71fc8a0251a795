// The copy of the checkout that renders see: regular files inside the checkout only, so that nothing a pull
// request links to (/proc/self/environ, ../../.git/config, another checkout) can reach a tool or the report.
import { cp, lstat, mkdtemp, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export interface Sandbox {
  /** Absolute path of the copy; repository-relative paths are the same in it as in the checkout. */
  root: string;
  /** Symbolic links left out of the copy, with why (repository-relative paths). */
  refused: { path: string; reason: string }[];
  dispose(): Promise<void>;
}

/** Directories never copied: git's own data (it holds the persisted token) and npm's. */
const NOT_COPIED = new Set(['.git', 'node_modules']);

/**
 * Copies `checkout` into a new temporary directory (under RUNNER_TEMP on a runner), following symbolic links that
 * stay inside the checkout and outside `.git`, and leaving out every other link, FIFO, socket or device.
 */
export async function createSandbox(checkout: string, env: NodeJS.ProcessEnv = process.env): Promise<Sandbox> {
  const realRoot = await realpath(checkout);
  const root = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'kpg-sandbox-'));
  const refused: Sandbox['refused'] = [];
  const visited = new Set<string>();
  const filter = async (source: string): Promise<boolean> => {
    const path = relative(checkout, source);
    if (path === '') return true;
    if (NOT_COPIED.has(path.split(sep)[0]!)) return false;
    const verdict = await admit(source, realRoot, visited);
    if (verdict !== true) {
      if (verdict !== false) refused.push({ path: path.split(sep).join('/'), reason: verdict });
      return false;
    }
    return true;
  };
  try {
    // fs.cp dereferences links for us; `filter` sees every entry first and keeps the copy inside the checkout.
    await cp(checkout, root, { recursive: true, dereference: true, filter, errorOnExist: false, force: true });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return { root, refused, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** true to copy, false to leave out quietly (not content), or the reason a link is refused. */
async function admit(source: string, realRoot: string, visited: Set<string>): Promise<boolean | string> {
  const info = await lstat(source);
  if (!info.isSymbolicLink()) return info.isFile() || info.isDirectory();
  let real: string;
  try {
    real = await realpath(source);
  } catch {
    return 'a broken symbolic link';
  }
  const inside = relative(realRoot, real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || inside === real) return `a symbolic link to ${real}, outside the checkout`;
  if (NOT_COPIED.has(inside.split(sep)[0]!)) return `a symbolic link into ${inside.split(sep)[0]}/, which is never read`;
  const target = await stat(real);
  if (target.isDirectory()) {
    // A link back up (a -> ..) or to a directory already copied through another link would copy forever.
    const parent = await realpath(join(source, '..'));
    if (real === parent || parent.startsWith(`${real}${sep}`) || visited.has(real)) return false;
    visited.add(real);
    return true;
  }
  return target.isFile();
}
