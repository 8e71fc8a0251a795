// Builds a chart's missing dependencies in the sandbox before it renders: file:// ones offline, from repositories
// only with allow-network. The sandbox is our temporary copy, so the user's tree is never written. `helm dependency
// build` follows Chart.lock / requirements.lock when their digest matches (a PR can recompute it), and reads
// requirements.yaml whatever the apiVersion, so every entry of all four files is checked before it runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { join as joinPosix, normalize } from 'node:path/posix';
import { findTool } from '../tools.js';
import { RenderRefusal, type Problem } from './confine.js';
import { execTool, offlineHint, stoppedReason, trimStderr } from './exec.js';
import { isChartName, isChartVersion } from './helmcharts.js';
import type { RenderContext } from './index.js';
import { fetchProblem } from './netguard.js';
import { fieldValues, listItems, readYamlTree, scalar } from './yamltree.js';

interface Dependency {
  name: string;
  alias?: string;
  version?: string;
  repository?: string;
  /** The file that lists it (Chart.yaml, requirements.yaml, Chart.lock, requirements.lock) and the line. */
  file: string;
  line: number;
}

/** Where helm reads dependencies: the chart's metadata first, then the lock files `dependency build` follows. */
const METADATA_FILES = ['Chart.yaml', 'requirements.yaml'];
const LOCK_FILES = ['Chart.lock', 'requirements.lock'];

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
  const missing = dependencies(chartDir, METADATA_FILES).filter((dependency) => !isVendored(chartDir, dependency.name));
  if (!missing.length) return; // helm template uses charts/ as it is, and fetches nothing
  const problem = dependencyProblem(context.root, chartDir, chartPath, context.allowNetwork);
  if (problem) throw new RenderRefusal(problem);
  const helm = findTool('helm');
  if (!helm) throw new Error('`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)');
  // Repositories are refreshed only when one is to be fetched from: file:// ones need no index.
  const listed = dependencies(chartDir, [...METADATA_FILES, ...LOCK_FILES]);
  const local = listed.every((dependency) => dependency.repository?.startsWith('file://'));
  // Every repository URL the files name, fetched or not: helm refreshes the indexes of all of them. `@name` and
  // `alias:` ones are the runner's own repositories, which the workflow added, and have no URL here.
  if (context.allowNetwork && !local) {
    for (const dependency of listed.filter((entry) => /^(https?|oci):\/\//i.test(entry.repository ?? ''))) {
      const refused = await fetchProblem(dependency.repository!, context.allowNetworkHosts ?? []);
      if (refused) throw new RenderRefusal({ file: posix(join(chartPath, dependency.file)), line: dependency.line, message: `dependency '${dependency.name}': ${refused}` });
    }
  }
  const args = ['dependency', 'build', ...(local || !context.allowNetwork ? ['--skip-refresh'] : []), '--', chartDir];
  const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
  const result = await execTool(helm, args, { cwd: context.root, ...limits, network: context.allowNetwork });
  const stopped = stoppedReason(result, 'helm dependency build', limits);
  if (stopped) throw new Error(stopped);
  if (result.code !== 0) {
    throw new Error(`helm dependency build failed${offlineHint(result.stderr, context.allowNetwork)}: ${trimStderr(result.stderr.replaceAll(`${context.root}/`, ''))}`);
  }
}

/**
 * The first entry of the chart's dependency files that `helm dependency build` must not be given: a name that is no
 * chart name, a file:// repository outside the repository (or without a chart), or, with the network off, the
 * dependencies charts/ does not have (all of them, at the first one's entry); with it on, only http(s)://, oci:// and
 * the runner's own `@name` repositories.
 */
