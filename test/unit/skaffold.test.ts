// readSkaffold: which targets a Skaffold run deploys, with which build artifacts, as Skaffold v2 reads its configs.
import { describe, expect, it } from 'vitest';
import { readSkaffold, sanitizeImageName, type SkaffoldBuild } from '../../src/discover/skaffold.js';
import type { Target } from '../../src/model.js';

const repository = (files: Record<string, string>) => ({ files: Object.keys(files), read: (path: string) => files[path] ?? '' });
const manifests = (path: string): Target => ({ kind: 'manifests', path });
const kustomize = (path: string, includedBy?: string[]): Target => ({ kind: 'kustomize', path, ...(includedBy && { includedBy }) });
const chart = (path: string): Target => ({ kind: 'helm', path, helm: { releaseName: 'r', valuesFiles: [] } });
/** The images each way of running Skaffold builds into the target (kinds left out: the default allowlist). */
const images = (builds: SkaffoldBuild[]) => builds.map((build) => build.images);

describe('readSkaffold', () => {
  it('reads microservices-demo: a kustomize path, and raw YAML of a config that requires the first, built together', () => {
    const skaffold = readSkaffold(
      repository({
        'skaffold.yaml': [
          'apiVersion: skaffold/v3\nkind: Config\nmetadata: {name: app}\nbuild:\n  artifacts:\n  - image: frontend\n    context: src/frontend\n',
          'manifests:\n  kustomize:\n    paths: [kubernetes-manifests]\ndeploy:\n  kubectl: {}\n---\n',
          'apiVersion: skaffold/v3\nkind: Config\nmetadata: {name: loadgenerator}\nrequires:\n- configs: [app]\n',
          'build:\n  artifacts:\n  - image: loadgenerator\nmanifests:\n  rawYaml:\n  - ./kubernetes-manifests/loadgenerator.yaml\n',
        ].join(''),
      }),
    );
    // `skaffold run` builds every artifact of the run and replaces them in every config's manifests.
    expect(images(skaffold.buildsFor(kustomize('kubernetes-manifests')))).toEqual([['frontend', 'loadgenerator']]);
    expect(images(skaffold.buildsFor(manifests('kubernetes-manifests/loadgenerator.yaml')))).toEqual([['frontend', 'loadgenerator']]);
    expect(skaffold.buildsFor(manifests('kubernetes-manifests/frontend.yaml'))).toEqual([]);
    expect(skaffold.buildsFor(kustomize('kustomize'))).toEqual([]);
    expect(skaffold.findings).toEqual([]);
  });

  it('rewrites the kinds and fields of Skaffold allowlist, as resourceSelector changes it', () => {
    const skaffold = readSkaffold(
      repository({
        'skaffold.yaml':
          'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts: [{image: app}]\nmanifests:\n  rawYaml: [k8s/app.yaml]\n' +
          'resourceSelector:\n  allow:\n  - groupKind: ReplicationController\n    image: [.spec.template.spec.containers.*.image]\n  deny:\n  - groupKind: Job.batch\n    image: [".*"]\n',
      }),
    );
    const [build] = skaffold.buildsFor(manifests('k8s/app.yaml'));
    expect(build!.kinds['Deployment.apps']).toEqual(['.*']);
    expect(build!.kinds.Pod).toEqual(['.*']);
    expect(build!.kinds.ReplicationController).toEqual(['.spec.template.spec.containers.image']);
    expect(build!.kinds['Job.batch']).toBeUndefined();
    expect(build!.kinds.PodTemplate).toBeUndefined();
  });

  it('deploys with each profile too: its fields replace the config’s, then its patches apply', () => {
    const skaffold = readSkaffold(
      repository({
        'skaffold.yaml':
          'apiVersion: skaffold/v4beta6\nkind: Config\nbuild:\n  artifacts: [{image: api}]\nmanifests:\n  kustomize:\n    paths: [k8s/overlays/dev]\n' +
          'profiles:\n- name: prod\n  build:\n    artifacts: [{image: api-prod}]\n  manifests:\n    kustomize:\n      paths: [k8s/overlays/prod]\n' +
          '- name: policies\n  patches:\n  - op: add\n    path: /manifests/kustomize/paths/1\n    value: k8s/policies\n' +
          '- name: broken\n  patches:\n  - op: replace\n    path: /manifests/rawYaml/3\n    value: k8s/never.yaml\n',
      }),
    );
    expect(images(skaffold.buildsFor(kustomize('k8s/overlays/dev')))).toEqual([['api']]);
    expect(images(skaffold.buildsFor(kustomize('k8s/overlays/prod')))).toEqual([['api-prod']]);
    expect(images(skaffold.buildsFor(kustomize('k8s/policies')))).toEqual([['api']]);
    // A base is deployed when an overlay built on it is.
    expect(images(skaffold.buildsFor(kustomize('k8s/base', ['k8s/overlays/prod'])))).toEqual([['api-prod']]);
    expect(skaffold.buildsFor(kustomize('k8s/base', ['k8s/overlays/staging']))).toEqual([]);
    expect(skaffold.buildsFor(manifests('k8s/never.yaml'))).toEqual([]);
    expect(skaffold.findings).toEqual([]);
  });

  it('upgrades a v2 config as Skaffold does: kubectl manifests, kustomize paths, Helm charts and their patches', () => {
    const skaffold = readSkaffold(
      repository({
        'deploy/skaffold.yaml':
          'apiVersion: skaffold/v2beta29\nkind: Config\nbuild:\n  artifacts:\n  - image: ghcr.io/Acme/Web\n' +
          'deploy:\n  kubectl:\n    manifests: ["k8s/*.yaml"]\n  helm:\n    releases:\n    - name: web\n      chartPath: ../charts/web\n' +
          'profiles:\n- name: extra\n  patches:\n  - op: add\n    path: /deploy/kubectl/manifests/-\n    value: extra/*\n' +
          '---\napiVersion: skaffold/v1beta2\nkind: Config\nbuild:\n  artifacts: [{image: old}]\ndeploy:\n  kustomize:\n    path: legacy\n',
      }),
    );
    expect(images(skaffold.buildsFor(manifests('deploy/k8s/web.yaml')))).toEqual([['ghcr.io/acme/web', 'old']]);
    expect(skaffold.buildsFor(manifests('deploy/k8s/sub/web.yaml'))).toEqual([]);
    expect(images(skaffold.buildsFor(chart('charts/web')))).toEqual([['ghcr.io/acme/web', 'old']]);
    expect(images(skaffold.buildsFor(kustomize('deploy/legacy')))).toEqual([['ghcr.io/acme/web', 'old']]);
    // `extra/*` matches the directory extra/one: Skaffold deploys every file below a matched directory.
    expect(images(skaffold.buildsFor(manifests('deploy/extra/one/job.yaml')))).toEqual([['ghcr.io/acme/web', 'old']]);
  });

  it('falls back to k8s/*.yaml only for a run of one config that names no manifests', () => {
    const skaffold = readSkaffold(
      repository({
        'single/skaffold.yaml': 'apiVersion: skaffold/v4beta1\nkind: Config\nbuild:\n  artifacts: [{image: one}]\n',
        'pair/skaffold.yaml': 'apiVersion: skaffold/v4beta1\nkind: Config\nbuild:\n  artifacts: [{image: two}]\n---\napiVersion: skaffold/v4beta1\nkind: Config\nmanifests:\n  rawYaml: [app.yaml]\n',
      }),
    );
    expect(images(skaffold.buildsFor(manifests('single/k8s/deployment.yaml')))).toEqual([['one']]);
    expect(skaffold.buildsFor(manifests('single/k8s/deep/deployment.yaml'))).toEqual([]);
    expect(skaffold.buildsFor(manifests('pair/k8s/deployment.yaml'))).toEqual([]);
    expect(images(skaffold.buildsFor(manifests('pair/app.yaml')))).toEqual([['two']]);
  });

  it('follows required files, with the profiles they activate, and gives each file its own runs', () => {
    const skaffold = readSkaffold(
      repository({
        'skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nrequires:\n- path: services/api\n  activeProfiles:\n  - name: cluster\nmanifests:\n  rawYaml: [ingress.yaml]\n',
        'services/api/skaffold.yaml':
          'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts: [{image: api}]\nmanifests:\n  rawYaml: [local.yaml]\nprofiles:\n- name: cluster\n  manifests:\n    rawYaml: [cluster.yaml]\n',
      }),
    );
    expect(images(skaffold.buildsFor(manifests('ingress.yaml')))).toEqual([['api']]);
    expect(images(skaffold.buildsFor(manifests('services/api/cluster.yaml')))).toEqual([['api']]);
    // Run on its own (skaffold run in services/api), the config deploys local.yaml.
    expect(images(skaffold.buildsFor(manifests('services/api/local.yaml')))).toEqual([['api']]);
  });

  it('leaves what Skaffold does not render to be judged as written: GitOps deployments, pulled charts, remote and templated paths', () => {
    const skaffold = readSkaffold(
      repository({
        'skaffold.yaml':
          'apiVersion: skaffold/v4beta11\nkind: Config\nrequires:\n- git: {repo: "https://github.com/acme/shared"}\nbuild:\n  artifacts: [{image: web}]\n' +
          'manifests:\n  rawYaml: ["https://example.com/app.yaml", "{{.ENV}}/app.yaml"]\n  kustomize:\n    paths: [app]\n',
      }),
    );
    const deployedBy = { kind: 'Application', name: 'web', file: 'argo/web.yaml', line: 1 };
    expect(images(skaffold.buildsFor(kustomize('app')))).toEqual([['web']]);
    expect(skaffold.buildsFor({ ...kustomize('app'), deployedBy })).toEqual([]);
    expect(skaffold.buildsFor({ ...chart('app'), chart: { repository: 'https://charts.example.com', name: 'app' } })).toEqual([]);
  });

  it('excuses nothing from a config Skaffold would refuse, and says so at its line when the file is selected', () => {
    const view = repository({
      'a/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n    image: web\nmanifests:\n  rawYaml: [app.yaml]\n',
      'b/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts: [{image: api}]\nmanifests:\n  rawYaml: [app.yaml]\n',
      'c/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts: [{image: c}]\nrequires:\n- path: ../missing\nmanifests:\n  rawYaml: [app.yaml]\n',
      'd/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts: [{image: d}\nmanifests:\n  rawYaml: [app.yaml]\n',
      'e/skaffold.yaml': 'apiVersion: skaffold/v4beta11\nkind: Config\nrequires:\n- path: ../a\nmanifests:\n  rawYaml: [app.yaml]\n',
    });
    const skaffold = readSkaffold(view);
    expect(skaffold.buildsFor(manifests('a/app.yaml'))).toEqual([]);
    expect(images(skaffold.buildsFor(manifests('b/app.yaml')))).toEqual([['api']]);
    expect(skaffold.buildsFor(manifests('c/app.yaml'))).toEqual([]);
    expect(skaffold.buildsFor(manifests('d/app.yaml'))).toEqual([]);
    expect(skaffold.buildsFor(manifests('e/app.yaml'))).toEqual([]);
    expect(skaffold.findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.file}:${finding.location?.line} ${finding.message}`)).toEqual([
      'not-checked notice a/skaffold.yaml:5 a/skaffold.yaml: build.artifacts is a mapping; expected a list. Skaffold would refuse this config, so the images it builds are judged as written',
      expect.stringMatching(/^not-checked notice d\/skaffold\.yaml:5 d\/skaffold\.yaml: .*Skaffold would refuse this config/),
      "not-checked notice c/skaffold.yaml:6 c/skaffold.yaml: requires '../missing', which is no Skaffold config in the repository. Skaffold would refuse this config, so the images it builds are judged as written",
    ]);
    expect(readSkaffold(view, ['b']).findings).toEqual([]);
  });

  it('compares image names as Skaffold sanitizes them', () => {
    expect([sanitizeImageName('ko://github.com/Acme/App'), sanitizeImageName('Registry:5000/Team/App:Tag-X'), sanitizeImageName('App@sha256:AB')]).toEqual([
      'github.com/acme/app',
      'registry:5000/team/app:Tag-X',
      'app@sha256:AB',
    ]);
  });
});
