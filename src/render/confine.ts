// Checks every entry of a kustomization tree before kustomize runs: local paths stay in the repository, remote bases
// and files only with the network on (and then only https, with a ref that is a ref), and every helmCharts field that
// kustomize hands to helm is what it claims to be. A refusal names the file, the line, the field and the value.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { KUSTOMIZATION_FILES } from '../discover/index.js';
import { chartProblems, generatorConfigProblems, globalsProblems, legacyChartProblems, namespaceProblem, type ChartContext } from './helmcharts.js';
import { remoteProblem, remoteReference, remoteUrls, type EntryKind } from './references.js';
import { schemaProblem } from './schema.js';
import { fieldValues, foldKey, listItems, readYamlTree, scalar, type YamlValue } from './yamltree.js';

/** Where a render was refused before any tool ran, and why. */
export interface Problem {
  /** Repository path of the file holding the offending entry. */
  file: string;
  line: number;
  message: string;
}

/** A render refused before any tool ran; `location` is the offending entry. */
export class RenderRefusal extends Error {
  readonly location: { file: string; line: number };
  constructor(problem: Problem) {
    super(`${problem.file}:${problem.line}: ${problem.message}`);
    this.location = { file: problem.file, line: problem.line };
  }
}

export interface KustomizeFence {
  /** allow-network: remote bases and chart repositories may be fetched. */
  network: boolean;
  /** kustomize runs with --enable-helm: helm chart configs anywhere in the tree reach helm. */
  helm: boolean;
  /** With the network on, every URL kustomize (or helm under it) will fetch is added here, for netguard.ts to check. */
  fetches?: string[];
}

/** Entries that may be kustomizations, git URLs or (the last three) inline plugin configs. */
const BASE_FIELDS = ['resources', 'bases', 'components', 'generators', 'transformers', 'validators'];
const CONFIG_FIELDS = new Set(['generators', 'transformers', 'validators']);
/** Entries kustomize loads as files (an http(s) URL is fetched). */
const FILE_FIELDS = ['crds', 'configurations', 'patchesStrategicMerge'];
const PATH_LIST_FIELDS = ['patches', 'patchesJson6902', 'replacements'];
const GENERATOR_FIELDS = ['configMapGenerator', 'secretGenerator'];

/** The first problem in the kustomization at `target` or any kustomization it reaches; undefined when all is well. */
export function kustomizeProblem(root: string, target: string, fence: KustomizeFence): Problem | undefined {
  const queue = [resolve(root, target)];
  const seen = new Set<string>();
  while (queue.length) {
    const directory = queue.shift()!;
    if (seen.has(directory)) continue;
    seen.add(directory);
    // kustomize refuses a directory with two of these; each is checked, whichever it would have read.
    for (const file of KUSTOMIZATION_FILES.map((name) => join(directory, name)).filter((candidate) => isFile(candidate))) {
      const problem = kustomizationProblem(root, directory, file, fence, queue);
      if (problem) return problem;
    }
  }
  return undefined;
}

function kustomizationProblem(root: string, directory: string, file: string, fence: KustomizeFence, queue: string[]): Problem | undefined {
  const where = repoPath(root, file);
  const text = readFileSync(file, 'utf8');
  const read = readYamlTree(text);
  if ('error' in read) {
    const risk = unreadableRisk(text);
    if (risk) return { file: where, line: read.line, message: `cannot be read as kustomize would read it (${read.error}), and it holds '${risk}', which could lead a tool out of the repository; it is not passed to kustomize` };
    // Without `..` or a leading '/', whatever it names lies below it: the kustomizations there are checked instead.
    queue.push(...nestedKustomizations(directory));
    return undefined;
  }
  const context: ChartContext = { network: fence.network, fetches: fence.fetches };
  const tree = { root, directory, where, fence, context, queue };
  for (const spec of read.documents) {
    const problem = baseEntriesProblem(spec, tree) ?? fileEntriesProblem(spec, tree) ?? helmProblem(root, directory, spec, where, fence, context);
    if (problem) return problem;
  }
  return undefined;
}

