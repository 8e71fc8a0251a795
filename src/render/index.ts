// Renders a target to YAML documents with their origins; a failed render is a finding, never the end of the run.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { load } from 'js-yaml';
import { substituteVariables, SubstitutionBudgetError } from '../discover/gitops/envsubst.js';
import { editKustomization } from '../discover/gitops/kustomization.js';
import { KUSTOMIZATION_FILES } from '../discover/kustomize.js';
import { errorMessage } from '../errors.js';
import { PIPELINE_RULES, type Finding, type RenderedDocument, type Target } from '../model.js';
import { RenderRefusal } from './confine.js';
import { buildDependencies } from './dependencies.js';
import { renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import { renderManifests } from './plain.js';
import { renderRemoteChart } from './remote.js';

export interface RenderContext {
  /** Absolute path of the repository checkout; target paths are relative to it. */
  root: string;
  /** Per render. */
  timeoutMs: number;
  /** Let kustomize fetch remote bases and Helm reach repositories. */
  allowNetwork: boolean;
  /** With allowNetwork: hosts a fetch may reach although they resolve to private or loopback addresses (netguard.ts). */
  allowNetworkHosts?: string[];
  /** A render that prints more than this is stopped and reported. */
  maxRenderBytes: number;
  /** The group/versions the repository's CustomResourceDefinitions serve: Helm's `.Capabilities.APIVersions` has them. */
  crdApiVersions?: string[];
}

export type Renderer = (target: Target, context: RenderContext) => Promise<RenderedDocument[]>;

const RENDERERS: Record<Target['kind'], Renderer> = {
  kustomize: renderKustomize,
  helm: renderHelm,
  manifests: renderManifests,
};

export type RenderResult = { target: Target; documents: RenderedDocument[] } | { target: Target; failure: Finding };

export async function renderTarget(target: Target, context: RenderContext): Promise<RenderResult> {
  const inline = await inlineValues(target);
  let edited: EditedKustomization | undefined;
  try {
    if (target.kind === 'helm' && !target.chart) await buildDependencies(target.path, context);
    edited = target.kind === 'kustomize' && target.kustomize?.edits ? await editedKustomization(target, context) : undefined;
    const render = target.chart ? renderRemoteChart : RENDERERS[target.kind];
    const documents = edited ? (await render(edited.target, edited.context)).map(edited.restore) : await render(inline.target, context);
    const budget = { bytes: context.maxRenderBytes };
    return { target, documents: documents.map((document) => finished(document, target, inline.directory, budget)) };
  } catch (error) {
    const restore = (text: string) => (edited ? edited.restoreText(text) : text);
    const message = restore(errorMessage(error).replaceAll(`${inline.directory}/`, ''));
    // A refusal before any tool ran points at the offending entry; a pulled chart's stays on the object naming it.
    const at = error instanceof RenderRefusal && !target.chart ? { file: restore(error.location.file), line: error.location.line } : undefined;
    return { target, failure: renderFailure(target, message, at) };
  } finally {
    if (inline.directory) await rm(inline.directory, { recursive: true, force: true });
    await edited?.dispose();
  }
}

interface EditedKustomization {
  target: Target;
  context: RenderContext;
  /** Paths of the copy in a rendered document → the target's own. */
  restore(document: RenderedDocument): RenderedDocument;
  restoreText(text: string): string;
  dispose(): Promise<void>;
}

/**
 * A GitOps controller edits the kustomization before it builds (Flux's generator, Argo CD's `kustomize edit`): the
 * target's directory is copied beside itself in the sandbox (so `../base` still resolves to the same files) and the
 * copy's kustomization is edited; the repository root's own copy is a directory of its own, since nothing above it
 * may be read anyway. Every path of the copy in documents and messages is turned back into the target's.
 */
async function editedKustomization(target: Target, context: RenderContext): Promise<EditedKustomization> {
  const source = resolve(context.root, target.path);
  const atRoot = target.path === '.';
  const copy = await mkdtemp(atRoot ? join(tmpdir(), 'kpg-edited-') : join(dirname(source), `.kpg-edited-${basename(source)}-`));
  const dispose = () => rm(copy, { recursive: true, force: true });
  try {
    // Another render's copy being made or removed beside it is no file of the target.
    await cp(source, copy, { recursive: true, filter: (path) => !basename(path).startsWith('.kpg-edited-') });
    const name = KUSTOMIZATION_FILES.find((file) => !target.kustomize!.edits!.generate && existsIn(copy, file));
    const files = name ? [] : await listFiles(copy);
    const text = name ? await readFile(join(copy, name), 'utf8') : undefined;
    await writeFile(join(copy, name ?? 'kustomization.yaml'), editKustomization(text, target.kustomize!.edits!, files));
  } catch (error) {
    await dispose();
    throw new Error(`could not apply ${target.deployedBy?.kind ?? 'the deployer'}'s changes to the kustomization of ${target.path}: ${errorMessage(error).replaceAll(`${copy}/`, '')}`);
  }
  const copyPath = atRoot ? '.' : relative(context.root, copy).split('\\').join('/');
  const { edits: _, ...wrapperOptions } = target.kustomize!;
  const fromCopy = (path: string) => (atRoot || (path !== copyPath && !path.startsWith(`${copyPath}/`)) ? path : `${target.path}${path.slice(copyPath.length)}`);
  const restoreText = (text: string) => (atRoot ? text.replaceAll(`${copy}/`, '') : text.replaceAll(copyPath, target.path));
  return {
    target: { ...target, path: copyPath, kustomize: wrapperOptions },
    context: atRoot ? { ...context, root: copy } : context,
    restore: (document) => ({
      ...document,
      sourceFile: fromCopy(document.sourceFile),
      relatedFiles: document.relatedFiles.map(fromCopy),
      ...(document.transformations && { transformations: document.transformations.map((step) => (step.file ? { ...step, file: fromCopy(step.file) } : step)) }),
    }),
    restoreText,
    dispose,
  };
}

function existsIn(directory: string, name: string): boolean {
  return existsSync(join(directory, name));
}

/** The files below a directory, relative to it (POSIX separators), for Flux's generated kustomization. */
async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Inline Helm values (an Application's `values`, a HelmRelease's `spec.values` and valuesFrom) as temporary files
 * after the values files, outside the sandbox: they are no file of the repository.
 */
async function inlineValues(target: Target): Promise<{ target: Target; directory?: string }> {
  const values = target.helm?.values ?? [];
  if (!target.helm || !values.length) return { target };
  const directory = await mkdtemp(join(tmpdir(), 'kpg-values-'));
  const files = await Promise.all(
    values.map(async (text, index) => {
      const file = join(directory, `values-${index}.yaml`);
      await writeFile(file, text);
      return file;
    }),
  );
  return { target: { ...target, helm: { ...target.helm, valuesFiles: [...target.helm.valuesFiles, ...files] } }, directory };
}

/** Flux's postBuild substitution, and no temporary file named as a source of the document. */
function finished(document: RenderedDocument, target: Target, inlineDirectory: string | undefined, budget: { bytes: number }): RenderedDocument {
  const relatedFiles = inlineDirectory ? document.relatedFiles.filter((file) => !file.startsWith(inlineDirectory)) : document.relatedFiles;
  const text = target.substitute ? substitute(document.text, target.substitute, budget) : document.text;
  return { ...document, text, relatedFiles };
}

const SUBSTITUTE_KEY = 'kustomize.toolkit.fluxcd.io/substitute';

/**
 * Flux's postBuild substitution of one object (see envsubst.ts for the operators), unless a label or annotation
 * `kustomize.toolkit.fluxcd.io/substitute: disabled` turns it off. The whole render shares one budget of
 * max-render-bytes, spent as the text is written: a variable used a million times stops the render, not the runner.
 */
export function substitute(text: string, variables: Record<string, string>, budget = { bytes: Number.MAX_SAFE_INTEGER }): string {
  if (text.includes(SUBSTITUTE_KEY) && substitutionDisabled(text)) {
    budget.bytes -= Buffer.byteLength(text);
    return text;
  }
  const limit = budget.bytes;
  try {
    return substituteVariables(text, variables, budget);
  } catch (error) {
    if (error instanceof SubstitutionBudgetError) {
      throw new Error(`postBuild substitution makes the render larger than max-render-bytes (${limit} bytes left of it): stopped before the text was built`);
    }
    throw new Error(`postBuild substitution failed as Flux's would (${errorMessage(error)})`);
  }
}

function substitutionDisabled(text: string): boolean {
  try {
    const metadata = (load(text) as { metadata?: { labels?: Record<string, unknown>; annotations?: Record<string, unknown> } } | undefined)?.metadata;
    return metadata?.labels?.[SUBSTITUTE_KEY] === 'disabled' || metadata?.annotations?.[SUBSTITUTE_KEY] === 'disabled';
  } catch {
    return false;
  }
}

/** The file a target's failure points at: the kustomization, the chart's Chart.yaml, or the manifest itself. */
export function targetEntryFile(target: Target): string {
  if (target.kind === 'manifests') return target.path;
  if (target.kind === 'helm') return join(target.path, 'Chart.yaml').replaceAll('\\', '/');
  return target.path === '.' ? 'kustomization.yaml' : `${target.path}/kustomization.yaml`;
}

function renderFailure(target: Target, message: string, at?: { file: string; line: number }): Finding {
  return {
    ruleId: PIPELINE_RULES.render,
    severity: 'error',
    title: `Could not render ${target.kind} target`,
    message,
    target,
    // A pulled chart's failure belongs to the object that names the chart.
    location: target.chart && target.deployedBy ? { file: target.deployedBy.file, line: target.deployedBy.line } : (at ?? { file: targetEntryFile(target), line: 1 }),
  };
}
