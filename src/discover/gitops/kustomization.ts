// A kustomization as a GitOps controller rewrites it before building: Flux's generator (generated when missing,
// targetNamespace, prefix, suffix, patches, components, images merged in) and Argo CD's `kustomize edit` calls.
import { parse, stringify } from 'yaml';
import type { KustomizationEdits } from '../../model.js';

/**
 * The kustomization `text` (undefined: none, so one is generated over `files`, the directory's files relative to it,
 * as Flux's scanManifests lists them) with `edits` applied the way kustomize-controller's GenerateManifest applies
 * them. A kustomization that does not parse throws: the controller could not build it either.
 */
export function editKustomization(text: string | undefined, edits: KustomizationEdits, files: string[] = []): string {
  const parsed: unknown = text === undefined ? generated(files) : parse(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('the kustomization is not a YAML mapping');
  const kustomization = parsed as Record<string, unknown>;
  const append = (field: string, items: unknown[] | undefined) => {
    if (!items?.length) return;
    kustomization[field] = [...(Array.isArray(kustomization[field]) ? kustomization[field] : []), ...items];
  };
  if (edits.namespace !== undefined) kustomization.namespace = edits.namespace;
  if (edits.namePrefix !== undefined) kustomization.namePrefix = edits.namePrefix;
  if (edits.nameSuffix !== undefined) kustomization.nameSuffix = edits.nameSuffix;
  append('patches', edits.patches);
  append('components', edits.components);
  append('patchesStrategicMerge', edits.patchesStrategicMerge);
  append('patchesJson6902', edits.patchesJson6902);
  if (edits.images?.length) kustomization.images = mergedImages(kustomization.images, edits.images);
  if (edits.replicas?.length) kustomization.replicas = mergedReplicas(kustomization.replicas, edits.replicas);
  return stringify(kustomization);
}

/**
 * Flux's generated kustomization: every `.yaml`/`.yml` file below the directory, and each subdirectory holding a
 * kustomization as one resource (its files are then its own); an empty directory builds nothing.
 */
function generated(files: string[]): Record<string, unknown> {
  const kustomizations = new Set(files.filter((file) => /(^|\/)(kustomization\.ya?ml|Kustomization)$/.test(file)).map((file) => file.slice(0, file.lastIndexOf('/') + 1)));
  const under = (file: string) => [...kustomizations].some((directory) => directory !== '' && file.startsWith(directory));
  const resources = [
    ...[...kustomizations].filter((directory) => directory !== '' && ![...kustomizations].some((other) => other !== directory && other !== '' && directory.startsWith(other))).map((directory) => `./${directory.slice(0, -1)}`),
    ...files.filter((file) => /\.ya?ml$/.test(file) && !under(file)).map((file) => `./${file}`),
  ].sort();
  const kustomization: Record<string, unknown> = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };
  if (resources.length) kustomization.resources = resources;
  else kustomization.namespace = '_placeholder';
  return kustomization;
}

type Image = NonNullable<KustomizationEdits['images']>[number];

/** An image of the same name is updated (a new name if given; tag and digest together when either is), else added. */
function mergedImages(existing: unknown, edits: Image[]): unknown[] {
  const images = (Array.isArray(existing) ? existing : []).map((image) => ({ ...(image as Record<string, unknown>) }));
  for (const edit of edits) {
    const found = images.find((image) => image.name === edit.name);
    if (!found) {
      images.push({ ...edit });
      continue;
    }
    if (edit.newName) found.newName = edit.newName;
    if (edit.newTag || edit.digest) {
      found.newTag = edit.newTag;
      found.digest = edit.digest;
    }
  }
  return images.map((image) => Object.fromEntries(Object.entries(image).filter(([, value]) => value !== undefined && value !== '')));
}

function mergedReplicas(existing: unknown, edits: { name: string; count: number }[]): unknown[] {
  const replicas = (Array.isArray(existing) ? existing : []).filter((entry) => !edits.some((edit) => edit.name === (entry as Record<string, unknown>)?.name));
  return [...replicas, ...edits];
}
