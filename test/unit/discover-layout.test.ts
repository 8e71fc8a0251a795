// Charts and kustomizations are read as helm and kustomize read them: what they render is theirs, everything else is checked alone.
import { describe, expect, it } from 'vitest';
import { discoverTargets, type DiscoverOptions } from '../../src/discover/index.js';
import type { Target } from '../../src/model.js';

const repo = (files: Record<string, string>) => ({ files: Object.keys(files).sort(), read: (path: string) => files[path] ?? '' });
const discover = (files: Record<string, string>, options: Partial<DiscoverOptions> = {}) =>
  discoverTargets(repo(files), { paths: [], valuesFiles: [], ...options });
const summary = (targets: Target[]) => targets.map((target) => `${target.kind}:${target.path}`);
const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i, securityContext: {privileged: true}}]}\n';
const template = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}\n';
const aliasBomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcde'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcde'[i]}`).join(', ')}]`)].join('\n') + '\n';
const chart = (name: string, extra = '') => `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n${extra}`;

describe('discoverTargets: Helm layout', () => {
  it('renders a repository-root chart and still checks the manifests beside templates/, crds/ and charts/', () => {
    const targets = discover({
      'Chart.yaml': chart('root'),
      'values.yaml': 'image: nginx\n',
      'values.schema.json': '{"$schema": "https://json-schema.org/draft-07/schema", "properties": {"kind": {}, "apiVersion": {}}}',
      'templates/pod.yaml': template,
      'crds/crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\n',
      'charts/sub/Chart.yaml': chart('sub'),
      'charts/sub/templates/pod.yaml': template,
      'charts/sub/examples/pod.yaml': pod,
      'deploy/pod.yaml': pod,
      'examples/pod.json': '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}}',
      'overlay/kustomization.yaml': 'resources: [pod.yaml]\n',
      'overlay/pod.yaml': pod,
    });
    expect(targets).toEqual([
      { kind: 'helm', path: '.', helm: { releaseName: 'release', namespace: undefined, valuesFiles: [], kubeVersion: undefined } },
      { kind: 'manifests', path: 'charts/sub/examples/pod.yaml' },
      { kind: 'manifests', path: 'deploy/pod.yaml' },
      { kind: 'manifests', path: 'examples/pod.json' },
      { kind: 'kustomize', path: 'overlay' },
    ]);
  });

  it('takes the last of duplicate keys as helm does: a library chart that says application renders', () => {
    const targets = discover({
      'a/Chart.yaml': chart('a', 'type: library\ntype: application\n'),
      'b/Chart.yaml': chart('b', 'type: application\ntype: library\n'),
      'c/Chart.yaml': chart('c', 'type: library\n<<: {type: application}\n'),
      'd/Chart.yaml': chart('d', 'type: library\n---\ntype: application\n'),
      'e/Chart.yaml': 'type: library\nname: [broken\n',
      'f/Chart.yaml': `${aliasBomb}type: library\n`,
    });
    expect(summary(targets)).toEqual(['helm:a', 'helm:c', 'helm:e', 'helm:f']);
  });

  it('renders a chart nested anywhere but under a rendered chart`s charts/, and a subchart of a library chart alone', () => {
    const targets = discover({
      'app/Chart.yaml': chart('app'),
      'app/charts/db/Chart.yaml': chart('db'),
      'app/examples/demo/Chart.yaml': chart('demo'),
      'lib/Chart.yaml': chart('lib', 'type: library\n'),
      'lib/charts/tool/Chart.yaml': chart('tool'),
    });
    expect(summary(targets)).toEqual(['helm:app', 'helm:app/examples/demo', 'helm:lib/charts/tool']);
  });

  it('checks manifests in a library chart`s templates/ (it never renders them), but not its templates', () => {
    const targets = discover({
      'deploy/Chart.yaml': chart('deploy', 'type: library\n'),
      'deploy/templates/pod.yaml': pod,
      'deploy/templates/_helpers.yaml': '{{- define "lib.pod" -}}\napiVersion: v1\nkind: Pod\n{{- end }}\n',
      'deploy/templates/app/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'deploy/templates/app/deployment.yaml': pod,
      'deploy/crds/crd.yaml': 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: x}\n',
      'deploy/charts/sub/templates/pod.yaml': template,
    });
    expect(summary(targets)).toEqual(['manifests:deploy/crds/crd.yaml', 'kustomize:deploy/templates/app', 'manifests:deploy/templates/pod.yaml']);
  });

  it('does not take values files for manifests, even when they look like objects', () => {
    const targets = discover(
      { 'web/Chart.yaml': chart('web'), 'web/values.yaml': pod, 'env/prod.yaml': pod, 'env/other.yaml': pod },
      { valuesFiles: ['env/prod.yaml'] },
    );
    expect(summary(targets)).toEqual(['manifests:env/other.yaml', 'helm:web']);
  });

  it.each([
    ['--post-renderer=sh', 'post-renderer-sh'],
    ['--no-hooks', 'no-hooks'],
    ['My_Chart.v2', 'my-chart-v2'],
    ['---', 'release'],
    ['ünïcode', 'n-code'],
    ['a'.repeat(52) + '-b', 'a'.repeat(52)],
  ])('makes the chart directory %j a DNS-1123 release name %j', (directory, releaseName) => {
    const [target] = discover({ [`charts/${directory}/Chart.yaml`]: chart('x') });
    expect(target).toMatchObject({ kind: 'helm', path: `charts/${directory}`, helm: { releaseName } });
  });

  it('keeps a release name the user set', () => {
    const [target] = discover({ 'web/Chart.yaml': chart('web') }, { releaseName: 'shop' });
    expect(target?.helm?.releaseName).toBe('shop');
  });
});

