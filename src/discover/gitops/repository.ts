// Which repository URLs name the repository being checked, so GitOps objects pointing at it are followed (at the
// revision this checkout is: revision.ts).
import { join } from 'node:path';
import { execTool } from '../../render/exec.js';
import type { Checkout } from './revision.js';
import type { GitOpsContext } from './source.js';

/**
 * `https://github.com/o/r.git`, `git@github.com:o/r`, `ssh://git@github.com/o/r` → `github.com/o/r`: one spelling,
 * without scheme, credentials, `.git` or a trailing slash, lowercased (GitHub names are case-insensitive).
 */
export function normalizeRepositoryUrl(url: string): string {
  let text = url.trim().toLowerCase();
  const scp = /^[^/@:]+@([^/:]+):(.+)$/.exec(text);
  if (scp) text = `${scp[1]}/${scp[2]}`;
  text = text.replace(/^[a-z+]+:\/\//, '').replace(/^[^/@]*@/, '');
  return text.replace(/\/+$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
}

/**
 * The repository's own URLs: the workflow's repository (GITHUB_SERVER_URL/GITHUB_REPOSITORY) and the checkout's
 * `origin` remote, which git itself reports: this process never opens .git/config, where actions/checkout
 * persists the token. Credentials in the URL are dropped by normalizeRepositoryUrl.
 */
export async function repositoryUrls(root: string, env: NodeJS.ProcessEnv = process.env): Promise<string[]> {
  const urls: string[] = [];
  if (env.GITHUB_REPOSITORY) urls.push(`${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`);
  const origin = await originUrl(root);
  if (origin) urls.push(origin);
  return [...new Set(urls.map(normalizeRepositoryUrl))];
}

/** The checkout the context names (the runner reads it from the clone), else nothing known: every branch is this one. */
export function checkoutOf(context: Pick<GitOpsContext, 'checkout'>): Checkout {
  return context.checkout ?? { branches: [], tags: [] };
}

/** The repository git finds from `root` (upwards, as for a working-directory), else the config file in `root/.git`. */
async function originUrl(root: string): Promise<string | undefined> {
  const ask = async (args: string[]) => {
    const result = await execTool('git', args, { cwd: root, timeoutMs: 10_000, maxOutputBytes: 64 * 1024 }).catch(() => undefined);
    return result?.code === 0 ? result.stdout.trim() || undefined : undefined;
  };
  const key = ['--get', 'remote.origin.url'];
  return (await ask(['-C', root, 'config', ...key])) ?? (await ask(['config', `--file=${join(root, '.git', 'config')}`, ...key]));
}

export function isThisRepository(url: unknown, urls: string[]): boolean {
  return typeof url === 'string' && urls.includes(normalizeRepositoryUrl(url));
}
