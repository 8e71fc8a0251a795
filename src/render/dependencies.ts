// Builds a chart's missing dependencies in the sandbox before it renders: file:// ones offline, from repositories
// only with allow-network. The sandbox is our temporary copy, so the user's tree is never written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { join as joinPosix, normalize } from 'node:path/posix';
import { readFirstMapping } from '../discover/read.js';
import { findTool } from '../tools.js';
import { execTool, offlineHint, stoppedReason, trimStderr } from './exec.js';
import type { RenderContext } from './index.js';

interface Dependency {
  name: string;
  alias?: string;
  version?: string;
  repository?: string;
}

/** One build per chart per sandbox: variants of the same chart render at the same time. */
const builds = new Map<string, Promise<void>>();

export function buildDependencies(chartPath: string, context: RenderContext): Promise<void> {
  const chartDir = resolve(context.root, chartPath);
  let build = builds.get(chartDir);
  if (!build) {
    build = build_(chartDir, chartPath, context);
    builds.set(chartDir, build);
  }
  return build;
}

async function build_(chartDir: string, chartPath: string, context: RenderContext): Promise<void> {
  const missing = dependencies(chartDir).filter((dependency) => !isVendored(chartDir, dependency.name));
  if (!missing.length) return;
  for (const dependency of missing) {
    const repository = dependency.repository ?? '';
    const named = `dependency '${dependency.name}'${dependency.version ? ` ${dependency.version}` : ''}`;
    if (repository.startsWith('file://')) {
      const path = resolve(chartDir, repository.slice('file://'.length));
      const inside = relative(context.root, path);
      if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
        throw new Error(`${named} of ${chartPath} is ${repository}, which is outside the repository; vendor it into ${chartPath}/charts/`);
      }
      if (!existsSync(join(path, 'Chart.yaml'))) throw new Error(`${named} of ${chartPath} is ${repository}, where there is no chart (${inside.split(sep).join('/')}/Chart.yaml)`);
    } else if (!context.allowNetwork) {
      throw new Error(`${named} of ${chartPath} comes from ${repository || 'no repository'} and is not in ${chartPath}/charts/: set allow-network to true to fetch it, or vendor it`);
    }
  }
  const helm = findTool('helm');
  if (!helm) throw new Error('`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)');
  const offline = missing.every((dependency) => dependency.repository?.startsWith('file://'));
  const args = ['dependency', 'build', ...(offline ? ['--skip-refresh'] : []), '--', chartDir];
  const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
  const result = await execTool(helm, args, { cwd: context.root, ...limits, network: context.allowNetwork });
  const stopped = stoppedReason(result, 'helm dependency build', limits);
  if (stopped) throw new Error(stopped);
  if (result.code !== 0) {
    throw new Error(`helm dependency build failed${offlineHint(result.stderr, context.allowNetwork)}: ${trimStderr(result.stderr.replaceAll(`${context.root}/`, ''))}`);
  }
}

/** Chart.yaml `dependencies` (apiVersion v2) or requirements.yaml (v1). */
function dependencies(chartDir: string): Dependency[] {
  const read = (file: string) => {
    try {
      return readFirstMapping(readFileSync(join(chartDir, file), 'utf8'), { uniqueKeys: false });
    } catch {
      return undefined;
    }
  };
  const listed = read('Chart.yaml')?.dependencies ?? read('requirements.yaml')?.dependencies;
  return (Array.isArray(listed) ? listed : [])
    .filter((entry): entry is Dependency => typeof entry?.name === 'string')
    .map(({ name, alias, version, repository }) => ({
      name,
      alias: typeof alias === 'string' ? alias : undefined,
      version: typeof version === 'string' ? version : undefined,
      repository: typeof repository === 'string' ? repository : undefined,
    }));
}

/** charts/<name>/ or charts/<name>-<version>.tgz already there: helm uses it as it is. */
function isVendored(chartDir: string, name: string): boolean {
  let entries: string[];
  try {
    entries = readdirSync(join(chartDir, 'charts'));
  } catch {
    return false;
  }
  return entries.some((entry) => entry === name || (entry.startsWith(`${name}-`) && entry.endsWith('.tgz')));
}

/**
 * `charts/<dep>/templates/x.yaml` within the chart at `chartPath` (Helm's `# Source:` path, `<dep>` an alias or a
 * name) → that file in the repository directory a `file://` dependency names, which `helm dependency build` copied
 * in as an archive; through nested subcharts too. Undefined when `<dep>` is no file:// dependency inside the repository.
 */
export function fileDependencyFile(root: string, chartPath: string, withinChart: string): string | undefined {
  const match = /^charts\/([^/]+)\/(.+)$/.exec(withinChart);
  if (!match) return undefined;
  const [, name, rest] = match as unknown as [string, string, string];
  const repository = dependencies(resolve(root, chartPath)).find((dependency) => (dependency.alias ?? dependency.name) === name)?.repository;
  if (!repository?.startsWith('file://') || repository.startsWith('file:///')) return undefined;
  const directory = normalize(joinPosix(chartPath, repository.slice('file://'.length))).replace(/\/+$/, '');
  if (directory === '..' || directory.startsWith('../') || isAbsolute(directory)) return undefined;
  if (existsSync(resolve(root, directory, rest))) return joinPosix(directory, rest);
  return fileDependencyFile(root, directory, rest);
}