export function dependencyProblem(root: string, chartDir: string, chartPath: string, network: boolean): Problem | undefined {
  const unreadable = [...METADATA_FILES, ...LOCK_FILES].find((file) => existsSync(join(chartDir, file)) && 'error' in readYamlTree(readFileSync(join(chartDir, file), 'utf8')));
  if (unreadable) return { file: posix(join(chartPath, unreadable)), line: 1, message: `cannot be read as helm would read it, so its dependencies are not built` };
  // Offline, every dependency that is neither vendored nor file:// is named at once, at the first one's entry: a user
  // vendoring them one render at a time would be told of the next only after each fix.
  const unfetched: Dependency[] = [];
  for (const dependency of dependencies(chartDir, [...METADATA_FILES, ...LOCK_FILES])) {
    const at = (message: string): Problem => ({ file: posix(join(chartPath, dependency.file)), line: dependency.line, message });
    const repository = dependency.repository ?? '';
    const named = `dependency '${dependency.name}'${dependency.version ? ` ${dependency.version}` : ''}`;
    if (!isChartName(dependency.name)) return at(`dependency name '${dependency.name}' is not a chart name (letters, digits, '.', '_' and '-')`);
    if (dependency.version !== undefined && !isChartVersion(dependency.version)) return at(`${named}: '${dependency.version}' is not a chart version or version range`);
    if (repository.toLowerCase().startsWith('file://')) {
      const path = resolve(chartDir, repository.slice('file://'.length));
      const inside = relative(root, path);
      if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
        return at(`${named} of ${chartPath} is ${repository}, which is outside the repository; vendor it into ${chartPath}/charts/`);
      }
      if (!existsSync(join(path, 'Chart.yaml'))) return at(`${named} of ${chartPath} is ${repository}, where there is no chart (${inside.split(sep).join('/')}/Chart.yaml)`);
    } else if (!network) {
      // helm dependency build fetches only what charts/ lacks: a vendored one is not what stops the render.
      if (!isVendored(chartDir, dependency.name) && !unfetched.some((other) => other.name === dependency.name)) unfetched.push(dependency);
    } else if (!/^(https?|oci):\/\/[^/\s]\S*$/i.test(repository) && !/^(@|alias:)[A-Za-z0-9][A-Za-z0-9._-]*$/.test(repository)) {
      return at(`${named} of ${chartPath} comes from '${repository}', which is not an http(s):// or oci:// repository`);
    }
  }
  const [first] = unfetched;
  if (!first) return undefined;
  const fix = `set allow-network to true to fetch ${unfetched.length === 1 ? 'it' : 'them'}, or vendor ${unfetched.length === 1 ? 'it' : 'them'} into ${chartPath}/charts/`;
  const version = (dependency: Dependency) => (dependency.version ? ` ${dependency.version}` : '');
  const message =
    unfetched.length === 1
      ? `dependency '${first.name}'${version(first)} of ${chartPath} comes from ${first.repository || 'no repository'} and the network is off: ${fix}`
      : `dependencies ${unfetched.map((dependency) => `'${dependency.name}'${version(dependency)} from ${dependency.repository || 'no repository'}${dependency === first ? '' : ` (${dependency.file}:${dependency.line})`}`).join(', ')} of ${chartPath} are not vendored and the network is off: ${fix}`;
  return { file: posix(join(chartPath, first.file)), line: first.line, message };
}

/** The `dependencies` of the named files of a chart, each with the file and line that lists it. */
function dependencies(chartDir: string, files: string[]): Dependency[] {
  const found: Dependency[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(join(chartDir, file), 'utf8');
    } catch {
      continue;
    }
    const read = readYamlTree(text);
    if ('error' in read) continue; // helm reports it, or dependencyProblem refuses it before a build
    // helm reads the first document (sigs.k8s.io/yaml), keys matched as encoding/json matches them.
    for (const entry of listItems(read.documents[0], 'dependencies')) {
      const text = (field: string) => fieldValues(entry, field).map(scalar).find((value) => value !== null && value !== undefined);
      const name = text('name');
      if (name === undefined) continue;
      const [alias, version, repository] = [text('alias'), text('version'), text('repository')];
      found.push({
        name: String(name),
        ...(alias !== undefined && { alias: String(alias) }),
        ...(version !== undefined && { version: String(version) }),
        ...(repository !== undefined && { repository: String(repository) }),
        file,
        line: entry.line,
      });
    }
  }
  return found;
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

/** Directories of the chart's file:// dependencies inside the repository (helm packs them in): their schemas count. */
export function fileDependencyDirs(root: string, chartDir: string): string[] {
  return dependencies(chartDir, [...METADATA_FILES, ...LOCK_FILES])
    .filter((dependency) => dependency.repository?.toLowerCase().startsWith('file://'))
    .map((dependency) => resolve(chartDir, dependency.repository!.slice('file://'.length)))
    .filter((directory) => {
      const inside = relative(root, directory);
      return !(inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside));
    });
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
  const repository = dependencies(resolve(root, chartPath), METADATA_FILES).find((dependency) => (dependency.alias ?? dependency.name) === name)?.repository;
  if (!repository?.startsWith('file://') || repository.startsWith('file:///')) return undefined;
  const directory = normalize(joinPosix(chartPath, repository.slice('file://'.length))).replace(/\/+$/, '');
  if (directory === '..' || directory.startsWith('../') || isAbsolute(directory)) return undefined;
  if (existsSync(resolve(root, directory, rest))) return joinPosix(directory, rest);
  return fileDependencyFile(root, directory, rest);
}

function posix(path: string): string {
  return path.split(sep).join('/');
}
