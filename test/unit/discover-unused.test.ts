// Files beside a kustomization that does not use them: a patch fragment or an entry its author commented out is not
// deployed and not judged; anything else there still is (a pipeline may apply it), and so is what Skaffold deploys.
import { describe, expect, it } from 'vitest';
import { unusedBesideKustomizations } from '../../src/discover/index.js';
import { everyDocumentNameless, fragmentReason } from '../../src/discover/kinds.js';
import { commentedOut, readKustomization } from '../../src/discover/kustomize.js';

const deployment = (extra: string) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${extra}`;
const complete = deployment('  selector:\n    matchLabels: {app: web}\n  template:\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n');
const patch = deployment('  template:\n    spec:\n      containers:\n      - name: web\n        securityContext: {privileged: false}\n');

describe('fragmentReason', () => {
  it('calls a workload the API server would refuse a fragment, and an applicable one not', () => {
    expect(fragmentReason(patch)).toMatch(/^a patch fragment/);
    expect(fragmentReason(`${patch}---\n${patch}`)).toMatch(/^a patch fragment/);
    expect(fragmentReason(complete)).toBeUndefined();
    expect(fragmentReason(`${patch}---\n${complete}`)).toBeUndefined();
    expect(fragmentReason('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n')).toMatch(/^a patch fragment/);
    // A minimal object with no containers at all is judged: nothing says it patches another.
    expect(fragmentReason('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostPID: true}\n')).toBeUndefined();
    expect(fragmentReason('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n')).toBeUndefined();
  });

  it('tells configuration without metadata from objects', () => {
    expect(everyDocumentNameless('apiVersion: config.kubeflow.org/v1beta1\nkind: KatibConfig\ninit: {}\n')).toBe(true);
    expect(everyDocumentNameless(complete)).toBe(false);
    expect(everyDocumentNameless('just: data\n')).toBe(false);
  });
});

describe('commentedOut', () => {
  it('finds an entry its author commented out, not a mention in prose', () => {
    const text = 'resources:\n- ../manager\n#- manager_webhook_patch.yaml\n# - ./webhookcainjection_patch.yaml # later\npatches:\n#  - path: auth_patch.yaml\n# see extra.yaml for details\n';
    expect(['manager_webhook_patch.yaml', 'webhookcainjection_patch.yaml', 'auth_patch.yaml'].map((name) => commentedOut(text, name))).toEqual([true, true, true]);
    expect(commentedOut(text, 'extra.yaml')).toBe(false);
    expect(commentedOut(text, 'manager_webhook_patch')).toBe(false);
  });
});

describe('unusedBesideKustomizations', () => {
  const repository = (files: Record<string, string>) => ({ files: Object.keys(files), read: (path: string) => files[path] ?? '' });
  const kustomizations = (files: Record<string, string>) =>
    new Map(Object.entries(files).filter(([path]) => path.endsWith('kustomization.yaml')).map(([path, text]) => [path.slice(0, path.lastIndexOf('/')), { file: path, ...readKustomization(path, text) }]));

  it('leaves out fragments and commented-out entries, keeps a complete object nothing lists, and what Skaffold names', () => {
    const files = {
      'app/kustomization.yaml': 'resources:\n- deploy.yaml\n# - extra.yaml\n',
      'app/deploy.yaml': complete,
      'app/patch.yaml': patch,
      'app/extra.yaml': complete,
      'app/forgotten.yaml': complete,
      'app/controller_manager_config.yaml': 'apiVersion: example.com/v1alpha1\nkind: ManagerConfig\nhealth: {}\n',
      'dev/kustomization.yaml': 'resources:\n- deploy.yaml\n# - load.yaml\n',
      'dev/deploy.yaml': complete,
      'dev/load.yaml': complete,
      'skaffold.yaml': 'apiVersion: skaffold/v4beta6\nkind: Config\nmanifests:\n  rawYaml:\n  - dev/load.yaml\n',
    };
    expect([...unusedBesideKustomizations(repository(files), kustomizations(files)).keys()].sort()).toEqual(['app/controller_manager_config.yaml', 'app/extra.yaml', 'app/patch.yaml']);
  });

  it('vouches for nothing when the kustomization is not read as kustomize reads it', () => {
    const files = { 'app/kustomization.yaml': 'resources: [\n', 'app/patch.yaml': patch };
    expect(unusedBesideKustomizations(repository(files), kustomizations(files)).size).toBe(0);
  });
});