interface TreeWalk {
  root: string;
  /** The kustomization's directory, and its repository path. */
  directory: string;
  where: string;
  fence: KustomizeFence;
  context: ChartContext;
  /** Directories still to check: local bases, components and plugin directories are queued here. */
  queue: string[];
}

/** resources, bases, components and the plugin fields: inline configs, remote references, local paths. */
function baseEntriesProblem(spec: YamlValue, tree: TreeWalk): Problem | undefined {
  const { root, directory, where, fence, context } = tree;
  const at = (line: number, message: string): Problem => ({ file: where, line, message });
  for (const field of BASE_FIELDS) {
    for (const item of listItems(spec, field)) {
      const entry = scalar(item);
      if (typeof entry !== 'string' || entry === '') continue;
      if (CONFIG_FIELDS.has(field) && isInlineConfig(entry)) {
        const firstLine = item.kind === 'scalar' && item.block ? item.line + 1 : item.line;
        const problem = configProblem(entry, { root, directory, file: where, firstLine, label: `${field} entry` }, context);
        if (problem) return problem;
        continue;
      }
      const problem = entryProblem(root, directory, field, entry, 'base', fence);
      if (problem) return at(item.line, problem);
      if (remoteReference(entry, 'base')) continue;
      const path = resolve(directory, entry);
      const config = CONFIG_FIELDS.has(field) ? configFileProblem(tree, path, field, entry, item.line) : undefined;
      if (config) return config;
      tree.queue.push(path);
    }
  }
  return undefined;
}

/** Entries kustomize loads as files: inside the repository, or (network on) fetched over https. */
function fileEntriesProblem(spec: YamlValue, tree: TreeWalk): Problem | undefined {
  for (const { field, item } of fileEntries(spec)) {
    const entry = scalar(item);
    if (typeof entry !== 'string' || entry === '' || entry.includes('\n')) continue; // inline patches are no paths
    const problem = entryProblem(tree.root, tree.directory, field, entry, 'file', tree.fence);
    if (problem) return { file: tree.where, line: item.line, message: problem };
  }
  return undefined;
}

/** Why a path or URL entry may not reach kustomize: a remote one it may not fetch, or a path outside. */
function entryProblem(root: string, directory: string, field: string, entry: string, kind: EntryKind, fence: KustomizeFence): string | undefined {
  const remote = remoteReference(entry, kind);
  if (remote) {
    const problem = remoteProblem(entry, remote, fence.network);
    if (!problem) fence.fetches?.push(...remoteUrls(entry, kind));
    return problem && `${field} entry ${problem}`;
  }
  if (outside(root, resolve(directory, entry))) return `${field} entry '${entry}' is outside the repository; kustomize would read it from the runner's disk`;
  return undefined;
}

/** Entries kustomize reads as files: `{field, item}` with the field named as messages name it. */
function fileEntries(spec: YamlValue): { field: string; item: YamlValue }[] {
  const entries: { field: string; item: YamlValue }[] = [];
  const add = (field: string, values: YamlValue[]) => entries.push(...values.map((item) => ({ field, item })));
  for (const field of FILE_FIELDS) add(field, listItems(spec, field));
  for (const field of PATH_LIST_FIELDS) for (const item of listItems(spec, field)) add(`${field}.path`, fieldValues(item, 'path'));
  for (const field of GENERATOR_FIELDS) {
    for (const generator of listItems(spec, field)) {
      for (const item of listItems(generator, 'files')) {
        const value = scalar(item);
        // `key=path`: the path is what is read.
        add(`${field}.files`, [typeof value === 'string' ? { kind: 'scalar', value: value.slice(value.indexOf('=') + 1), line: item.line } : item]);
      }
      add(`${field}.envs`, listItems(generator, 'envs'));
      add(`${field}.env`, fieldValues(generator, 'env'));
    }
  }
  for (const openapi of fieldValues(spec, 'openapi')) add('openapi.path', fieldValues(openapi, 'path'));
  for (const chart of [...listItems(spec, 'helmCharts'), ...listItems(spec, 'helmChartInflationGenerator')]) {
    add('helmCharts.valuesFile', [...fieldValues(chart, 'valuesFile'), ...fieldValues(chart, 'values')]);
    add('helmCharts.additionalValuesFiles', listItems(chart, 'additionalValuesFiles'));
    add('helmGlobals.chartHome', fieldValues(chart, 'chartHome'));
  }
  for (const globals of fieldValues(spec, 'helmGlobals')) add('helmGlobals.chartHome', fieldValues(globals, 'chartHome'));
  return entries;
}

