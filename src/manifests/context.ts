// The objects that decide how other objects are judged or what else is deployed: Namespaces (Pod Security levels
// and versions), NetworkPolicies (coverage), GitOps objects and what they read (Argo CD, Flux). They are needed
// before any object is evaluated, while the others are parsed, evaluated and dropped a part at a time (runner.ts).
import type { RenderedDocument } from '../model.js';

/**
 * Words one of those objects' documents must contain: its kind (a list's items take the list's kind without
 * `List`, so they contain it too). YAML can spell a kind without its letters only through an escape (`\`) in a
 * double-quoted scalar or JSON string, or `!!binary`: documents with either are parsed as well. The runner checks,
 * as it parses every document, that no such object escaped this test.
 */
const KINDS = ['Namespace', 'NetworkPolicy', 'Application', 'Kustomization', 'HelmRelease', 'Repository', 'Bucket'];

/** What a Flux HelmRelease's valuesFrom reads: only looked for once a HelmRelease is found. */
const VALUES_KINDS = ['ConfigMap', 'Secret'];

const pattern = (words: string[]) => new RegExp(`${words.join('|')}|binary|\\\\`);
const CONTEXT = pattern(KINDS);
const CONTEXT_WITH_VALUES = pattern([...KINDS, ...VALUES_KINDS]);

/** Whether an object of this kind and apiVersion is context, and so must have been found before evaluation. */
export function isContextObject(kind: string, apiVersion: string, withValues: boolean): boolean {
  if (kind === 'Namespace' || kind === 'NetworkPolicy') return true;
  if (apiVersion.startsWith('argoproj.io/') && kind.startsWith('Application')) return true;
  if (apiVersion.includes('.toolkit.fluxcd.io/') && (kind === 'Kustomization' || kind === 'HelmRelease' || kind.endsWith('Repository') || kind === 'Bucket')) return true;
  return withValues && apiVersion === 'v1' && (kind === 'ConfigMap' || kind === 'Secret');
}

/** Whether this document may hold context (see KINDS); `withValues` once a HelmRelease has been found. */
export function mayHoldContext(document: RenderedDocument, withValues: boolean): boolean {
  return (withValues ? CONTEXT_WITH_VALUES : CONTEXT).test(document.text);
}
