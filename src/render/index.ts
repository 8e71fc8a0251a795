// Renders a target to YAML documents with their origins; a failed render is a finding, never the end of the run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import { PIPELINE_RULES, type Finding, type RenderedDocument, type Target } from '../model.js';
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
  /** A render that prints more than this is stopped and reported. */
  maxRenderBytes: number;
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
  try {
    if (target.kind === 'helm' && !target.chart) await buildDependencies(target.path, context);
    const render = target.chart ? renderRemoteChart : RENDERERS[target.kind];
    const documents = await render(inline.target, context);
    return { target, documents: documents.map((document) => finished(document, target, inline.directory)) };
  } catch (error) {
    return { target, failure: renderFailure(target, errorMessage(error).replaceAll(`${inline.directory}/`, '')) };
  } finally {
    if (inline.directory) await rm(inline.directory, { recursive: true, force: true });
  }
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
function finished(document: RenderedDocument, target: Target, inlineDirectory: string | undefined): RenderedDocument {
  const relatedFiles = inlineDirectory ? document.relatedFiles.filter((file) => !file.startsWith(inlineDirectory)) : document.relatedFiles;
  const text = target.substitute ? substitute(document.text, target.substitute) : document.text;
  return { ...document, text, relatedFiles };
}

/** `${NAME}`, `${NAME:=default}`, `${NAME:-default}` as Flux's envsubst reads them; `$${NAME}` stays literal. */
export function substitute(text: string, variables: Record<string, string>): string {
  return text.replace(/(\$?)\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-=]([^}]*))?\}/g, (whole, escape: string, name: string, fallback: string | undefined) =>
    escape ? whole.slice(1) : (variables[name] ?? fallback ?? ''),
  );
}

/** The file a target's failure points at: the kustomization, the chart's Chart.yaml, or the manifest itself. */
export function targetEntryFile(target: Target): string {
  if (target.kind === 'manifests') return target.path;
  if (target.kind === 'helm') return join(target.path, 'Chart.yaml').replaceAll('\\', '/');
  return target.path === '.' ? 'kustomization.yaml' : `${target.path}/kustomization.yaml`;
}

function renderFailure(target: Target, message: string): Finding {
  return {
    ruleId: PIPELINE_RULES.render,
    severity: 'error',
    title: `Could not render ${target.kind} target`,
    message,
    target,
    // A pulled chart's failure belongs to the object that names the chart.
    location: target.chart && target.deployedBy ? { file: target.deployedBy.file, line: target.deployedBy.line } : { file: targetEntryFile(target), line: 1 },
  };
}
