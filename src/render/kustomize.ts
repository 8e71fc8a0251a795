// Renders a kustomization with the real kustomize (or kubectl kustomize), keeping each object's origin.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { parse } from 'yaml';
import type { KustomizeOptions, RenderedDocument, Target } from '../model.js';
import { splitDocuments, isBlankDocument } from '../manifests/split.js';
import { findTool } from '../tools.js';
import { kustomizeProblem, RenderRefusal } from './confine.js';
import { namespaceProblem } from './helmcharts.js';
import { execTool, offlineHint, stoppedReason, trimStderr } from './exec.js';
import type { RenderContext } from './index.js';
import { guardFetches } from './netguard.js';

/** Annotations our wrapper makes kustomize add; they are removed before evaluation. */
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';
export const TRANSFORMATIONS_ANNOTATION = 'alpha.config.kubernetes.io/transformations';

export async function renderKustomize(target: Target, context: RenderContext): Promise<RenderedDocument[]> {
  const command = kustomizeCommand();
  await fenceKustomize(target, context);
  const targetDir = resolve(context.root, target.path);
  // A wrapper outside the user's tree asks for origin annotations without touching their files.
  const wrapper = await mkdtemp(join(tmpdir(), 'kpg-kustomize-'));
  try {
    await writeFile(join(wrapper, 'kustomization.yaml'), wrapperKustomization(relative(wrapper, targetDir), target.kustomize));
    const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
    const result = await execTool(command.file, [...command.args, ...helmArgs(target), '--', wrapper], { cwd: context.root, ...limits, network: context.allowNetwork });
    const stopped = stoppedReason(result, command.label, limits);
    if (stopped) throw new Error(stopped);
    if (result.code !== 0) {
      throw new Error(`${command.label} failed${offlineHint(result.stderr, context.allowNetwork)}: ${cleanMessage(result.stderr, { wrapper, targetDir, root: context.root, targetPath: target.path })}`);
    }
    return splitDocuments(result.stdout)
      .filter((document) => !isBlankDocument(document.text))
      .map((document) => originOf(document.text, wrapper, context.root, target.path));
  } finally {
    await rm(wrapper, { recursive: true, force: true });
  }
}

/**
 * Everything kustomize would hand to git or helm, checked before it runs. The namespace an Argo CD Application or a
 * Flux Kustomization sets becomes the charts' --namespace, so it is checked too.
 */
async function fenceKustomize(target: Target, context: RenderContext): Promise<void> {
  const helm = target.kustomize?.enableHelm === true;
  const fetches: string[] = [];
  const problem = kustomizeProblem(context.root, target.path, { network: context.allowNetwork, helm, fetches });
  if (problem) throw new RenderRefusal(problem);
  await guardFetches(fetches, context.allowNetworkHosts);
  const namespace = target.kustomize?.namespace;
  const invalid = helm && namespace !== undefined ? namespaceProblem(namespace) : undefined;
  if (invalid) throw new Error(`the namespace '${namespace}' set for ${target.path} ${invalid}; kustomize hands it to helm as --namespace`);
}

function kustomizeCommand(): { file: string; args: string[]; label: string } {
  const kustomize = findTool('kustomize');
  if (kustomize) return { file: kustomize, args: ['build'], label: 'kustomize build' };
  const kubectl = findTool('kubectl');
  if (kubectl) return { file: kubectl, args: ['kustomize'], label: 'kubectl kustomize' };
  throw new Error('neither `kustomize` nor `kubectl` was found on PATH; install kustomize (scripts/install-tools.sh does)');
}

/** `helmCharts` need --enable-helm; the pinned helm is named, so kustomize never runs whatever `helm` PATH holds. */
function helmArgs(target: Target): string[] {
  if (!target.kustomize?.enableHelm) return [];
  const helm = findTool('helm');
  if (!helm) throw new Error('`helm` was not found on PATH; install Helm (scripts/install-tools.sh does) to render helmCharts');
  return ['--enable-helm', `--helm-command=${helm}`];
}

/** What an Argo CD Application or Flux Kustomization sets on top of the kustomization (JSON is YAML). */
function wrapperKustomization(relativeTarget: string, options: KustomizeOptions = {}): string {
  const { enableHelm: _, ...overrides } = options;
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    `- ${JSON.stringify(relativeTarget.split('\\').join('/'))}`,
    'buildMetadata: [originAnnotations, transformerAnnotations]',
    ...Object.entries(overrides).map(([key, value]) => `${key}: ${JSON.stringify(value)}`),
    '',
  ].join('\n');
}

