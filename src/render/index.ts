// Renders a target to YAML documents with their origins; a failed render is a finding, never the end of the run.
import { join } from 'node:path';
import { errorMessage } from '../errors.js';
import { PIPELINE_RULES, type Finding, type RenderedDocument, type Target } from '../model.js';
import { renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import { renderManifests } from './plain.js';

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
  try {
    return { target, documents: await RENDERERS[target.kind](target, context) };
  } catch (error) {
    return { target, failure: renderFailure(target, errorMessage(error)) };
  }
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
    location: { file: targetEntryFile(target), line: 1 },
  };
}
