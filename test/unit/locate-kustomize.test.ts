// Where a reviewer fixes a Kustomize finding: the patch or transformer that set the value, else the base that defines it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRendered } from '../../src/manifests/parse.js';
import { createLocator } from '../../src/manifests/source.js';
import type { Resource, Target } from '../../src/model.js';
import { renderKustomize } from '../../src/render/kustomize.js';
import { findTool } from '../../src/tools.js';

const root = join(import.meta.dirname, '../fixtures/locations/kustomize');
const read = (path: string) => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};
const context = { root, timeoutMs: 60_000, allowNetwork: false, maxRenderBytes: 10_000_000 };

async function render(path: string): Promise<Resource[]> {
  const target: Target = { kind: 'kustomize', path };
  return parseRendered(target, await renderKustomize(target, context)).resources;
}

const pod = ['spec', 'template', 'spec'];
const container = (index: number, ...rest: string[]) => [...pod, 'containers', index, ...rest];

/** [overlay, kind, rendered name (a trailing `-` stands for a generator's hash), field path, file:line a reviewer fixes]. */
type Case = [string, string, string, (string | number)[], string];
const cases: Case[] = [
  ['base', 'Deployment', 'web', container(0, 'securityContext', 'privileged'), 'base/deployments.yaml:23'],
  ['base', 'Deployment', 'frontend-web', container(0, 'image'), 'base/deployments.yaml:10'],
  ['base', 'Deployment', 'web', container(0, 'securityContext'), 'base/deployments.yaml:22'],
  ['base', 'ConfigMap', 'settings-', ['data', 'LOG_LEVEL'], 'base/kustomization.yaml:6'],
  // A patch that changes a value the base has: the patch, not the base's old value.
  ['smp-file', 'Deployment', 'web', container(0, 'securityContext', 'privileged'), 'smp-file/privileged.yaml:11'],
  ['smp-file', 'Deployment', 'frontend-web', [...pod, 'hostNetwork'], 'smp-file/host-network.yaml:8'],
  ['smp-file', 'Deployment', 'web', container(1, 'image'), 'base/deployments.yaml:25'],
  // A block (a missing field's parent) stays where the base defines it.
  ['smp-file', 'Deployment', 'web', container(0, 'securityContext'), 'base/deployments.yaml:22'],
  // Inline strategic merge (the patch put the sidecar first; its own name is ignored under a target).
  ['smp-inline', 'Deployment', 'web', container(0, 'securityContext', 'privileged'), 'smp-inline/kustomization.yaml:18'],
  ['smp-inline', 'Deployment', 'web', container(1, 'securityContext', 'privileged'), 'base/deployments.yaml:23'],
  // JSON 6902: the op's value, in a file, the legacy field or inline.
  ['json6902-file', 'Deployment', 'web', container(0, 'securityContext', 'privileged'), 'json6902-file/ops.yaml:3'],
  ['json6902-file', 'Deployment', 'web', [...pod, 'hostPID'], 'json6902-file/ops.yaml:6'],
  ['json6902-file', 'Deployment', 'frontend-web', container(0, 'securityContext', 'allowPrivilegeEscalation'), 'json6902-file/legacy-ops.yaml:4'],
  ['json6902-inline', 'Deployment', 'web', container(0, 'securityContext', 'privileged'), 'json6902-inline/kustomization.yaml:10'],
  ['json6902-inline', 'Deployment', 'web', [...pod, 'hostIPC'], 'json6902-inline/kustomization.yaml:13'],
  // images: the entry that set the tag; an image it does not name stays in the base.
  ['images', 'Deployment', 'web', container(1, 'image'), 'images/kustomization.yaml:5'],
  ['images', 'Deployment', 'web', container(0, 'image'), 'base/deployments.yaml:21'],
  ['replacements', 'Deployment', 'web', [...pod, 'hostNetwork'], 'replacements/kustomization.yaml:14'],
  // Generated objects: the generator's entry, the literal that holds the key, a merging overlay's literal.
  ['generators', 'Secret', 'api-token-', ['data', 'token'], 'generators/kustomization.yaml:6'],
  ['generators', 'Secret', 'api-token-', [], 'generators/kustomization.yaml:4'],
  ['generators', 'ConfigMap', 'settings-', ['data', 'EXTRA'], 'generators/kustomization.yaml:11'],
  ['generators', 'ConfigMap', 'settings-', ['data', 'LOG_LEVEL'], 'base/kustomization.yaml:6'],
  // The overlay's namespace is where network-policy-coverage points.
  ['namespace', 'Deployment', 'web', ['metadata', 'namespace'], 'namespace/kustomization.yaml:3'],
  // Names are compared after namePrefix, never by substring; a patch file is taken only for its own object.
  ['prefix', 'Deployment', 'frontend-web', container(0, 'securityContext', 'privileged'), 'base/deployments.yaml:23'],
  ['prefix', 'Deployment', 'frontend-web', pod, 'base/deployments.yaml:18'],
  ['prefix', 'Deployment', 'frontend-frontend-web', [...pod, 'hostPID'], 'prefix/web-only.yaml:8'],
  ['prefix', 'Deployment', 'frontend-frontend-web', container(0, 'image'), 'base/deployments.yaml:10'],
  ['prefix', 'ConfigMap', 'frontend-settings-', ['data', 'LOG_LEVEL'], 'base/kustomization.yaml:6'],
  // An overlay of an overlay: the last layer that set the value.
  ['chain', 'Deployment', 'web-v2', container(0, 'securityContext', 'privileged'), 'smp-file/privileged.yaml:11'],
  ['chain', 'Deployment', 'web-v2', container(0, 'securityContext', 'runAsUser'), 'chain/more.yaml:12'],
  ['chain', 'Deployment', 'web-v2', [...pod, 'hostNetwork'], 'chain/more.yaml:8'],
  ['chain', 'Deployment', 'frontend-web-v2', [...pod, 'hostNetwork'], 'smp-file/host-network.yaml:8'],
  ['chain', 'Deployment', 'web-v2', container(0, 'image'), 'chain/kustomization.yaml:7'],
  ['chain', 'Deployment', 'web-v2', container(0, 'securityContext'), 'base/deployments.yaml:22'],
  ['chain', 'ConfigMap', 'settings-v2-', ['data', 'LOG_LEVEL'], 'base/kustomization.yaml:6'],
];

const named = (resource: Resource, name: string) => (name.endsWith('-') ? resource.name.startsWith(name) && /^[a-z0-9]{10}$/.test(resource.name.slice(name.length)) : resource.name === name);

describe.skipIf(!findTool('kustomize'))('Kustomize locations', async () => {
  const overlays = [...new Set(cases.map(([overlay]) => overlay))];
  const rendered = new Map(await Promise.all(overlays.map(async (overlay) => [overlay, await render(overlay)] as const)));
  const locate = createLocator(read);

  it.each(cases)('%s: %s %s %j → %s', (overlay, kind, name, path, expected) => {
    const resource = rendered.get(overlay)!.find((candidate) => candidate.kind === kind && named(candidate, name));
    expect(resource, `${kind} ${name} in ${overlay}`).toBeDefined();
    const location = locate(resource!, path);
    expect(`${location.file}:${location.line}`).toBe(expected);
  });
});