/** kustomize names the wrapper and absolute paths in its errors; say repository paths instead. */
function cleanMessage(stderr: string, paths: { wrapper: string; targetDir: string; root: string; targetPath: string }): string {
  const message = stderr
    .replaceAll(relative(paths.wrapper, paths.targetDir), paths.targetPath)
    .replaceAll(`${paths.root}/`, '')
    .replaceAll(paths.wrapper, '<wrapper>')
    .replace(/^Error: /, '');
  return trimStderr(message);
}

function originOf(text: string, wrapper: string, root: string, targetPath: string): RenderedDocument {
  const { origin, generator, transformations } = buildMetadata(text);
  const inside = (path: string) => {
    const file = repoPath(root, resolve(wrapper, path));
    // A path that leads out of the repository is no source of ours (the wrapper, or a name kustomize could not keep).
    return file.startsWith('../') || isAbsolute(file) ? undefined : file;
  };
  const sourceFile = origin === undefined ? undefined : inside(origin);
  const steps = transformations.map(({ file, kind }) => ({ file: inside(file), kind }));
  return {
    text,
    firstLine: 1,
    sourceFile: sourceFile ?? `${targetPath}/kustomization.yaml`,
    relatedFiles: [...new Set(steps.flatMap((step) => (/Patch/.test(step.kind) && step.file) || []))],
    textIsSource: false,
    internalAnnotations: [ORIGIN_ANNOTATION, TRANSFORMATIONS_ANNOTATION],
    ...(steps.length > 0 && { transformations: steps.map((step) => (step.file ? step : { kind: step.kind })) }),
    ...(sourceFile && generator && { generator }),
  };
}

interface BuildMetadata {
  /** `path` for objects read from a file, `configuredIn` for objects a generator made. */
  origin?: string;
  /** The generator's kind when a generator made the object. */
  generator?: string;
  /** Every transformer that ran over the object, in order: the kustomization that configured it and its kind. */
  transformations: { file: string; kind: string }[];
}

/**
 * The origin and the transformers from the annotations our wrapper asked for. A regular expression reads the usual
 * plain form; a name that needs quoting or a block scalar (a directory named with a line break) is read by parsing.
 */
function buildMetadata(text: string): BuildMetadata {
  const origin = /config\.kubernetes\.io\/origin: \|\n\s+(path|configuredIn): (.+)\n(?:\s+configuredBy:\n\s+apiVersion: \S+\n\s+kind: (\w+))?/.exec(text);
  const transformations = [...text.matchAll(/- configuredIn: (.+)\n\s+configuredBy:\n\s+apiVersion: builtin\n\s+kind: (\w+)/g)];
  const plain = (value: string) => !/^\s*[|>"'&*!{[]/.test(value);
  if ((origin === null || plain(origin[2]!)) && transformations.every((match) => plain(match[1]!))) {
    return {
      origin: origin?.[2]!.trim(),
      generator: origin?.[1] === 'configuredIn' ? origin[3] : undefined,
      transformations: transformations.map((match) => ({ file: match[1]!.trim(), kind: match[2]! })),
    };
  }
  return parsedBuildMetadata(text);
}

function parsedBuildMetadata(text: string): BuildMetadata {
  let annotations: Record<string, unknown> = {};
  try {
    const object = load(text) as { metadata?: { annotations?: Record<string, unknown> } } | undefined;
    annotations = object?.metadata?.annotations ?? {};
  } catch {
    return { transformations: [] }; // the parser reports the document itself
  }
  const read = (value: unknown): unknown => (typeof value === 'string' ? parse(value) : undefined);
  const origin = read(annotations[ORIGIN_ANNOTATION]) as { path?: unknown; configuredIn?: unknown; configuredBy?: { kind?: unknown } } | undefined;
  const transformations = read(annotations[TRANSFORMATIONS_ANNOTATION]);
  const steps = (Array.isArray(transformations) ? transformations : [])
    .filter((entry) => typeof entry?.configuredBy?.kind === 'string' && typeof entry?.configuredIn === 'string')
    .map((entry) => ({ file: entry.configuredIn as string, kind: entry.configuredBy.kind as string }));
  const path = origin?.path ?? origin?.configuredIn;
  const generator = origin?.path === undefined && typeof origin?.configuredBy?.kind === 'string' ? origin.configuredBy.kind : undefined;
  return { origin: typeof path === 'string' ? path : undefined, generator, transformations: steps };
}

function repoPath(root: string, absolute: string): string {
  return relative(root, absolute).split('\\').join('/');
}
