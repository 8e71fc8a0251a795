// Skaffold's deployments: the images `skaffold run` builds and the targets it deploys with them. Skaffold rewrites
// every `image:` that names one of its build artifacts to the image it built (tag and digest), so in those targets
// `image: frontend` is a placeholder, not an untagged image (data.kpg.inventory.skaffold, policies/hardening/image_tag.rego).
// Modelled on Skaffold v2's source (pkg/skaffold/parser, schema/profiles.go, kubernetes/manifest/images.go and
// visitor.go); whatever is not modelled excuses nothing, so the images stay judged as written.
import { dirname, join, normalize } from 'node:path/posix';
import { isMap, LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { Finding, Target } from '../model.js';
import { isWithin } from './helm.js';
import { isSelected, parseSelection } from './select.js';

/** What one way of running Skaffold builds into a target. */
export interface SkaffoldBuild {
  /** Artifact image names as Skaffold compares them with a manifest's images: without `ko://`, lower-cased. */
  images: string[];
  /** `Kind.group` (`Deployment.apps`, `Pod` for the core group) → the image fields Skaffold rewrites there: `.*` is every `image` field, anything else a field path (`.spec.image`). */
  kinds: Record<string, string[]>;
}

export interface Skaffold {
  /** Each distinct way a Skaffold run deploys the target, with the artifacts it builds; none when Skaffold does not deploy it. */
  buildsFor(target: Target): SkaffoldBuild[];
  /** A notice for each Skaffold config that cannot be read: what it builds is judged as written. */
  findings: Finding[];
}

/** The repository as discovery sees it. */
export interface SkaffoldView {
  files: string[];
  read(path: string): string;
}

/**
 * Every Skaffold config in the repository is a way to run it (`skaffold run -f <file>`), with its required configs,
 * alone and with each of its profiles (`-p <name>`, which Skaffold passes on to the required configs). A target is
 * deployed by a run when one of the run's configs names it; a broken config breaks every run that includes it.
 */
export function readSkaffold(view: SkaffoldView, paths: string[] = []): Skaffold {
  const files = new Map<string, ConfigFile>();
  const findings: Finding[] = [];
  const selection = parseSelection(paths);
  for (const path of view.files) {
    if (!/\.ya?ml$/i.test(path)) continue;
    const text = view.read(path);
    if (!SKAFFOLD_API_VERSION.test(text)) continue;
    const file = readConfigFile(path, text);
    files.set(path, file);
    if (file.problem && isSelected(path, selection)) findings.push(notRead(path, file.problem));
  }
  const failures = new Map<string, Problem>();
  const runs = [...files.keys()].flatMap((entry) => runsFrom(entry, files, failures));
  for (const [path, problem] of failures) if (isSelected(path, selection)) findings.push(notRead(path, problem));
  const builds = new Map<Target, SkaffoldBuild[]>();
  return {
    findings,
    buildsFor(target) {
      let found = builds.get(target);
      if (!found) builds.set(target, (found = buildsOf(runs.filter((run) => deploys(run, target)))));
      return found;
    },
  };
}

/** A file holds Skaffold configs when one of its documents says so at the start of a line. */
const SKAFFOLD_API_VERSION = /^apiVersion:[ \t]*["']?skaffold\/v/m;

// ---------------------------------------------------------------------------------------------------------------
// Reading: each document of a file is a config, checked field by field where we read it (Skaffold's own parser is
// strict: a field of the wrong type fails the whole run, so we excuse nothing from it either).

interface ConfigFile {
  path: string;
  configs: Config[];
  problem?: Problem;
}

interface Config {
  file: string;
  index: number;
  name?: string;
  /** The config in the latest schema's shape (v2 configs upgraded as Skaffold upgrades them). */
  raw: Record<string, unknown>;
  /** Profile patches of a v2 config name fields as they were: Skaffold moves them along with the fields. */
  legacy: boolean;
  /** The line of each `requires` entry, where a missing required config is reported. */
  requireLines: number[];
}

interface Problem {
  message: string;
  line: number;
}

class Invalid extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

function readConfigFile(path: string, text: string): ConfigFile {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, merge: true });
  const configs: Config[] = [];
  for (const [index, document] of documents.entries()) {
    const error = document.errors[0];
    if (error) return { path, configs: [], problem: { message: error.message.split('\n')[0]!.replace(/:$/, ''), line: error.linePos?.[0].line ?? 1 } };
    if (document.contents === null) continue;
    try {
      configs.push(readConfig(path, index, document, lines));
    } catch (problem) {
      if (!(problem instanceof Invalid)) throw problem;
      return { path, configs: [], problem: { message: problem.message, line: lineOf(document, problem.path, lines) } };
    }
  }
  const names = configs.map((config) => config.name).filter((name) => name !== undefined);
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated) return { path, configs: [], problem: { message: `two configs are named '${repeated}'; Skaffold expects config names unique in a file`, line: 1 } };
  return { path, configs };
}

