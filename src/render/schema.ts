// Refuses a chart whose values.schema.json would make helm load something: helm v3.19 and v4 compile it with
// santhosh-tekuri/jsonschema (loaders for file, http, https and urn) at the base file:///values.schema.json, so a
// `file://` $ref reads the runner's disk, a relative one resolves against `/`, and an http(s) one (or an unknown
// $schema) goes to the network. Archived subcharts (charts/*.tgz) carry schemas of their own and are read too.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { Parser, type ReadEntry } from 'tar';

export interface SchemaProblem {
  /** Repository path of the schema (or of the archive holding it). */
  file: string;
  /** What is wrong, without the file: `refers to 'file:///etc/passwd', …`. */
  message: string;
}

/** Keywords whose value the validator resolves and may load. */
const REFERENCES = new Set(['$ref', '$dynamicRef', '$recursiveRef']);
/** Meta-schemas the library knows without loading them (draftFromURL). */
const KNOWN_DRAFTS = /^https?:\/\/json-schema\.org\/(schema|draft\/2020-12\/schema|draft\/2019-09\/schema|draft-07\/schema|draft-06\/schema|draft-04\/schema)#?$/;
/** Decompressed bytes read from archives per chart before giving up: helm's own chart limit is 100 MiB. */
const ARCHIVE_BUDGET = 100 * 1024 * 1024;

/**
 * The first schema reference in the charts at `chartDirs` (with their subcharts, unpacked and archived) that helm
 * would load; undefined when every reference stays inside its schema (`#…`), is a `urn:`, or (network on) is http(s).
 * With the network on, the http(s) URLs helm will fetch are added to `fetches`, for netguard.ts to check before helm runs.
 */
export function schemaProblem(root: string, chartDirs: string[], network: boolean, fetches: string[] = []): SchemaProblem | undefined {
  const budget = { bytes: ARCHIVE_BUDGET };
  for (const chartDir of chartDirs) {
    for (const file of chartFiles(chartDir)) {
      const where = displayPath(root, file);
      if (file.endsWith('.tgz')) {
        const problem = archiveProblem(readFileSync(file), where, network, budget, 0, fetches);
        if (problem) return problem;
      } else {
        const problem = documentProblem(readFileSync(file, 'utf8'), network, fetches);
        if (problem) return { file: where, message: problem };
      }
    }
  }
  return undefined;
}

/** values.schema.json files and archived subcharts (charts/*.tgz) of a chart directory, recursively. */
function chartFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && (entry.name === 'values.schema.json' || (entry.name.endsWith('.tgz') && entry.parentPath.split(sep).at(-1) === 'charts')))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function archiveProblem(data: Buffer, where: string, network: boolean, budget: { bytes: number }, depth: number, fetches: string[]): SchemaProblem | undefined {
  const found: { path: string; data: Buffer }[] = [];
  let tooLarge = false;
  let unreadable = data[0] !== 0x1f || data[1] !== 0x8b; // helm reads gzip archives only
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      const keep = entry.type === 'File' && (entry.path.endsWith('/values.schema.json') || entry.path === 'values.schema.json' || entry.path.endsWith('.tgz'));
      const chunks: Buffer[] = [];
      entry.on('data', (chunk: Buffer) => {
        budget.bytes -= chunk.length;
        if (budget.bytes < 0) tooLarge = true;
        else if (keep) chunks.push(chunk);
      });
      entry.on('end', () => keep && found.push({ path: entry.path, data: Buffer.concat(chunks) }));
    },
  });
  parser.on('error', () => (unreadable = true));
  try {
    if (!unreadable) parser.end(data); // synchronous for a buffer: the entries above have all been read when it returns
  } catch {
    unreadable = true;
  }
  if (unreadable) return { file: where, message: 'is not a chart archive helm can read, so its schemas cannot be checked' };
  if (tooLarge) return { file: where, message: `unpacks to more than ${ARCHIVE_BUDGET / 1024 / 1024} MiB, too much to check its schemas` };
  for (const entry of found) {
    if (entry.path.endsWith('.tgz')) {
      if (depth >= 5) return { file: where, message: `holds ${entry.path}, chart archives nested too deep to check` };
      const inner = archiveProblem(entry.data, where, network, budget, depth + 1, fetches);
      if (inner) return { file: where, message: `holds ${entry.path}, which ${inner.message}` };
      continue;
    }
    const why = documentProblem(entry.data.toString('utf8'), network, fetches);
    if (why) return { file: where, message: `holds ${entry.path}, which ${why}` };
  }
  return undefined;
}

/** Why one schema document would make helm load something, or undefined. */
export function documentProblem(text: string, network: boolean, fetches: string[] = []): string | undefined {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch {
    return undefined; // helm reports a schema that is not JSON itself, and loads nothing for it
  }
  const declared = new Set<string>();
  walk(schema, (key, value) => {
    if ((key === '$id' || key === 'id') && isAbsoluteUrl(value)) declared.add(withoutFragment(value));
  });
  let problem: string | undefined;
  walk(schema, (key, value) => {
    if (problem !== undefined) return;
    if (REFERENCES.has(key)) problem = referenceProblem(value, declared, network, fetches);
    else if (key === '$schema') problem = metaSchemaProblem(value, network, fetches);
  });
  return problem;
}

function referenceProblem(reference: string, declared: Set<string>, network: boolean, fetches: string[]): string | undefined {
  if (reference.startsWith('#')) return undefined;
  if (!isAbsoluteUrl(reference)) {
    return `refers to '${reference}', which helm resolves against file:///values.schema.json (or an $id): a file outside the chart, on the runner's disk; refer to '#/…' within the schema`;
  }
  if (declared.has(withoutFragment(reference))) return undefined; // a schema embedded under that $id
  return urlProblem(reference, network, 'refers to', fetches);
}

function metaSchemaProblem(value: string, network: boolean, fetches: string[]): string | undefined {
  if (KNOWN_DRAFTS.test(value)) return undefined;
  if (!isAbsoluteUrl(value)) return `has $schema '${value}', which helm would load from outside the chart`;
  return urlProblem(value, network, 'has the $schema', fetches);
}

function urlProblem(url: string, network: boolean, verb: string, fetches: string[]): string | undefined {
  const scheme = url.slice(0, url.indexOf(':')).toLowerCase();
  if (scheme === 'urn') return undefined; // helm answers every urn: with an empty schema and loads nothing
  if (scheme === 'http' || scheme === 'https') {
    if (network) fetches.push(withoutFragment(url));
    return network ? undefined : `${verb} '${url}', which helm would fetch from the network, which is off (set allow-network to true, or refer to '#/…' within the schema)`;
  }
  return `${verb} '${url}', outside the chart; helm would read it from the runner's disk`;
}

function walk(value: unknown, visit: (key: string, value: string) => void): void {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') visit(key, item);
      else walk(item, visit);
    }
  }
}

/** Repository path, or the absolute path of a chart outside the repository (a pulled one, which remote.ts names). */
function displayPath(root: string, file: string): string {
  const inside = relative(root, file);
  return inside.startsWith(`..${sep}`) || isAbsolute(inside) ? file : inside.split(sep).join('/');
}

function isAbsoluteUrl(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value);
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
