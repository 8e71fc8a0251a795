// The pinned tools for scripts: the cache scripts/install-tools.sh fills, then PATH (same order as src/tools.ts).
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export function toolsBinDir(env = process.env) {
  const root = env.KPG_TOOLS_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'kube-policy-gate', 'tools');
  return join(root, 'bin');
}

export function findTool(name, env = process.env) {
  for (const directory of [toolsBinDir(env), ...(env.PATH ?? '').split(delimiter).filter(Boolean)]) {
    try {
      accessSync(join(directory, name), constants.X_OK);
      return join(directory, name);
    } catch {
      // keep looking
    }
  }
  return undefined;
}

export function requireTool(name) {
  const found = findTool(name);
  if (!found) {
    console.error(`${name} was not found; run: bash scripts/install-tools.sh`);
    process.exit(1);
  }
  return found;
}