/**
 * helmCharts, helmGlobals and the deprecated helmChartInflationGenerator field by field, the namespace kustomize
 * gives helm, and the schemas of the local charts helm will validate values against.
 */
function helmProblem(root: string, directory: string, spec: YamlValue, where: string, fence: KustomizeFence, context: ChartContext): Problem | undefined {
  const charts = listItems(spec, 'helmCharts');
  const legacy = listItems(spec, 'helmChartInflationGenerator');
  const globals = fieldValues(spec, 'helmGlobals');
  const found = [
    ...charts.flatMap((chart, index) => chartProblems(chart, `helmCharts[${index}]`, context)),
    ...legacy.flatMap((chart, index) => legacyChartProblems(chart, `helmChartInflationGenerator[${index}]`, context)),
    ...globals.flatMap((value) => globalsProblems(value, 'helmGlobals', context)),
  ];
  if (fence.helm) {
    for (const namespace of fieldValues(spec, 'namespace')) {
      const problem = namespaceProblem(scalar(namespace));
      // kustomize passes a kustomization's namespace to helm for charts that set none.
      if (problem) found.push({ line: namespace.line, message: `namespace '${String(scalar(namespace))}' ${problem}; kustomize hands it to helm as --namespace` });
    }
  }
  if (found.length) return { file: where, ...found[0]! };
  if (!fence.helm) return undefined; // kustomize refuses helmCharts without --enable-helm: helm never sees the charts
  return chartSchemaProblem(root, directory, [...charts, ...legacy], [...globals, ...legacy], fence.network, fence.fetches);
}

/** The values.schema.json of each local chart kustomize will inflate (`<chartHome>/<name>`, or `<name>-<version>/<name>`). */
function chartSchemaProblem(root: string, directory: string, charts: YamlValue[], homeHolders: YamlValue[], network: boolean, fetches?: string[]): Problem | undefined {
  const first = (value: YamlValue, names: string[]) => names.flatMap((name) => fieldValues(value, name)).map(scalar).find((item): item is string => typeof item === 'string' && item !== '');
  const home = homeHolders.map((holder) => first(holder, ['chartHome'])).find((value) => value !== undefined) ?? 'charts';
  const chartDirs = charts.flatMap((chart) => {
    const [name, version] = [first(chart, ['name', 'chartName']), first(chart, ['version', 'chartVersion'])];
    if (name === undefined) return [];
    return [resolve(directory, home, name), ...(version === undefined ? [] : [resolve(directory, home, `${name}-${version}`, name)])];
  });
  const schema = schemaProblem(root, chartDirs.filter((chartDir) => !outside(root, chartDir) && existsSync(chartDir)), network, fetches);
  return schema && { file: schema.file, line: 1, message: schema.message };
}

/** kustomize reads a generators/transformers/validators entry as an inline config when it parses as YAML objects. */
function isInlineConfig(entry: string): boolean {
  if (entry.includes('\n')) return true;
  const read = readYamlTree(entry);
  return 'documents' in read && read.documents.some((document) => document.kind === 'map');
}

/** Fields of kustomize's builtin plugin configs that name files it loads (and GETs, when they are http(s) URLs). */
const PLUGIN_PATH_KEYS = new Set(['path', 'paths', 'files', 'envs', 'env', 'valuesfile', 'additionalvaluesfiles', 'charthome']);

/**
 * Problems of the plugin configs in `text` (an inline entry or a config file): every file a builtin plugin would load
 * (PatchTransformer's path, ConfigMapGenerator's files…) stays in the repository and off the network, and a
 * HelmChartInflationGenerator is checked field by field.
 */
