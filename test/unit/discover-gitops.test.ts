// GitOps discovery and the fail-closed checks: pure functions over small inputs.
import { describe, expect, it } from 'vitest';
import { parseImage } from '../../src/discover/gitops/argo.js';
import { normalizeRepositoryUrl } from '../../src/discover/gitops/repository.js';
import { repositoryPath, sourceKind } from '../../src/discover/gitops/source.js';
import { ciValuesFiles } from '../../src/discover/index.js';
import { unmatchedPatterns } from '../../src/discover/select.js';
import { substitute } from '../../src/render/index.js';

describe('GitOps sources', () => {
  it('spells a repository URL one way', () => {
    for (const url of ['https://github.com/Example/Fleet.git', 'git@github.com:example/fleet', 'ssh://git@github.com/example/fleet.git/', 'https://token@github.com/example/fleet']) {
      expect(normalizeRepositoryUrl(url)).toBe('github.com/example/fleet');
    }
  });

  it('reads source paths as the controllers do and refuses ones that leave the repository', () => {
    expect(['./apps/prod/', 'apps/prod', '/apps/prod'].map(repositoryPath)).toEqual(['apps/prod', 'apps/prod', 'apps/prod']);
    expect([repositoryPath('./'), repositoryPath('../other'), repositoryPath('a/../../b')]).toEqual(['.', undefined, undefined]);
    const files = ['c/Chart.yaml', 'k/kustomization.yaml', 'd/pod.yaml'];
    expect(['c', 'k', 'd', 'x'].map((path) => sourceKind(path, files))).toEqual(['helm', 'kustomize', 'directory', 'missing']);
  });

  it("reads Argo CD's image overrides", () => {
    expect(parseImage('nginx:1.27')).toEqual({ name: 'nginx', newTag: '1.27' });
    expect(parseImage('nginx=registry.local:5000/nginx:1.27')).toEqual({ name: 'nginx', newName: 'registry.local:5000/nginx', newTag: '1.27' });
    expect(parseImage('nginx@sha256:abc')).toEqual({ name: 'nginx', digest: 'sha256:abc' });
  });

  it("substitutes Flux's postBuild variables", () => {
    expect(substitute('env: ${cluster_env}\nregion: ${region:=eu}\nkeep: $${literal}\nnone: "${unset}"', { cluster_env: 'staging' })).toBe('env: staging\nregion: eu\nkeep: ${literal}\nnone: ""');
  });
});

describe('fail closed', () => {
  it('names paths entries that match no file', () => {
    const files = ['apps/base/kustomization.yaml', 'charts/web/Chart.yaml'];
    expect(unmatchedPatterns(['deploy/**', 'apps', '!apps/legacy', 'charts/*/Chart.yaml', '.', 'deplyo'], files)).toEqual(['deploy/**', 'deplyo']);
  });

  it("finds chart-testing's ci values files", () => {
    expect(ciValuesFiles('charts/web', ['charts/web/ci/prod-values.yaml', 'charts/web/ci/notes.yaml', 'charts/web/ci/a/b-values.yaml', 'charts/web/values.yaml'])).toEqual(['charts/web/ci/prod-values.yaml']);
  });
});
