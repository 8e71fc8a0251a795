// What a kustomization tree may hand to kustomize, git and helm: paths inside, remote references only with the
// network (https, a ref that is a ref), every helmCharts field checked, plugin configs included.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kustomizeProblem, RenderRefusal, unreadableRisk } from '../../src/render/confine.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-confine-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const offline = { network: false, helm: true };
const online = { network: true, helm: true };
const problem = (target: string, fence = offline) => kustomizeProblem(root, target, fence);

describe('kustomizeProblem: paths', () => {
  write({
    'ok/base/kustomization.yaml': 'resources: [pod.yaml]\n',
    'ok/overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- patch: |-\n    - op: replace\n      path: /x\n',
    'up/kustomization.yaml': 'resources:\n- ../../../../../../etc\n',
    'abs/kustomization.yaml': 'resources: [pod.yaml]\ncomponents:\n- /home/runner/work/private/deploy\n',
    'deep/overlay/kustomization.yaml': 'resources: [../base]\n',
    'deep/base/kustomization.yaml': 'configMapGenerator:\n- name: x\n  files:\n  - key=../../../secret.txt\n',
    'second/kustomization.yaml': 'resources: [a.yaml]\n---\nresources: [/etc]\n',
    'folded/kustomization.yaml': 'Resources:\n- ../../outside\n',
    'merged/kustomization.yaml': 'x: &more\n  - ../../outside\nresources: *more\n',
    'broken/kustomization.yaml': 'resources: [pod.yaml\n',
  });

  it('accepts local paths inside the repository and inline patches', () => {
    expect(problem('ok/overlay')).toBeUndefined();
  });

  it('names the file, line and entry that lead out: `..`, absolute paths, bases, every document', () => {
    expect(problem('up')).toEqual({ file: 'up/kustomization.yaml', line: 2, message: "resources entry '../../../../../../etc' is outside the repository; kustomize would read it from the runner's disk" });
    expect(problem('abs')).toMatchObject({ file: 'abs/kustomization.yaml', line: 3, message: expect.stringMatching(/^components entry '\/home\/runner\/work\/private\/deploy' is outside/) });
    expect(problem('deep/overlay')).toMatchObject({ file: 'deep/base/kustomization.yaml', line: 4, message: expect.stringMatching(/^configMapGenerator\.files entry '\.\.\/\.\.\/\.\.\/secret\.txt' is outside/) });
    expect(problem('second')).toMatchObject({ file: 'second/kustomization.yaml', line: 3 });
  });

  it('reads keys as encoding/json does (case folded) and follows aliases', () => {
    expect(problem('folded')).toMatchObject({ line: 2, message: expect.stringMatching(/^resources entry '\.\.\/\.\.\/outside' is outside/) });
    expect(problem('merged')).toMatchObject({ line: 2, message: expect.stringMatching(/^resources entry '\.\.\/\.\.\/outside'/) });
  });

  it('lets kustomize read what the yaml package cannot only when nothing in it could lead a tool out', () => {
    // go-yaml v2 takes a quoted scalar continued at column 0; the yaml package does not.
    write({
      'odd/kustomization.yaml': 'resources:\n- pod.yaml\n- sub\ncommonAnnotations:\n  note: "reviewed\nkind: Component"\n',
      'odd/sub/kustomization.yaml': 'resources:\n- ../../../../outside\n',
      'odd-url/kustomization.yaml': 'resources:\n- https://example.com/x\ncommonAnnotations:\n  note: "a\nb"\n',
    });
    expect(problem('broken')).toBeUndefined();
    expect(problem('odd')).toMatchObject({ file: 'odd/sub/kustomization.yaml', line: 2, message: expect.stringMatching(/is outside the repository/) });
    expect(problem('odd-url')).toMatchObject({ file: 'odd-url/kustomization.yaml', message: expect.stringMatching(/^cannot be read as kustomize would read it \(.*\), and it holds ':\/\/'/) });
  });

  it.each(['https://x', 'git@host:x', 'git::x', 'helmCharts', 'HELMCHARTS', 'generators', '../x', '- /etc', '"\\x2e"', '!!binary', '%TAG', 'GitHub.com/o/r'])(
    'counts %s as risky in text it cannot read',
    (text) => {
      expect(unreadableRisk(`resources:\n${text}\n`)).toBeDefined();
    },
  );

  it('says where in the message of the error it throws', () => {
    const refusal = new RenderRefusal({ file: 'a/kustomization.yaml', line: 4, message: 'x' });
    expect([refusal.message, refusal.location]).toEqual(['a/kustomization.yaml:4: x', { file: 'a/kustomization.yaml', line: 4 }]);
  });
});