function configProblem(text: string, config: { root: string; directory: string; file: string; firstLine: number; label: string }, context: ChartContext): Problem | undefined {
  const { root, directory, file, firstLine, label } = config;
  // An inline entry's lines count from the entry; a file's from its start.
  const at = (line: number, message: string): Problem => ({ file, line: firstLine + line - 1, message });
  const read = readYamlTree(text);
  if ('error' in read) return at(read.line, `${label} cannot be read as kustomize would read it (${read.error}), so it is not passed to kustomize`);
  for (const document of read.documents) {
    for (const { key, item } of pluginPaths(document)) {
      const value = scalar(item);
      if (typeof value !== 'string' || value === '' || value.includes('\n')) continue;
      const path = foldKey(key) === 'files' ? value.slice(value.indexOf('=') + 1) : value;
      const remote = remoteReference(path, 'file');
      const problem = remote ? remoteProblem(path, remote, context.network) : outside(root, resolve(directory, path)) ? `'${path}' is outside the repository; kustomize would read it from the runner's disk` : undefined;
      if (problem) return at(item.line, `${label} ${key} ${problem}`);
      if (remote) context.fetches?.push(...remoteUrls(path, 'file'));
    }
    const kinds = fieldValues(document, 'kind').map(scalar);
    if (!kinds.some((kind) => typeof kind === 'string' && kind.toLowerCase() === 'helmchartinflationgenerator')) continue;
    const [problem] = generatorConfigProblems(document, `${label} HelmChartInflationGenerator`, context);
    if (problem) return at(problem.line, problem.message);
  }
  return undefined;
}

/** Every value (or list item) under a key of PLUGIN_PATH_KEYS, at any depth of a plugin config. */
function pluginPaths(value: YamlValue): { key: string; item: YamlValue }[] {
  if (value.kind === 'list') return value.items.flatMap(pluginPaths);
  if (value.kind !== 'map') return [];
  return value.entries.flatMap(({ key, value: child }) => {
    if (!PLUGIN_PATH_KEYS.has(foldKey(key))) return pluginPaths(child);
    return child.kind === 'list' ? child.items.map((item) => ({ key, item })) : [{ key, item: child }];
  });
}

/**
 * A generators/transformers/validators entry that is a file holds plugin configs, checked like inline ones. A
 * directory is a kustomization whose output becomes configs: with helm on, its patches could turn a config into a
 * helm call no one checked, so it is refused.
 */
function configFileProblem(tree: TreeWalk, path: string, field: string, entry: string, line: number): Problem | undefined {
  let info;
  try {
    info = statSync(path);
  } catch {
    return undefined; // kustomize reports the missing entry
  }
  if (info.isDirectory()) {
    if (!tree.fence.helm) return undefined;
    const message = `${field} entry '${entry}' is a directory: with helmCharts enabled, the configs a kustomization there builds could run helm with fields no one checked; list the config files instead`;
    return { file: tree.where, line, message };
  }
  const config = { root: tree.root, directory: tree.directory, file: repoPath(tree.root, path), firstLine: 1, label: `${field} entry '${entry}':` };
  return configProblem(readFileSync(path, 'utf8'), config, tree.context);
}

/**
 * go-yaml v2 reads some YAML the yaml package refuses (a multi-line quoted scalar continued at column 0). Such a
 * kustomization still renders when no text in it could reach a tool: nothing that names a URL, git, helm or a plugin,
 * climbs (`..`) or starts at `/`, and no escape, tag or directive that could spell one. The first such text, or
 * undefined.
 */
export function unreadableRisk(text: string): string | undefined {
  const folded = text.toLowerCase().replaceAll('\u017f', 's');
  const risky = /:\/\/|::|@|github\.com|helm|generators|transformers|validators|openapi|\.\.|\\|!|%|binary|(?:^|[\s[{,"'?-])\//m.exec(folded);
  return risky?.[0].trim();
}

/** Directories below `directory` holding a kustomization. */
function nestedKustomizations(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && KUSTOMIZATION_FILES.includes(entry.name) && entry.parentPath !== directory)
    .map((entry) => entry.parentPath);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function outside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

function repoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
