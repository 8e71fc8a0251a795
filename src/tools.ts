// Finds the external binaries: an explicit override, the project's pinned cache (scripts/install-tools.sh), then PATH.
import { accessSync, constants } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';

export type ToolName = 'kustomize' | 'kubectl' | 'helm' | 'opa' | 'unshare';

/** Environment variables that name a tool's binary outright (tests render with helm v3 and v4 this way). */
const OVERRIDES: Partial<Record<ToolName, string>> = { helm: 'KPG_HELM', kustomize: 'KPG_KUSTOMIZE' };

/** Where scripts/install-tools.sh puts the pinned binaries; keep the two in step. */
export function toolsBinDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(toolsDir(env), 'bin');
}

/** Where scripts/install-tools.sh puts helm v3, the version GitHub's runners ship, beside the pinned v4. */
export function helmV3Path(env: NodeJS.ProcessEnv = process.env): string {
  return join(toolsDir(env), 'helm-v3', 'bin', executableName('helm'));
}

function toolsDir(env: NodeJS.ProcessEnv): string {
  return env.KPG_TOOLS_DIR ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'kube-policy-gate', 'tools');
}

/** Absolute path of a tool, or undefined when it is nowhere to be found. */
export function findTool(name: ToolName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = OVERRIDES[name] && env[OVERRIDES[name]];
  if (override) {
    if (!isAbsolute(override) || !isExecutable(override)) throw new Error(`${OVERRIDES[name]}='${override}' is not an executable file given by its absolute path`);
    return override;
  }
  const directories = [toolsBinDir(env), ...(env.PATH ?? '').split(delimiter).filter(Boolean)];
  for (const directory of directories) {
    const candidate = join(directory, executableName(name));
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** `helm` on Linux and macOS, `helm.exe` on Windows runners. */
export function executableName(name: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? `${name}.exe` : name;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
