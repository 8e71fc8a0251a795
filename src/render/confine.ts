// Refuses a target whose files point a tool outside the repository: kustomize resources and bases given by `../`
// or absolute paths (kustomize loads directories anywhere), and JSON-schema references helm would load from disk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KUSTOMIZATION_FILES } from '../discover/index.js';

/** Kustomization fields whose entries are files or directories (kustomize errors on unknown fields). */
const LIST_FIELDS = ['resources', 'bases', 'components', 'crds', 'configurations', 'generators', 'transformers', 'validators', 'patchesStrategicMerge'];
const PATH_LIST_FIELDS = ['patches', 'patchesJson6902', 'replacements'];
const GENERATOR_FIELDS = ['configMapGenerator', 'secretGenerator'];

/**
 * The first entry of the kustomization at `target` (or of one it reaches) that leads outside `root`, as a message
 * naming the file and the entry; undefined when every local path stays inside.
 */
export function kustomizeEscape(root: string, target: string): string | undefined {
  const queue = [resolve(root, target)];
  const seen = new Set<string>();
  while (queue.length) {
    const directory = queue.shift()!;
    if (seen.has(directory)) continue;
    seen.add(directory);
    const file = KUSTOMIZATION_FILES.map((name) => join(directory, name)).find((candidate) => existsSync(candidate));
    if (!file) continue;
    for (const { field, entry } of localEntries(readFileSync(file, 'utf8'))) {
      const path = resolve(directory, entry);
      if (outside(root, path)) return `${repoPath(root, file)}: ${field} entry '${entry}' is outside the repository; kustomize would read it from the runner's disk`;
      queue.push(path);
    }
  }
  return undefined;
}

function localEntries(text: string): { field: string; entry: string }[] {
  const entries: { field: string; entry: string }[] = [];
  const add = (field: string, value: unknown) => {
    // Inline YAML (a patch or a generator config written in place) and remote URLs are not paths on disk.
    if (typeof value === 'string' && value !== '' && !value.includes('\n') && !/^[a-z][a-z0-9+.-]*:\/\/|^git@/i.test(value)) entries.push({ field, entry: value });
  };
  for (const document of parseAllDocuments(text, { uniqueKeys: false })) {
    const spec = safeJs(document);
    if (!isRecord(spec)) continue;
    for (const field of LIST_FIELDS) for (const item of list(spec[field])) add(field, item);
    for (const field of PATH_LIST_FIELDS) for (const item of list(spec[field])) add(`${field}.path`, isRecord(item) ? item.path : undefined);
    for (const field of GENERATOR_FIELDS) {
      for (const generator of list(spec[field]).filter(isRecord)) {
        for (const item of list(generator.files)) add(`${field}.files`, typeof item === 'string' ? item.slice(item.indexOf('=') + 1) : undefined);
        for (const item of list(generator.envs)) add(`${field}.envs`, item);
        add(`${field}.env`, generator.env);
      }
    }
    if (isRecord(spec.openapi)) add('openapi.path', spec.openapi.path);
    for (const chart of list(spec.helmCharts).filter(isRecord)) {
      add('helmCharts.valuesFile', chart.valuesFile);
      for (const item of list(chart.additionalValuesFiles)) add('helmCharts.additionalValuesFiles', item);
    }
    if (isRecord(spec.helmGlobals)) {
      add('helmGlobals.chartHome', spec.helmGlobals.chartHome);
      add('helmGlobals.configHome', spec.helmGlobals.configHome);
    }
  }
  return entries;
}

/** Keywords of JSON Schema whose value a validator resolves and may load. */
const SCHEMA_REFERENCES = new Set(['$ref', '$schema', '$id', '$dynamicRef', '$recursiveRef']);

/**
 * The first JSON-schema reference in the chart (and its subcharts) that would load a file outside the chart, as a
 * message; undefined when there is none. helm resolves `file://` references, which would put any file on the runner
 * into an error message.
 */
export function schemaEscape(root: string, chart: string): string | undefined {
  const chartDir = resolve(root, chart);
  for (const file of schemaFiles(chartDir)) {
    let schema: unknown;
    try {
      schema = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue; // helm reports a schema that is not JSON itself
    }
    for (const reference of references(schema)) {
      if (reference.startsWith('#') || /^https?:\/\//i.test(reference)) continue;
      const local = !/^[a-z][a-z0-9+.-]*:/i.test(reference) && !isAbsolute(reference);
      const path = local ? resolve(file, '..', reference.split('#')[0]!) : undefined;
      if (path === undefined || outside(chartDir, path)) {
        return `${repoPath(root, file)} refers to '${reference}', outside the chart; helm would read it from the runner's disk`;
      }
    }
  }
  return undefined;
}

function schemaFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'values.schema.json')
    .map((entry) => join(entry.parentPath, entry.name));
}

function references(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) references(item, found);
  else if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (SCHEMA_REFERENCES.has(key) && typeof item === 'string') found.push(item);
      else references(item, found);
    }
  }
  return found;
}

function outside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

function repoPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function safeJs(document: { toJS(options?: object): unknown }): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