describe('kustomizeProblem: remote references', () => {
  write({
    'remote/file-url/kustomization.yaml': 'resources:\n- file:///tmp/x?ref=--upload-pack=touch /tmp/pwned\n',
    'remote/git-prefix/kustomization.yaml': 'components:\n- git::file:///tmp/x\n',
    'remote/https/kustomization.yaml': 'resources:\n- https://github.com/org/repo//deploy?ref=v1.2.0\n',
    'remote/bad-ref/kustomization.yaml': 'resources:\n- https://github.com/org/repo//deploy?ref=--upload-pack=touch%20x\n',
    'remote/github/kustomization.yaml': 'bases:\n- github.com/org/repo//deploy?ref=main\n',
    'remote/scp/kustomization.yaml': 'resources:\n- git@github.com:org/repo.git//deploy\n',
    'remote/ext/kustomization.yaml': 'generators:\n- ext::sh -c touch% /tmp/pwned\n',
    'remote/patch/kustomization.yaml': 'patches:\n- path: https://example.com/patch.yaml\n',
    'remote/local-at/kustomization.yaml': 'resources:\n- a@b/pod.yaml\n- configs/file:name.yaml\n',
  });

  it('refuses every remote reference with the network off, naming it', () => {
    expect(problem('remote/file-url')).toEqual({
      file: 'remote/file-url/kustomization.yaml',
      line: 2,
      message: "resources entry 'file:///tmp/x?ref=--upload-pack=touch /tmp/pwned' is a git repository: the network is off (set allow-network to true to fetch it, or vendor it into the repository)",
    });
    expect(problem('remote/https')?.message).toMatch(/is a git repository: the network is off/);
    expect(problem('remote/github')?.message).toMatch(/^bases entry 'github\.com\/org\/repo\/\/deploy\?ref=main' is a git repository/);
    expect(problem('remote/scp')?.message).toMatch(/is a git repository: the network is off/);
    expect(problem('remote/ext')?.message).toMatch(/^generators entry 'ext::sh -c touch% \/tmp\/pwned' is a git repository/);
    expect(problem('remote/patch')).toMatchObject({ line: 2, message: "patches.path entry 'https://example.com/patch.yaml' is a file on the network: the network is off (set allow-network to true to fetch it, or vendor it into the repository)" });
  });

  it('lets only https with a real ref through when the network is on', () => {
    expect(problem('remote/https', online)).toBeUndefined();
    expect(problem('remote/github', online)).toBeUndefined();
    expect(problem('remote/patch', online)).toBeUndefined();
    expect(problem('remote/file-url', online)?.message).toMatch(/over file: only https:\/\/ is fetched$/);
    expect(problem('remote/git-prefix', online)?.message).toMatch(/over file: only https:\/\/ is fetched$/);
    expect(problem('remote/scp', online)?.message).toMatch(/over ssh: only https:\/\/ is fetched$/);
    expect(problem('remote/bad-ref', online)?.message).toMatch(/has ref '--upload-pack=touch x', which is not a git ref/);
  });

  it('leaves alone local names that only look odd', () => {
    expect(problem('remote/local-at')).toBeUndefined();
  });
});

