// Lists the repository's files (POSIX, repository-relative), skipping VCS, dependency and hidden directories.
// Symbolic links are followed as kustomize and helm follow them, but only within the checkout.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const SKIPPED_DIRECTORIES = new Set(['node_modules', 'vendor', '__pycache__']);

export interface Listing {
  files: string[];
  /** Links not followed, with why (outside the checkout, broken); reported, never dropped silently. */
  skippedLinks: SkippedLink[];
}

export interface SkippedLink {
  path: string;
  reason: string;
  /** The link points at a directory (as far as can be told). */
  directory: boolean;
}

export async function listFiles(root: string): Promise<Listing> {
  const realRoot = await realpath(root);
  const files: string[] = [];
  const skippedLinks: Listing['skippedLinks'] = [];
  const linkedDirectories = new Set<string>();
  // `ancestors`: real paths of the directories above, so a link back up is a loop, not a deeper tree.
  const visit = async (directory: string, ancestors: string[]): Promise<void> => {
    const entries = await readdir(join(root, directory), { withFileTypes: true });
    for (const entry of entries) {
      const path = directory ? `${directory}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await resolveLink(join(root, path), realRoot);
        if ('reason' in target) {
          skippedLinks.push({ path, reason: target.reason, directory: target.isDirectory });
          continue;
        }
        if (target.isDirectory && (ancestors.includes(target.real) || linkedDirectories.has(target.real))) continue;
        if (target.isDirectory) linkedDirectories.add(target.real);
        ({ isDirectory, isFile } = target);
      }
      if (isDirectory) {
        if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
        await visit(path, [...ancestors, await realpath(join(root, path))]);
      } else if (isFile) {
        files.push(path);
      }
    }
  };
  await visit('', [realRoot]);
  return { files: files.sort(), skippedLinks };
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
  if (inside === '..' || inside.startsWith(`..${sep}`)) {
    return { reason: `a symbolic link to ${real}, outside the checkout`, isDirectory: info.isDirectory() };
  }
  return { real, isDirectory: info.isDirectory(), isFile: info.isFile() };
}
