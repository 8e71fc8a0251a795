// Finds the external binaries: the project's pinned cache first (scripts/install-tools.sh), then PATH.
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

export type ToolName = 'kustomize' | 'kubectl' | 'helm' | 'opa';

/** Where scripts/install-tools.sh puts the pinned binaries; keep the two in step. */
export function toolsBinDir(env: NodeJS.ProcessEnv = process.env): string {
  const root = env.KPG_TOOLS_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'kube-policy-gate', 'tools');
  return join(root, 'bin');
}

/** Absolute path of a tool, or undefined when it is nowhere to be found. */
export function findTool(name: ToolName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const directories = [toolsBinDir(env), ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const directory of directories) {
    const candidate = join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}
