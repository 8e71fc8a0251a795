// Which repository URLs name the repository being checked, so GitOps objects pointing at it are followed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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
 * `origin` remote. Only the URL is read from .git/config, never anything else in it (a persisted token lives there).
 */
export function repositoryUrls(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  const urls: string[] = [];
  if (env.GITHUB_REPOSITORY) urls.push(`${env.GITHUB_SERVER_URL || 'https://github.com'}/${env.GITHUB_REPOSITORY}`);
  const origin = originUrl(root);
  if (origin) urls.push(origin);
  return [...new Set(urls.map(normalizeRepositoryUrl))];
}

function originUrl(root: string): string | undefined {
  let config: string;
  try {
    config = readFileSync(join(root, '.git', 'config'), 'utf8');
  } catch {
    return undefined;
  }
  const section = /^\[remote "origin"\]\s*$([\s\S]*?)(?=^\[|(?![\s\S]))/m.exec(config)?.[1] ?? '';
  return /^\s*url\s*=\s*(\S+)\s*$/m.exec(section)?.[1];
}

export function isThisRepository(url: unknown, urls: string[]): boolean {
  return typeof url === 'string' && urls.includes(normalizeRepositoryUrl(url));
}