describe('discoverTargets: Kustomize layout', () => {
  it('reads the first document of a kustomization only: a second `kind: Component` hides nothing', () => {
    const targets = discover({
      'app/kustomization.yaml': 'resources: [pod.yaml]\n---\napiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
      'app/pod.yaml': pod,
    });
    expect(targets).toEqual([{ kind: 'kustomize', path: 'app' }]);
  });

  it('checks files a configMapGenerator or secretGenerator turns into data as manifests of their own', () => {
    const targets = discover({
      'app/kustomization.yaml':
        'resources: [deploy.yaml]\nconfigMapGenerator:\n- name: c\n  files: [pod.yaml, key=renamed.yaml]\nsecretGenerator:\n- name: s\n  envs: [env.yaml]\n',
      'app/deploy.yaml': pod,
      'app/pod.yaml': pod,
      'app/renamed.yaml': pod,
      'app/env.yaml': pod,
    });
    expect(summary(targets)).toEqual(['kustomize:app', 'manifests:app/env.yaml', 'manifests:app/pod.yaml', 'manifests:app/renamed.yaml']);
  });

  it('checks unreferenced manifests in a kustomization directory, not its resources, patches or plugin configs', () => {
    const targets = discover({
      'app/kustomization.yaml':
        'resources: [deploy.yaml]\npatches:\n- path: patch.yaml\ntransformers: [labels.yaml]\n',
      'app/deploy.yaml': pod,
      'app/patch.yaml': pod,
      'app/labels.yaml': 'apiVersion: builtin\nkind: LabelTransformer\nmetadata: {name: l}\n',
      'app/forgotten.yaml': pod,
      'app/notes.yaml': 'owner: team\n',
    });
    expect(summary(targets)).toEqual(['kustomize:app', 'manifests:app/forgotten.yaml']);
  });

  it('builds every base on its own and says which targets include it, through middle layers too', () => {
    const targets = discover({
      'base/kustomization.yaml': 'resources: [pod.yaml]\n',
      'base/pod.yaml': pod,
      'mid/kustomization.yaml': 'resources: [../base]\n',
      'prod/kustomization.yaml': 'resources: [../mid/]\npatches:\n- path: unprivileged.yaml\n',
      'prod/unprivileged.yaml': pod,
    });
    expect(targets).toEqual([
      { kind: 'kustomize', path: 'base', includedBy: ['mid', 'prod'] },
      { kind: 'kustomize', path: 'mid', includedBy: ['prod'] },
      { kind: 'kustomize', path: 'prod' },
    ]);
  });

  it('makes both sides of a base cycle targets, so kustomize reports the cycle on each', () => {
    const targets = discover({ 'a/kustomization.yaml': 'resources: [../b]\n', 'b/kustomization.yaml': 'resources: [../a]\n' });
    expect(targets).toEqual([
      { kind: 'kustomize', path: 'a', includedBy: ['b'] },
      { kind: 'kustomize', path: 'b', includedBy: ['a'] },
    ]);
  });

  it('checks the resources of a Component alone when no target uses it, and through the target when one does', () => {
    const component = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [pod.yaml]\n';
    const unused = discover({ 'comp/kustomization.yaml': component, 'comp/pod.yaml': pod });
    expect(unused).toEqual([{ kind: 'manifests', path: 'comp/pod.yaml' }]);
    const used = discover({ 'comp/kustomization.yaml': component, 'comp/pod.yaml': pod, 'app/kustomization.yaml': 'components: [../comp]\n' });
    expect(used).toEqual([{ kind: 'kustomize', path: 'app' }]);
  });

  it('trusts no reading that kustomize might not share: duplicate keys, merge keys and syntax errors refer to nothing', () => {
    const targets = discover({
      'dup/kustomization.yaml': 'kind: Component\nresources: [pod.yaml]\nresources: []\n',
      'dup/pod.yaml': pod,
      'merge/kustomization.yaml': 'resources: [pod.yaml]\n<<: {resources: []}\n',
      'merge/pod.yaml': pod,
      'broken/kustomization.yaml': 'resources: [pod.yaml\n',
      'broken/pod.yaml': pod,
    });
    expect(summary(targets)).toEqual([
      'kustomize:broken',
      'manifests:broken/pod.yaml',
      'kustomize:dup',
      'manifests:dup/pod.yaml',
      'kustomize:merge',
      'manifests:merge/pod.yaml',
    ]);
  });

  it('never checks a patch alone, even where kustomize refuses the kustomization that names it (issue 17)', () => {
    const targets = discover({
      // argocd-example-apps' plugins/kustomized-helm: a string where kustomize wants {path}, and all.yaml missing.
      'string-patch/kustomization.yaml': 'resources: [./all.yaml]\npatches:\n- overlays/deployment.yaml\n',
      'string-patch/overlays/deployment.yaml': pod,
      'broken/kustomization.yaml': 'resources: [pod.yaml\npatchesStrategicMerge: [smp.yaml]\npatchesJson6902:\n- path: ops.yaml\n',
      'broken/pod.yaml': pod,
      'broken/smp.yaml': pod,
      'broken/ops.yaml': pod,
      'dup/kustomization.yaml': 'patches:\n- path: first.yaml\npatches:\n- path: second.yaml\nreplacements:\n- path: source.yaml\n',
      'dup/first.yaml': pod,
      'dup/second.yaml': pod,
      'dup/source.yaml': pod,
      'merge/kustomization.yaml': 'base: &b {patches: [{path: merged.yaml}]}\n<<: *b\ngenerators: [gen.yaml]\n',
      'merge/merged.yaml': pod,
      'merge/gen.yaml': pod,
    });
    // The resources of a kustomization read no way for sure are still checked alone; its fragments never are.
    expect(summary(targets)).toEqual(['kustomize:broken', 'manifests:broken/pod.yaml', 'kustomize:dup', 'kustomize:merge', 'kustomize:string-patch']);
  });

  it('checks the patch of a Component no target uses alone: nothing would report its build failing', () => {
    const component = 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- patch.yaml\n';
    expect(summary(discover({ 'comp/kustomization.yaml': component, 'comp/patch.yaml': pod }))).toEqual(['manifests:comp/patch.yaml']);
  });

  it('checks the files of a kustomization the selection leaves out as plain manifests', () => {
    const files = { 'app/kustomization.yaml': 'resources: [pod.yaml]\n', 'app/pod.yaml': pod };
    expect(discover(files, { paths: ['app/pod.yaml'] })).toEqual([{ kind: 'manifests', path: 'app/pod.yaml' }]);
  });

  it('leaves kustomizations that are chart templates to helm', () => {
    const targets = discover({ 'web/Chart.yaml': chart('web'), 'web/templates/kustomization.yaml': 'resources: [pod.yaml]\n', 'web/templates/pod.yaml': template });
    expect(summary(targets)).toEqual(['helm:web']);
  });
});

describe('discoverTargets: selection of hidden paths', () => {
  it('selects and excludes files in hidden directories like any other', () => {
    const files = { '.deploy/pod.yaml': pod, '.ci/test/pod.yaml': pod, 'app/test/pod.yaml': pod };
    expect(summary(discover(files))).toEqual(['manifests:.ci/test/pod.yaml', 'manifests:.deploy/pod.yaml', 'manifests:app/test/pod.yaml']);
    expect(summary(discover(files, { paths: ['!**/test/**'] }))).toEqual(['manifests:.deploy/pod.yaml']);
    expect(summary(discover(files, { paths: ['*/test'] }))).toEqual(['manifests:.ci/test/pod.yaml', 'manifests:app/test/pod.yaml']);
  });
});
