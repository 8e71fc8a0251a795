// The API groups, kinds and versions that CustomResourceDefinitions in the repository define: they make a document of
// that group a Kubernetes object (kinds.ts) and tell Helm the cluster serves them (render/apiversions.ts).
import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { documentsOf, isBlankDocument } from '../manifests/split.js';

export interface CrdDefinition {
  group: string;
  kind: string;
  /** The versions the CRD serves (`served: false` left out), newest-first as the CRD lists them. */
  versions: string[];
}

/** Each CustomResourceDefinition among the objects (apiextensions.k8s.io v1, and v1beta1's `spec.version`). */
export function crdDefinitions(objects: Iterable<unknown>): CrdDefinition[] {
  const definitions: CrdDefinition[] = [];
  for (const object of objects) {
    const definition = crdDefinition(object);
    if (definition) definitions.push(definition);
  }
  return definitions;
}

function crdDefinition(object: unknown): CrdDefinition | undefined {
  if (!isMapping(object) || object.kind !== 'CustomResourceDefinition') return undefined;
  if (typeof object.apiVersion !== 'string' || !object.apiVersion.startsWith('apiextensions.k8s.io/')) return undefined;
  const spec = object.spec;
  if (!isMapping(spec) || typeof spec.group !== 'string' || spec.group === '') return undefined;
  const kind = isMapping(spec.names) ? spec.names.kind : undefined;
  if (typeof kind !== 'string' || kind === '') return undefined;
  const listed = Array.isArray(spec.versions) ? spec.versions.filter(isMapping).filter((entry) => !isFalse(entry.served)).map((entry) => entry.name) : [];
  const single = typeof spec.version === 'string' ? [spec.version] : [];
  const versions = [...new Set([...listed, ...single].filter((name): name is string => typeof name === 'string' && name !== ''))];
  return { group: spec.group, kind, versions };
}

/**
 * The CRDs in a repository's YAML and JSON files. Only files that name the kind are parsed; a document that does not
 * parse (a CRD kept as a Helm template, `{{- if .Values.crds.create }}` on top) is passed over: its chart renders it.
 */
export function crdsInFiles(files: Iterable<{ path: string; text: string }>): CrdDefinition[] {
  const objects: unknown[] = [];
  for (const { path, text } of files) {
    if (!/\.(ya?ml|json)$/i.test(path) || !text.includes('CustomResourceDefinition')) continue;
    for (const document of documentsOf(text)) {
      if (!document.text.includes('CustomResourceDefinition') || isBlankDocument(document.text)) continue;
      try {
        // Every scalar a string: 4x faster than resolving them on CRDs of megabytes, and only `served` is not one.
        objects.push(load(document.text, { schema: FAILSAFE_SCHEMA }));
      } catch {
        // Not YAML as it stands: a template, or broken; either way it defines nothing until rendered.
      }
    }
  }
  return crdDefinitions(objects);
}

/** `served: false` as go-yaml v2 reads it (YAML 1.1), as a boolean or as the failsafe schema's string. */
function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && /^(false|False|FALSE|no|No|NO|off|Off|OFF|n|N)$/.test(value));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