describe('kustomizeProblem: helm charts', () => {
  const chart = { 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n', 'charts/web/values.yaml': 'a: 1\n' };
  const app = (name: string, kustomization: string, extra: Record<string, string> = {}) =>
    write(Object.fromEntries(Object.entries({ 'kustomization.yaml': kustomization, ...chart, ...extra }).map(([path, text]) => [`helm/${name}/${path}`, text])));
  app('ok', 'namespace: web\nhelmGlobals:\n  chartHome: charts\nhelmCharts:\n- name: web\n  releaseName: web\n  version: ~1.2\n  namespace: apps\n  valuesFile: charts/web/values.yaml\n  valuesInline: {a: 2}\n  valuesMerge: merge\n  includeCRDs: yes\n  apiVersions: [apps/v1, monitoring.coreos.com/v1/ServiceMonitor]\n  kubeVersion: v1.31.0\n');
  app('release', 'helmCharts:\n- name: web\n  releaseName: --post-renderer=sh\n');
  app('folded', 'helmCharts:\n- name: web\n  RELEASENAME: --output-dir=/tmp/x\n');
  app('merge', 'helmCharts:\n- name: web\n  valuesInline: &x\n    releaseName: --set-file=a=/etc/passwd\n  <<: *x\n');
  app('name', 'helmCharts:\n- name: ../../../../outside/chart\n');
  app('namespace', 'namespace: --set=a=b\nhelmCharts:\n- name: web\n');
  app('repo', 'helmCharts:\n- name: web\n  repo: https://charts.example.com\n  version: 1.0.0\n');
  app('repo-file', 'helmCharts:\n- name: web\n  repo: file:///etc\n');
  app('unknown', 'helmCharts:\n- name: web\n  postRenderer: sh\n');
  app('bool', 'helmCharts:\n- name: web\n  skipHooks: "true"\n');
  app('config-home', 'helmGlobals:\n  configHome: home\nhelmCharts:\n- name: web\n');
  app('legacy', 'helmChartInflationGenerator:\n- chartName: web\n  extraArgs: [--post-renderer=sh]\n');
  app('generator-file', 'helmCharts:\n- name: web\ngenerators:\n- gen.yaml\n', { 'gen.yaml': 'apiVersion: builtin\nkind: HelmChartInflationGenerator\nmetadata:\n  name: x\nname: web\nchartHome: /etc\n' });
  app('generator-inline', 'helmCharts:\n- name: web\ngenerators:\n- |\n  apiVersion: builtin\n  kind: HelmChartInflationGenerator\n  metadata: {name: x}\n  name: web\n  releaseName: -x\n');
  app('generator-dir', 'helmCharts:\n- name: web\ntransformers:\n- more\n', { 'more/kustomization.yaml': 'resources: [a.yaml]\n' });
  app('schema', 'helmCharts:\n- name: web\n', { 'charts/web/values.schema.json': '{"$ref": "file:///etc/passwd"}' });
  app('schema-https', 'helmGlobals:\n  chartHome: vendor\nhelmCharts:\n- name: web\n', { 'vendor/web/values.schema.json': '{"$ref": "https://10.255.255.1/s.json"}' });

  it('accepts every field when it holds what kustomize means by it', () => {
    expect(problem('helm/ok')).toBeUndefined();
  });

  it.each([
    ['release', 3, "helmCharts[0].releaseName '--post-renderer=sh' is not a release name"],
    ['folded', 3, "helmCharts[0].releaseName (written 'RELEASENAME') '--output-dir=/tmp/x' is not a release name"],
    ['merge', 4, "helmCharts[0].releaseName '--set-file=a=/etc/passwd' is not a release name"],
    ['name', 2, "helmCharts[0].name '../../../../outside/chart' is not a chart name"],
    ['namespace', 1, "namespace '--set=a=b' is not a namespace"],
    ['repo', 3, "helmCharts[0].repo 'https://charts.example.com' is a chart repository on the network, which is off"],
    ['repo-file', 3, "helmCharts[0].repo 'file:///etc' is not an http(s):// Helm repository or an oci:// registry"],
    ['unknown', 3, 'helmCharts[0].postRenderer is not a field kustomize knows here'],
    ['bool', 3, "helmCharts[0].skipHooks 'true' is a string, not true or false"],
    ['config-home', 2, "helmGlobals.configHome 'home' is refused"],
    ['legacy', 3, "helmChartInflationGenerator[0].extraArgs entry '--post-renderer=sh' is refused"],
    ['generator-inline', 9, "generators entry HelmChartInflationGenerator.releaseName '-x' is not a release name"],
    ['generator-dir', 4, "transformers entry 'more' is a directory"],
  ])('refuses %s at line %i', (name, line, message) => {
    expect(problem(`helm/${name}`)).toMatchObject({ file: `helm/${name}/kustomization.yaml`, line, message: expect.stringContaining(message) });
  });

  it('checks a config file in generators where it is written', () => {
    expect(problem('helm/generator-file')).toMatchObject({ file: 'helm/generator-file/gen.yaml', line: 6, message: "generators entry 'gen.yaml': chartHome '/etc' is outside the repository; kustomize would read it from the runner's disk" });
  });

  it('checks the files builtin plugin configs load, whatever their kind', () => {
    write({
      'plugins/kustomization.yaml': 'resources: [pod.yaml]\ntransformers:\n- patch.yaml\n- |\n  apiVersion: builtin\n  kind: ConfigMapGenerator\n  metadata: {name: x}\n  files: [conf=../../../etc/passwd]\n',
      'plugins/patch.yaml': 'apiVersion: builtin\nkind: PatchTransformer\nmetadata:\n  name: p\npath: https://10.255.255.1/patch.yaml\n',
    });
    expect(problem('plugins', { network: false, helm: false })).toEqual({
      file: 'plugins/patch.yaml',
      line: 5,
      message: "transformers entry 'patch.yaml': path 'https://10.255.255.1/patch.yaml' is a file on the network: the network is off (set allow-network to true to fetch it, or vendor it into the repository)",
    });
    expect(problem('plugins', { network: true, helm: false })).toEqual({
      file: 'plugins/kustomization.yaml',
      line: 8,
      message: "transformers entry files '../../../etc/passwd' is outside the repository; kustomize would read it from the runner's disk",
    });
  });

  it("checks the schema of each local chart helm will inflate, only with helm on", () => {
    expect(problem('helm/schema')).toMatchObject({ file: 'helm/schema/charts/web/values.schema.json', message: expect.stringContaining("refers to 'file:///etc/passwd'") });
    expect(problem('helm/schema', { network: false, helm: false })).toBeUndefined();
    expect(problem('helm/schema-https')).toMatchObject({ file: 'helm/schema-https/vendor/web/values.schema.json', message: expect.stringContaining('which helm would fetch from the network, which is off') });
    expect(problem('helm/schema-https', online)).toBeUndefined();
  });

  it('allows a chart repository with the network on', () => {
    expect(problem('helm/repo', online)).toBeUndefined();
  });
});
