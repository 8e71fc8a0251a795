// What `helm dependency build` may be given: every entry of Chart.yaml, requirements.yaml, Chart.lock and
// requirements.lock (helm follows a lock whose digest matches, and requirements.yaml whatever the apiVersion).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyProblem, fileDependencyDirs } from '../../src/render/dependencies.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-dependencies-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function chart(name: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries({ 'lib/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n', ...files })) {
    const full = path.startsWith('lib/') ? join(root, path) : join(root, name, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return join(root, name);
}

const metadata = (repository: string) => `apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 0.1.0\n  repository: ${repository}\n`;
const lock = (repository: string) => `dependencies:\n- name: sub\n  repository: ${repository}\n  version: 0.1.0\ndigest: sha256:0\ngenerated: "2024-01-01T00:00:00Z"\n`;

describe('dependencyProblem', () => {
  it('accepts file:// dependencies inside the repository', () => {
    const dir = chart('ok', { 'Chart.yaml': metadata('file://../lib/sub'), 'Chart.lock': lock('file://../lib/sub') });
    expect(dependencyProblem(root, dir, 'ok', false)).toBeUndefined();
    expect(fileDependencyDirs(root, dir)).toEqual([join(root, 'lib/sub'), join(root, 'lib/sub')]);
  });

  it.each([
    ['lock', { 'Chart.yaml': metadata('file://../lib/sub'), 'Chart.lock': lock('file://../../outside/sub') }, 'lock/Chart.lock', 2, "dependency 'sub' 0.1.0 of lock is file://../../outside/sub, which is outside the repository"],
    ['requirements', { 'Chart.yaml': metadata('file://../lib/sub'), 'requirements.yaml': 'dependencies:\n- name: sub\n  repository: file:///etc\n' }, 'requirements/requirements.yaml', 2, "dependency 'sub' of requirements is file:///etc, which is outside the repository"],
    ['v1-lock', { 'Chart.yaml': 'apiVersion: v1\nname: web\nversion: 0.1.0\n', 'requirements.lock': lock('file://../..') }, 'v1-lock/requirements.lock', 2, 'is file://../.., which is outside the repository'],
    ['folded', { 'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\nDependencies:\n- Name: sub\n  REPOSITORY: file://../../x\n' }, 'folded/Chart.yaml', 5, 'is file://../../x, which is outside the repository'],
    ['nochart', { 'Chart.yaml': metadata('file://../lib/none') }, 'nochart/Chart.yaml', 5, 'where there is no chart (lib/none/Chart.yaml)'],
    ['offline', { 'Chart.yaml': metadata('file://../lib/sub'), 'Chart.lock': lock('https://10.255.255.1/charts') }, 'offline/Chart.lock', 2, 'comes from https://10.255.255.1/charts and the network is off'],
    ['name', { 'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n- name: ../../x\n  repository: file://../lib/sub\n' }, 'name/Chart.yaml', 5, "dependency name '../../x' is not a chart name"],
    ['version', { 'Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 1.0/../../x\n  repository: file://../lib/sub\n' }, 'version/Chart.yaml', 5, "'1.0/../../x' is not a chart version"],
    ['broken', { 'Chart.yaml': metadata('file://../lib/sub'), 'Chart.lock': 'dependencies: [\n' }, 'broken/Chart.lock', 1, 'cannot be read as helm would read it'],
  ])('refuses %s', (name, files, file, line, message) => {
    expect(dependencyProblem(root, chart(name, files), name, false)).toMatchObject({ file, line, message: expect.stringContaining(message) });
  });

  it('offline names every dependency charts/ lacks, at the first one\'s entry, and never a vendored one', () => {
    const stack = 'apiVersion: v2\nname: stack\nversion: 0.1.0\ndependencies:\n- name: crds\n  version: 0.0.0\n  condition: crds.installed\n- name: operator\n  version: 0.119.0\n  repository: https://charts.example.com\n- name: cache\n  version: 1.2.3\n  repository: oci://registry.example.com/charts\n';
    const dir = chart('stack', { 'Chart.yaml': stack, 'charts/crds/Chart.yaml': 'apiVersion: v2\nname: crds\nversion: 0.0.0\n' });
    expect(dependencyProblem(root, dir, 'stack', false)).toEqual({
      file: 'stack/Chart.yaml',
      line: 8,
      message:
        "dependencies 'operator' 0.119.0 from https://charts.example.com, 'cache' 1.2.3 from oci://registry.example.com/charts (Chart.yaml:11) of stack are not vendored and the network is off: set allow-network to true to fetch them, or vendor them into stack/charts/",
    });
    const vendored = chart('vendored', { 'Chart.yaml': metadata('https://charts.example.com'), 'charts/sub-0.1.0.tgz': '' });
    expect(dependencyProblem(root, vendored, 'vendored', false)).toBeUndefined();
  });

  it('with the network on takes http(s), oci and the runner\'s @name repositories, nothing else', () => {
    expect(dependencyProblem(root, chart('online', { 'Chart.yaml': metadata('https://charts.example.com'), 'Chart.lock': lock('oci://registry.example.com/charts') }), 'online', true)).toBeUndefined();
    expect(dependencyProblem(root, chart('alias', { 'Chart.yaml': metadata('"@stable"') }), 'alias', true)).toBeUndefined();
    expect(dependencyProblem(root, chart('ftp', { 'Chart.yaml': metadata('ftp://x/y') }), 'ftp', true)?.message).toContain("comes from 'ftp://x/y', which is not an http(s):// or oci:// repository");
  });
});