function readConfig(file: string, index: number, document: Document, lines: LineCounter): Config {
  if (!isMap(document.contents)) throw new Invalid([], 'the document is not a mapping; expected a Skaffold config');
  let raw: Record<string, unknown>;
  try {
    raw = document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch (error) {
    // An alias bomb, or a key that is no scalar: Skaffold's YAML reader refuses them as well.
    throw new Invalid([], `the document cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const apiVersion = raw.apiVersion;
  if (typeof apiVersion !== 'string' || !/^skaffold\/v\d/.test(apiVersion)) throw new Invalid(['apiVersion'], `apiVersion ${JSON.stringify(apiVersion)} is not Skaffold's; expected skaffold/v<version> in every document of a Skaffold file`);
  if (raw.kind !== 'Config') throw new Invalid(['kind'], `kind ${JSON.stringify(raw.kind)} is not Config; expected kind: Config`);
  const legacy = /^skaffold\/v[12](alpha|beta|$)/.test(apiVersion);
  const name = optional(map(raw.metadata ?? {}, ['metadata']).name, ['metadata', 'name'], 'string') as string | undefined;
  const requireLines = Array.isArray(raw.requires) ? raw.requires.map((_, i) => lineOf(document, ['requires', i], lines)) : [];
  const config: Config = { file, index, ...(name && { name }), raw: upgrade(raw, [], legacy), legacy, requireLines };
  // Each profile must read too: Skaffold parses them all before it applies any.
  list(raw.profiles ?? [], ['profiles']).forEach((profile, i) => {
    const where = ['profiles', i];
    const fields = map(profile, where);
    optional(fields.name, [...where, 'name'], 'string');
    list(fields.patches ?? [], [...where, 'patches']).forEach((patch, j) => {
      const op = map(patch, [...where, 'patches', j]);
      for (const key of ['op', 'path', 'from']) optional(op[key], [...where, 'patches', j, key], 'string');
    });
    deployment(upgrade(fields, where, legacy), where);
  });
  deployment(config.raw, []);
  requirements(config.raw);
  return config;
}

/**
 * A skaffold/v1 or v2 pipeline in the v3 shape, as Skaffold's v2beta29 upgrade moves it: `deploy.kubectl.manifests`
 * → `manifests.rawYaml`, `deploy.kustomize` → `manifests.kustomize` (paths default to `.`, `path` before v2beta1),
 * `deploy.helm` → `manifests.helm` as well. A copy: the document itself is not changed.
 */
function upgrade(pipeline: Record<string, unknown>, where: (string | number)[], legacy: boolean): Record<string, unknown> {
  if (!legacy || pipeline.deploy === undefined) return pipeline;
  const deploy = { ...map(pipeline.deploy, [...where, 'deploy']) };
  const manifests: Record<string, unknown> = {};
  if (deploy.kubectl != null) {
    const kubectl = { ...map(deploy.kubectl, [...where, 'deploy', 'kubectl']) };
    if (kubectl.manifests !== undefined) manifests.rawYaml = strings(kubectl.manifests, [...where, 'deploy', 'kubectl', 'manifests']);
    delete kubectl.manifests;
    deploy.kubectl = kubectl;
  }
  if (deploy.kustomize != null) {
    const kustomize = map(deploy.kustomize, [...where, 'deploy', 'kustomize']);
    const path = optional(kustomize.path, [...where, 'deploy', 'kustomize', 'path'], 'string') as string | undefined;
    const paths = kustomize.paths === undefined ? [] : strings(kustomize.paths, [...where, 'deploy', 'kustomize', 'paths']);
    manifests.kustomize = { paths: paths.length ? paths : [path ?? '.'] };
    deploy.kubectl ??= {};
    delete deploy.kustomize;
  }
  if (deploy.kpt != null) throw new Invalid([...where, 'deploy', 'kpt'], 'deploy.kpt of a v2 config cannot be upgraded by Skaffold v2 ("converting deploy.kpt isn\'t currently supported")');
  if (deploy.helm != null) manifests.helm = deploy.helm;
  return { ...pipeline, deploy, ...(Object.keys(manifests).length && { manifests }) };
}

// ---------------------------------------------------------------------------------------------------------------
// A config's pipeline: what it builds and what it deploys (repository paths relative to the config's file).

interface Deployment {
  images: string[];
  rawYaml: string[];
  kustomize: string[];
  charts: string[];
  kpt: string[];
  /** Something renders or deploys (else, alone in its run, Skaffold deploys `k8s/*.yaml`). */
  configured: boolean;
  allow: ResourceFilter[];
  deny: ResourceFilter[];
}

interface ResourceFilter {
  groupKind: string;
  image: string[];
}

function deployment(pipeline: Record<string, unknown>, where: (string | number)[]): Deployment {
  const at = (...path: (string | number)[]) => [...where, ...path];
  const build = map(pipeline.build ?? {}, at('build'));
  const images = list(build.artifacts ?? [], at('build', 'artifacts')).map((artifact, i) => artifactImage(map(artifact, at('build', 'artifacts', i)).image, at('build', 'artifacts', i, 'image')));
  const manifests = map(pipeline.manifests ?? {}, at('manifests'));
  const deploy = map(pipeline.deploy ?? {}, at('deploy'));
  const kustomize = manifests.kustomize == null ? undefined : map(manifests.kustomize, at('manifests', 'kustomize'));
  const charts = (helm: unknown, path: (string | number)[]) =>
    helm == null ? [] : list(map(helm, path).releases ?? [], [...path, 'releases']).flatMap((release, i) => {
      const chartPath = optional(map(release, [...path, 'releases', i]).chartPath, [...path, 'releases', i, 'chartPath'], 'string') as string | undefined;
      return chartPath === undefined ? [] : [chartPath];
    });
  const selector = map(pipeline.resourceSelector ?? {}, at('resourceSelector'));
  const rawYaml = strings(manifests.rawYaml ?? [], at('manifests', 'rawYaml'));
  const kpt = strings(manifests.kpt ?? [], at('manifests', 'kpt'));
  return {
    images,
    rawYaml,
    kustomize: kustomize ? strings(kustomize.paths ?? [], at('manifests', 'kustomize', 'paths')) : [],
    charts: [...charts(manifests.helm, at('manifests', 'helm')), ...charts(deploy.helm, at('deploy', 'helm'))],
    kpt,
    // Skaffold's SetDefaultRenderer: any renderer, or a deployer that needs no manifests, keeps k8s/*.yaml away.
    configured: rawYaml.length > 0 || kpt.length > 0 || kustomize !== undefined || manifests.helm != null || ['helm', 'docker', 'cloudrun'].some((key) => deploy[key] != null),
    allow: filters(selector.allow, at('resourceSelector', 'allow')),
    deny: filters(selector.deny, at('resourceSelector', 'deny')),
  };
}

/** An artifact's image, checked as Skaffold's validation does: a name without tag or digest. */
function artifactImage(value: unknown, path: (string | number)[]): string {
  if (typeof value !== 'string' || value === '') throw new Invalid(path, `build artifact image is ${JSON.stringify(value)}; expected an image name`);
  const image = sanitizeImageName(value);
  const last = image.split('/').at(-1)!;
  if (image.includes('@') || last.includes(':')) throw new Invalid(path, `build artifact image '${value}' has a tag or digest; Skaffold expects a name alone (its tagger adds the tag)`);
  if (!REFERENCE_NAME.test(image)) throw new Invalid(path, `build artifact image '${value}' is not a valid image name; expected one such as frontend or ghcr.io/acme/frontend`);
  return image;
}

/** distribution/reference's name: an optional registry host (and port), then lower-case path components. */
const REFERENCE_NAME = /^(?:(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])(?:\.(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9]))*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;

/** Skaffold's docker.SanitizeImageName: without a `ko://` prefix, the name (not the tag) lower-cased. */
export function sanitizeImageName(image: string): string {
  const bare = image.replace(/^ko:\/\//, '');
  const at = bare.search(/[:@][^/]*$/);
  return at < 0 ? bare.toLowerCase() : bare.slice(0, at).toLowerCase() + bare.slice(at);
}

function filters(value: unknown, path: (string | number)[]): ResourceFilter[] {
  return list(value ?? [], path).map((entry, i) => {
    const filter = map(entry, [...path, i]);
    const groupKind = optional(filter.groupKind, [...path, i, 'groupKind'], 'string') as string | undefined;
    if (!groupKind) throw new Invalid([...path, i, 'groupKind'], 'a resourceSelector entry has no groupKind; expected one such as Deployment.apps');
    return { groupKind, image: strings(filter.image ?? [], [...path, i, 'image']) };
  });
}

interface Requirement {
  /** Repository path of the required file, or undefined for the same file; null for a remote one (git, GCS). */
  file: string | undefined | null;
  configs: string[];
  activeProfiles: { name: string; activatedBy: string[] }[];
}

function requirements(raw: Record<string, unknown>): Requirement[] {
  return list(raw.requires ?? [], ['requires']).map((entry, i) => {
    const where = ['requires', i];
    const requirement = map(entry, where);
    const path = optional(requirement.path, [...where, 'path'], 'string') as string | undefined;
    const remote = ['git', 'googleCloudStorage', 'googleCloudBuildRepoV2'].some((key) => requirement[key] != null);
    return {
      file: remote ? null : path,
      configs: strings(requirement.configs ?? [], [...where, 'configs']),
      activeProfiles: list(requirement.activeProfiles ?? [], [...where, 'activeProfiles']).map((profile, j) => {
        const fields = map(profile, [...where, 'activeProfiles', j]);
        return { name: String(optional(fields.name, [...where, 'activeProfiles', j, 'name'], 'string') ?? ''), activatedBy: strings(fields.activatedBy ?? [], [...where, 'activeProfiles', j, 'activatedBy']) };
      }),
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Runs: an entry file with the configs it requires, without profiles and with each profile name in them.

interface Run {
  images: Set<string>;
  kinds: Record<string, string[]>;
  rawYaml: string[];
  kustomize: Set<string>;
  charts: Set<string>;
  kpt: string[];
}

interface Effective {
  config: Config;
  deployment: Deployment;
}

/** The runs from one entry file; `failures` collects the configs that make every run through them fail. */
function runsFrom(entry: string, files: Map<string, ConfigFile>, failures: Map<string, Problem>): Run[] {
  const plain = collectRun(entry, files);
  if (plain.failed) {
    const { problem } = plain;
    if (problem && !files.get(problem.file)?.problem) failures.set(problem.file, problem);
    return [];
  }
  const names = new Set(plain.configs.flatMap(({ config }) => profileNames(config.raw)));
  const runs = [plain, ...[...names].map((name) => collectRun(entry, files, [name]))];
  return runs.flatMap((run) => (run.failed ? [] : [toRun(run.configs)]));
}

type Collected = { failed: false; configs: Effective[] } | { failed: true; problem?: Problem & { file: string } };

/** Skaffold's parser.GetConfigSet: the entry's configs and, depth first, those they require, each with its profiles. */
function collectRun(entry: string, files: Map<string, ConfigFile>, profiles: string[] = []): Collected {
  const configs: Effective[] = [];
  const seen = new Set<string>();
  const visit = (path: string, selected: string[], active: string[]): void => {
    const file = files.get(path)!;
    if (file.problem) throw new RunFailure({ ...file.problem, file: path });
    for (const config of file.configs) {
      if (selected.length && !selected.includes(config.name ?? '')) continue;
      const applied = active.filter((name, i) => active.indexOf(name) === i && profileNames(config.raw).includes(name));
      const key = `${path}:${config.index}:${[...applied].sort().join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const raw = withProfiles(config, applied);
      if (!raw) throw new RunFailure();
      let effective: Effective;
      let required: Requirement[];
      try {
        effective = { config, deployment: deployment(raw, []) };
        required = requirements(raw);
      } catch (problem) {
        if (problem instanceof Invalid) throw new RunFailure();
        throw problem;
      }
      for (const [i, requirement] of required.entries()) {
        if (requirement.file === null) continue;
        const target = requiredFile(path, requirement.file, files);
        if (!target) throw new RunFailure({ message: `requires '${requirement.file}', which is no Skaffold config in the repository`, line: config.requireLines[i] ?? 1, file: path });
        const passed = requirement.activeProfiles.filter((profile) => !profile.activatedBy.length || profile.activatedBy.some((name) => applied.includes(name))).map((profile) => profile.name);
        // --propagate-profiles (on by default) passes the command line's profiles to every required config.
        visit(target, requirement.configs, [...passed, ...profiles]);
      }
      configs.push(effective);
    }
  };
  try {
    visit(entry, [], profiles);
  } catch (failure) {
    if (failure instanceof RunFailure) return { failed: true, problem: failure.problem };
    throw failure;
  }
  return { failed: false, configs };
}

class RunFailure extends Error {
  constructor(readonly problem?: Problem & { file: string }) {
    super(problem?.message ?? 'skaffold run fails');
  }
}

/** A required path: the file itself, or `skaffold.yaml` in the directory it names (relative to the requiring file). */
function requiredFile(from: string, path: string | undefined, files: Map<string, ConfigFile>): string | undefined {
  if (path === undefined) return from;
  const resolved = repositoryPath(dirname(from), path);
  if (resolved === undefined) return undefined;
  return [resolved, join(resolved, 'skaffold.yaml')].find((candidate) => files.has(candidate));
}

function profileNames(raw: Record<string, unknown>): string[] {
  return ((raw.profiles ?? []) as Record<string, unknown>[]).map((profile) => profile.name).filter((name): name is string => typeof name === 'string');
}

/** Combines a run's configs as Skaffold's runner does: every artifact is replaced in every config's manifests. */
function toRun(configs: Effective[]): Run {
  const run: Run = { images: new Set(), kinds: {}, rawYaml: [], kustomize: new Set(), charts: new Set(), kpt: [] };
  const allow: ResourceFilter[] = [];
  const deny: ResourceFilter[] = [];
  for (const { config, deployment } of configs) {
    const base = dirname(config.file);
    const paths = (entries: string[]) => entries.flatMap((entry) => repositoryPath(base, entry) ?? []);
    // Skaffold's setDefaultRendererAndDeployer: only a run of one config falls back to k8s/*.yaml.
    const rawYaml = deployment.configured || configs.length > 1 ? deployment.rawYaml : ['k8s/*.yaml'];
    for (const image of deployment.images) run.images.add(image);
    run.rawYaml.push(...paths(rawYaml));
    for (const path of paths(deployment.kustomize)) run.kustomize.add(path);
    for (const path of paths(deployment.charts)) run.charts.add(path);
    run.kpt.push(...paths(deployment.kpt));
    allow.push(...deployment.allow);
    deny.push(...deployment.deny);
  }
  run.kinds = replacedKinds(allow, deny);
  return run;
}

/**
 * A path of the config relative to its file's directory, in the repository; undefined for what cannot be one (a URL,
 * an absolute path, a path out of the repository, a `{{.ENV}}` template Skaffold fills at run time).
 */
function repositoryPath(base: string, path: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path) || path.startsWith('/') || path.includes('{{')) return undefined;
  const resolved = normalize(join(base, path)).replace(/\/$/, '');
  return resolved === '..' || resolved.startsWith('../') ? undefined : resolved;
}

// ---------------------------------------------------------------------------------------------------------------
// Profiles, as schema/profiles.go applies them: the profile's fields over the config's, then its patches.

function withProfiles(config: Config, names: string[]): Record<string, unknown> | undefined {
  let raw = config.raw;
  for (const name of names) {
    const profile = (config.raw.profiles as Record<string, unknown>[]).find((candidate) => candidate.name === name)!;
    raw = overlay(raw, upgrade(profile, [], config.legacy), []) as Record<string, unknown>;
    for (const patch of (profile.patches ?? []) as Record<string, unknown>[]) {
      const patched = applyPatch(raw, patch, config.legacy);
      if (!patched) return undefined;
      raw = patched;
    }
  }
  return raw;
}

/** Pipeline fields a profile may set; the rest of a profile (name, activation, patches) is not part of the config. */
const PIPELINE_FIELDS = ['build', 'test', 'manifests', 'deploy', 'portForward', 'resourceSelector', 'verify', 'customActions'];

/** Fields that are pointers in Skaffold's schema: a profile's value replaces the config's whole. */
const REPLACED = new Set(['manifests.kustomize', 'manifests.helm', 'manifests.transform', 'manifests.validate', 'deploy.docker', 'deploy.helm', 'deploy.kpt', 'deploy.kubectl', 'deploy.cloudrun']);

/** The build types: one of them (Skaffold's `oneOf`); a profile that names one drops the config's. */
const BUILD_TYPES = ['local', 'googleCloudBuild', 'cluster'];

/** overlayProfileField: structs merge field by field, a non-empty list or a set pointer or scalar replaces. */
function overlay(base: unknown, profile: unknown, path: string[]): unknown {
  if (path.length === 0) {
    const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    const fields = profile as Record<string, unknown>;
    for (const key of PIPELINE_FIELDS) if (key in fields) merged[key] = overlay(merged[key], fields[key], [key]);
    return merged;
  }
  if (profile === undefined || profile === null || profile === '' || profile === 0 || profile === false) return base;
  if (Array.isArray(profile)) return profile.length ? profile : base;
  if (typeof profile !== 'object' || REPLACED.has(path.join('.')) || typeof base !== 'object' || base === null || Array.isArray(base)) return profile;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const fields = profile as Record<string, unknown>;
  if (path.join('.') === 'build' && BUILD_TYPES.some((type) => fields[type] != null)) for (const type of BUILD_TYPES) delete merged[type];
  for (const [key, value] of Object.entries(fields)) merged[key] = overlay(merged[key], value, [...path, key]);
  return merged;
}

/** Where Skaffold's v2beta29 upgrade moves the fields a v2 profile patch names. */
const PATCH_MIGRATIONS: [string, string[]][] = [
  ['/deploy/kubectl/manifests', ['/manifests/rawYaml']],
  ['/deploy/kustomize/paths', ['/manifests/kustomize/paths']],
  ['/deploy/helm', ['/manifests/helm', '/deploy/helm']],
];

/**
 * One profile patch, as Skaffold's yaml-patch library applies it (github.com/krishicks/yaml-patch): RFC 6902
 * operations on a copy, undefined when the patch does not apply (Skaffold then fails the run). Hand-written: no
 * JSON Patch library is among our dependencies, and this one differs from RFC 6902 (`add` to a map replaces,
 * `copy`/`move` set an array index). Its `key=value` search syntax is not modelled: such a profile excuses nothing.
 */
function applyPatch(raw: Record<string, unknown>, patch: Record<string, unknown>, legacy: boolean): Record<string, unknown> | undefined {
  const op = (patch.op as string | undefined) || 'replace';
  let paths = [String(patch.path ?? '')];
  let from = patch.from === undefined ? undefined : String(patch.from);
  if (legacy) {
    const migrate = (path: string) => {
      const rule = PATCH_MIGRATIONS.find(([old]) => path === old || path.startsWith(`${old}/`));
      return rule ? rule[1].map((prefix) => prefix + path.slice(rule[0].length)) : [path];
    };
    paths = migrate(paths[0]!);
    from = from === undefined ? undefined : migrate(from)[0];
  }
  if ([...paths, from ?? ''].some((path) => path.includes('='))) return undefined;
  const document = structuredClone(raw);
  for (const path of paths) if (!patchAt(document, op, path, from, patch.value)) return undefined;
  return document;
}

type Container = Record<string, unknown> | unknown[];

function patchAt(document: Record<string, unknown>, op: string, path: string, from: string | undefined, value: unknown): boolean {
  if (op === 'move' || op === 'copy') {
    const source = from === undefined ? undefined : locate(document, from);
    if (!source) return false;
    const moved = get(source.container, source.key);
    if (op === 'move' && !remove(source.container, source.key)) return false;
    const target = locate(document, path);
    return target !== undefined && set(target.container, target.key, structuredClone(moved));
  }
  const target = locate(document, path);
  if (!target) return false;
  const { container, key } = target;
  switch (op) {
    case 'add':
      if (!Array.isArray(container)) return set(container, key, value);
      if (key === '-') return container.push(value) > 0;
      return isIndex(key) && Number(key) <= container.length && container.splice(Number(key), 0, value) !== undefined;
    case 'remove':
      return remove(container, key);
    case 'replace':
      return get(container, key) != null && set(container, key, value);
    case 'test':
      return JSON.stringify(get(container, key) ?? null) === JSON.stringify(value ?? null);
    default:
      return false;
  }
}

/** The container a pointer's last token is in; a pointer must start with `/`, and every step must exist. */
function locate(document: Record<string, unknown>, pointer: string): { container: Container; key: string } | undefined {
  if (!pointer.startsWith('/') || pointer === '/') return undefined;
  const tokens = pointer.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  let container: unknown = document;
  for (const token of tokens.slice(0, -1)) {
    container = typeof container === 'object' && container !== null ? get(container as Container, token) : undefined;
    if (typeof container !== 'object' || container === null) return undefined;
  }
  return { container: container as Container, key: tokens.at(-1)! };
}

function isIndex(key: string): boolean {
  return /^\d+$/.test(key);
}

function get(container: Container, key: string): unknown {
  if (!Array.isArray(container)) return Object.hasOwn(container, key) ? container[key] : undefined;
  return isIndex(key) ? container[Number(key)] : undefined;
}

function set(container: Container, key: string, value: unknown): boolean {
  if (!Array.isArray(container)) {
    container[key] = value;
    return true;
  }
  if (!isIndex(key)) return false;
  container[Number(key)] = value;
  return true;
}

function remove(container: Container, key: string): boolean {
  if (!Array.isArray(container)) return Object.hasOwn(container, key) && delete container[key];
  return isIndex(key) && Number(key) < container.length && container.splice(Number(key), 1).length === 1;
}

// ---------------------------------------------------------------------------------------------------------------
// Which kinds' images Skaffold rewrites: its default allowlist (kubernetes/manifest/visitor.go), then the run's
// resourceSelector: an `allow` entry replaces a kind's fields, a `deny` entry takes the kind out
// (render/renderer/util ConsolidateTransformConfiguration). Field paths lose their `.*` as ConvertJSONPathIndex
// does; `.*` alone means every `image` field.

const EVERY_IMAGE = ['.*'];
const CONFLUENT = ['.spec.image.application', '.spec.image.init'];

const DEFAULT_ALLOWLIST: Record<string, string[]> = {
  Pod: EVERY_IMAGE,
  Service: EVERY_IMAGE,
  'DaemonSet.apps': EVERY_IMAGE,
  'Deployment.apps': EVERY_IMAGE,
  'ReplicaSet.apps': EVERY_IMAGE,
  'StatefulSet.apps': EVERY_IMAGE,
  'CronJob.batch': EVERY_IMAGE,
  'Job.batch': EVERY_IMAGE,
  'DaemonSet.extensions': EVERY_IMAGE,
  'Deployment.extensions': EVERY_IMAGE,
  'ReplicaSet.extensions': EVERY_IMAGE,
  'Service.serving.knative.dev': EVERY_IMAGE,
  'Fleet.agones.dev': EVERY_IMAGE,
  'GameServer.agones.dev': EVERY_IMAGE,
  'Rollout.argoproj.io': EVERY_IMAGE,
  'Workflow.argoproj.io': EVERY_IMAGE,
  'CronWorkflow.argoproj.io': EVERY_IMAGE,
  'WorkflowTemplate.argoproj.io': EVERY_IMAGE,
  'ClusterWorkflowTemplate.argoproj.io': EVERY_IMAGE,
  'Connect.platform.confluent.io': CONFLUENT,
  'ControlCenter.platform.confluent.io': CONFLUENT,
  'Kafka.platform.confluent.io': CONFLUENT,
  'KsqlDB.platform.confluent.io': CONFLUENT,
  'SchemaRegistry.platform.confluent.io': CONFLUENT,
  'Zookeeper.platform.confluent.io': CONFLUENT,
  'Job.run.googleapis.com': EVERY_IMAGE,
  'WorkerPool.run.googleapis.com': EVERY_IMAGE,
  'KafkaConnect.kafka.strimzi.io': ['.spec.image'],
  'Kafka.kafka.strimzi.io': ['.spec.kafka.image', '.spec.zookeeper.image', '.spec.entityOperator.topicOperator.image', '.spec.entityOperator.userOperator.image', '.spec.kafkaExporter.image.'],
};

function replacedKinds(allow: ResourceFilter[], deny: ResourceFilter[]): Record<string, string[]> {
  const kinds: Record<string, string[]> = { ...DEFAULT_ALLOWLIST };
  for (const filter of allow) kinds[groupKind(filter.groupKind)] = filter.image.map((path) => (path === '.*' ? path : path.replaceAll('.*', '')));
  for (const filter of deny) delete kinds[groupKind(filter.groupKind)];
  return Object.fromEntries(Object.entries(kinds).filter(([, paths]) => paths.length > 0).sort(([a], [b]) => a.localeCompare(b)));
}

/** apimachinery's ParseGroupKind, written back: `Deployment.apps` stays, `Pod.` (the core group) is `Pod`. */
function groupKind(value: string): string {
  const dot = value.indexOf('.');
  return dot < 0 || dot === value.length - 1 ? value.replace(/\.$/, '') : value;
}

// ---------------------------------------------------------------------------------------------------------------
// Targets: which runs deploy them. Only what Skaffold itself renders: an Argo CD or Flux deployment of the same
// directory applies the manifests as written, and so does a chart pulled from a repository.

function deploys(run: Run, target: Target): boolean {
  if (target.deployedBy || target.chart) return false;
  switch (target.kind) {
    case 'manifests':
      return run.rawYaml.some((pattern) => matchesRawYaml(target.path, pattern)) || run.kpt.some((directory) => isWithin(target.path, directory));
    case 'kustomize':
      // A base is judged alone too: Skaffold deploys it when it deploys an overlay built on it.
      return run.kustomize.has(target.path) || (target.includedBy ?? []).some((overlay) => run.kustomize.has(overlay));
    case 'helm':
      return run.charts.has(target.path);
  }
}

/**
 * Skaffold's util.ExpandPathsGlob: a file named as it is, or Go's filepath.Glob, where a matched directory deploys
 * every file below it. Go's patterns have `*`, `?` and `[...]` within one path segment: `**` is `*` twice, and
 * braces, parentheses and a leading `!` are plain characters, so they are escaped for node's glob.
 */
function matchesRawYaml(file: string, pattern: string): boolean {
  if (file === pattern) return true;
  if (!/[*?[]/.test(pattern)) return false;
  const glob = pattern.replace(/\*+/g, '*').replace(/[{}()!+@]/g, (character) => `\\${character}`);
  const selection = { includes: [glob], excludes: [] };
  for (let path = file; path !== '.' && path !== ''; path = dirname(path)) if (isSelected(path, selection)) return true;
  return false;
}

/** One build per distinct set of rewritten kinds, with every image some run builds there. */
function buildsOf(runs: Run[]): SkaffoldBuild[] {
  const byKinds = new Map<string, SkaffoldBuild>();
  for (const run of runs) {
    if (!run.images.size) continue;
    const key = JSON.stringify(run.kinds);
    const build = byKinds.get(key) ?? { images: [], kinds: run.kinds };
    build.images = [...new Set([...build.images, ...run.images])].sort();
    byKinds.set(key, build);
  }
  return [...byKinds.values()];
}

// ---------------------------------------------------------------------------------------------------------------

function notRead(file: string, problem: Problem): Finding {
  return {
    ruleId: 'not-checked',
    severity: 'notice',
    title: 'Not read: Skaffold config',
    message: `${file}: ${problem.message}. Skaffold would refuse this config, so the images it builds are judged as written`,
    target: { kind: 'manifests', path: file },
    location: { file, line: problem.line },
  };
}

function lineOf(document: Document, path: (string | number)[], lines: LineCounter): number {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
  }
  return 1;
}

function map(value: unknown, path: (string | number)[]): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new Invalid(path, `${dotted(path)} is ${describe(value)}; expected a mapping`);
}

function list(value: unknown, path: (string | number)[]): unknown[] {
  if (Array.isArray(value)) return value;
  throw new Invalid(path, `${dotted(path)} is ${describe(value)}; expected a list`);
}

function strings(value: unknown, path: (string | number)[]): string[] {
  return list(value, path).map((entry, i) => {
    if (typeof entry === 'string') return entry;
    throw new Invalid([...path, i], `${dotted([...path, i])} is ${describe(entry)}; expected a string`);
  });
}

function optional(value: unknown, path: (string | number)[], type: 'string'): unknown {
  if (value === undefined || value === null || typeof value === type) return value ?? undefined;
  throw new Invalid(path, `${dotted(path)} is ${describe(value)}; expected a ${type}`);
}

function dotted(path: (string | number)[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i ? `.${part}` : part)).join('') || 'the document';
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a mapping' : JSON.stringify(value);
}
