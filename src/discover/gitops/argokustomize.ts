// An Argo CD Kustomize source → the kustomize target the repo server builds: names, namespace, images and labels
// set on top; patches, components and replicas written into the kustomization itself, as `kustomize edit` does.
import { join } from 'node:path/posix';
import type { Deployer, KustomizationEdits, KustomizeOptions, Target } from '../../model.js';
import { record, repositoryPath, stringMap, strings, type GitOpsContext } from './source.js';

/** The target, or why the source cannot be built as Argo CD would (a message for the not-checked finding). */
export function kustomizeTargets(path: string, kustomize: Record<string, unknown>, deployer: Deployer, context: GitOpsContext): Target[] | string {
  const options: KustomizeOptions = {};
  for (const key of ['namePrefix', 'nameSuffix', 'namespace'] as const) if (typeof kustomize[key] === 'string' && kustomize[key] !== '') options[key] = kustomize[key];
  const images = strings(kustomize.images).map(parseImage);
  if (images.length) options.images = images;
  const labels = stringMap(kustomize.commonLabels);
  if (labels) options.commonLabels = labels;
  const annotations = stringMap(kustomize.commonAnnotations);
  if (annotations) options.commonAnnotations = annotations;
  const edits = kustomizationEdits(path, kustomize, context);
  if (typeof edits === 'string') return edits;
  if (edits) options.edits = edits;
  return [{ kind: 'kustomize', path, deployedBy: deployer, ...(Object.keys(options).length && { kustomize: options }) }];
}

function kustomizationEdits(path: string, kustomize: Record<string, unknown>, context: GitOpsContext): KustomizationEdits | undefined | string {
  const edits: KustomizationEdits = {};
  const patches: NonNullable<KustomizationEdits['patches']> = [];
  for (const [index, patch] of (Array.isArray(kustomize.patches) ? kustomize.patches.map(record) : []).entries()) {
    const entry: NonNullable<KustomizationEdits['patches']>[number] = {};
    if (typeof patch.patch === 'string' && patch.patch !== '') entry.patch = patch.patch;
    if (typeof patch.path === 'string' && patch.path !== '') {
      const file = localPath(path, patch.path);
      if (file === undefined) return `applies the patch file '${patch.path}' (kustomize.patches[${index}].path), which leads out of the repository: it is not read, and what the source deploys is not checked`;
      if (!context.files.includes(file)) return `applies the patch file '${patch.path}' (kustomize.patches[${index}].path), which is no file of this repository: what the source deploys is not checked`;
      entry.path = patch.path;
    }
    if (patch.target !== undefined) entry.target = record(patch.target);
    if (patch.options !== undefined) entry.options = record(patch.options) as Record<string, boolean>;
    patches.push(entry);
  }
  if (patches.length) edits.patches = patches;
  const components: string[] = [];
  for (const component of strings(kustomize.components)) {
    if (/^[a-z][a-z0-9+.-]*:\/\/|^git@|^github\.com\//i.test(component)) return `adds the remote component '${component}' (kustomize.components), which is not fetched: what the source deploys is not checked`;
    const directory = localPath(path, component);
    if (directory === undefined) return `adds the component '${component}' (kustomize.components), which leads out of the repository: it is not read, and what the source deploys is not checked`;
    const exists = context.files.some((file) => file.startsWith(`${directory}/`));
    if (!exists && kustomize.ignoreMissingComponents === true) continue;
    components.push(component);
  }
  if (components.length) edits.components = components;
  const replicas = (Array.isArray(kustomize.replicas) ? kustomize.replicas.map(record) : [])
    .filter((replica) => typeof replica.name === 'string')
    .map((replica) => ({ name: replica.name as string, count: Number(replica.count) }));
  if (replicas.some((replica) => !Number.isInteger(replica.count))) return 'sets kustomize.replicas with a count that is no whole number, which Argo CD refuses';
  if (replicas.length) edits.replicas = replicas;
  return Object.keys(edits).length ? edits : undefined;
}

/** A path relative to the kustomization, or undefined when it leaves the repository (absolute ones do too). */
function localPath(directory: string, path: string): string | undefined {
  if (path.startsWith('/')) return undefined;
  return repositoryPath(join(directory, path));
}

/** Argo CD's `[old=]new[:tag][@digest]` (as `kustomize edit set image` reads it). */
export function parseImage(text: string): NonNullable<KustomizeOptions['images']>[number] {
  const [old, replacement = old] = text.includes('=') ? text.split('=', 2) : [undefined, text];
  const [withoutDigest, digest] = replacement!.split('@', 2) as [string, string | undefined];
  const tagAt = withoutDigest.lastIndexOf(':');
  const hasTag = tagAt > withoutDigest.lastIndexOf('/');
  const newName = hasTag ? withoutDigest.slice(0, tagAt) : withoutDigest;
  const name = old ?? newName;
  return { name, ...(newName !== name && { newName }), ...(hasTag && { newTag: withoutDigest.slice(tagAt + 1) }), ...(digest && { digest }) };
}
