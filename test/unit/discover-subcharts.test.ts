// A file:// dependency is a subchart: judged through the parent that holds it, alone as well where it may be installed
// alone or the parent may not render it, and its values traced through the parent's key for it.
import { describe, expect, it } from 'vitest';
import { discoverTargets, type DiscoverOptions } from '../../src/discover/index.js';
import { fileDependencies, isDependencyEnabled } from '../../src/discover/helm.js';
import { locateValues, valuesSources } from '../../src/manifests/helmvalues.js';
import type { Target } from '../../src/model.js';
import type { RenderVariant } from '../../src/config/variants.js';

const repo = (files: Record<string, string>) => ({ files: Object.keys(files).sort(), read: (path: string) => files[path] ?? '' });
const discover = (files: Record<string, string>, options: Partial<DiscoverOptions> = {}) =>
  discoverTargets(repo(files), { paths: [], valuesFiles: [], ...options });
const helm = (targets: Target[]) => targets.filter((target) => target.kind === 'helm').map((target) => (target.variant ? `${target.path} (${target.variant})` : target.path));
const chart = (name: string, dependencies = '') => `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n${dependencies && `dependencies:\n${dependencies}`}`;
const fileDependency = (name: string, repository: string, extra = '') => `  - name: ${name}\n    version: 1.0.0\n    repository: ${repository}\n${extra}`;
const variant = (path: string, name: string, more: Partial<RenderVariant> = {}): RenderVariant => ({ path, name, valuesFiles: [], set: [], apiVersions: [], ...more });

describe('discoverTargets: file:// subcharts', () => {
  it('renders a file:// dependency inside its parent only through the parent (eks-blueprints-add-ons crossplane/resources)', () => {
    const files = {
      'resources/Chart.yaml': chart('resources', fileDependency('helm', '"file://helm"') + fileDependency('kubernetes', 'file://./kubernetes/')),
      'resources/helm/Chart.yaml': chart('helm'),
      'resources/kubernetes/Chart.yaml': chart('kubernetes'),
      'resources/charts/helm-1.0.0.tgz': '',
    };
    expect(helm(discover(files))).toEqual(['resources']);
  });

  it('renders a file:// dependency elsewhere alone too: a pipeline may install it (argocd-example-apps helm-guestbook)', () => {
    const files = {
      'plugins/kustomized-helm/Chart.yaml': chart('guestbook', fileDependency('helm-guestbook', 'file://../../helm-guestbook')),
      'helm-guestbook/Chart.yaml': chart('helm-guestbook'),
    };
    expect(helm(discover(files))).toEqual(['helm-guestbook', 'plugins/kustomized-helm']);
  });

  it('renders a repository-root chart`s file:// dependency through it', () => {
    expect(helm(discover({ 'Chart.yaml': chart('root', fileDependency('sub', 'file://deps/sub')), 'deps/sub/Chart.yaml': chart('sub') }))).toEqual(['.']);
  });

  it('renders the subchart alone when paths leave its parent out, or the parent is a library', () => {
    const files = { 'app/Chart.yaml': chart('app', fileDependency('db', 'file://db')), 'app/db/Chart.yaml': chart('db') };
    expect(helm(discover(files, { paths: ['app/db/**'] }))).toEqual(['app/db']);
    const library = { 'lib/Chart.yaml': `${chart('lib', fileDependency('db', 'file://db'))}type: library\n`, 'lib/db/Chart.yaml': chart('db') };
    expect(helm(discover(library))).toEqual(['lib/db']);
  });

  it('renders it alone when a config variant names it: the user installs it on its own', () => {
    const files = { 'app/Chart.yaml': chart('app', fileDependency('db', 'file://db')), 'app/db/Chart.yaml': chart('db'), 'app/db/prod.yaml': 'a: 1\n' };
    expect(helm(discover(files, { config: { variants: [variant('app/db', 'prod', { valuesFiles: ['app/db/prod.yaml'] })] } }))).toEqual(['app', 'app/db (prod)']);
  });

  it.each([
    ['the parent`s values turn its condition off', { 'app/values.yaml': 'db:\n  enabled: false\n' }, 'condition: db.enabled', ['app', 'app/db']],
    ['the parent`s values turn its condition on', { 'app/values.yaml': 'db:\n  enabled: yes\n' }, 'condition: db.enabled', ['app']],
    ['the condition is set nowhere (helm keeps it)', {}, 'condition: db.enabled', ['app']],
    ['a ci values file turns it off', { 'app/values.yaml': 'db: {enabled: true}\n', 'app/ci/small-values.yaml': 'db: {enabled: false}\n' }, 'condition: db.enabled', ['app (small)', 'app/db']],
    ['the first condition path found decides', { 'app/values.yaml': 'global: {db: false}\ndb: {enabled: true}\n' }, 'condition: db.enabled,global.db', ['app']],
    ['its only tag is off', { 'app/values.yaml': 'tags: {storage: false}\n' }, 'tags: [storage]', ['app', 'app/db']],
    ['one of its tags is on', { 'app/values.yaml': 'tags: {storage: false, all: true}\n' }, 'tags: [storage, all]', ['app']],
    ['the values cannot be read as helm reads them', { 'app/values.yaml': 'db: [broken\n' }, 'condition: db.enabled', ['app', 'app/db']],
  ])('keeps a conditional dependency alone too when %s', (_, values, extra, expected) => {
    const files = { 'app/Chart.yaml': chart('app', fileDependency('db', 'file://db', `    ${extra}\n`)), 'app/db/Chart.yaml': chart('db'), ...values };
    expect(helm(discover(files))).toEqual(expected);
  });

  it('keeps a conditional dependency alone too when a variant sets values the gate does not read', () => {
    const files = { 'app/Chart.yaml': chart('app', fileDependency('db', 'file://db', '    condition: db.enabled\n')), 'app/db/Chart.yaml': chart('db') };
    expect(helm(discover(files, { config: { variants: [variant('app', 'off', { set: ['db.enabled=false'] })] } }))).toEqual(['app (off)', 'app/db']);
  });

  it('keeps it alone too when the parent cannot render offline: a dependency neither file:// nor vendored', () => {
    const remote = fileDependency('redis', 'https://charts.bitnami.com/bitnami');
    const files = { 'app/Chart.yaml': chart('app', remote + fileDependency('db', 'file://db')), 'app/db/Chart.yaml': chart('db') };
    expect(helm(discover(files))).toEqual(['app', 'app/db']);
    expect(helm(discover(files, { allowNetwork: true }))).toEqual(['app']);
    expect(helm(discover({ ...files, 'app/charts/redis-17.0.0.tgz': '' }))).toEqual(['app']);
  });

  it('keeps it alone too when a lock file places the dependency elsewhere, or the chart lists it nowhere helm reads', () => {
    const parent = chart('app', fileDependency('db', 'file://db'));
    const lock = { 'app/Chart.lock': 'dependencies:\n- name: db\n  repository: file://../other-db\n  version: 1.0.0\n' };
    expect(helm(discover({ 'app/Chart.yaml': parent, 'app/db/Chart.yaml': chart('db'), ...lock }))).toEqual(['app', 'app/db']);
    // helm's loader reads requirements.yaml over Chart.yaml: its list is the one that counts.
    const requirements = { 'app/requirements.yaml': `dependencies:\n${fileDependency('cache', 'file://cache')}` };
    expect(helm(discover({ 'app/Chart.yaml': parent, 'app/db/Chart.yaml': chart('db'), 'app/cache/Chart.yaml': chart('cache'), ...requirements }))).toEqual(['app', 'app/db']);
  });

  it('renders a dependency of a subchart through the chart above both, and charts that list each other from beside alone', () => {
    const nested = {
      'top/Chart.yaml': chart('top', fileDependency('mid', 'file://mid')),
      'top/mid/Chart.yaml': chart('mid', fileDependency('leaf', 'file://leaf')),
      'top/mid/leaf/Chart.yaml': chart('leaf'),
    };
    expect(helm(discover(nested))).toEqual(['top']);
    // Neither holds the other: each may be installed alone.
    const loop = { 'x/Chart.yaml': chart('x'), 'x/a/Chart.yaml': chart('a', fileDependency('b', 'file://../b')), 'x/b/Chart.yaml': chart('b', fileDependency('a', 'file://../a')) };
    expect(helm(discover(loop))).toEqual(['x', 'x/a', 'x/b']);
  });

  it('keeps the dependency of a subchart alone too when its condition is the parent`s to decide (values come from above)', () => {
    const files = {
      'top/Chart.yaml': chart('top', fileDependency('mid', 'file://mid')),
      'top/mid/Chart.yaml': chart('mid', fileDependency('leaf', 'file://leaf', '    condition: leaf.enabled\n')),
      'top/mid/leaf/Chart.yaml': chart('leaf'),
    };
    expect(helm(discover(files))).toEqual(['top', 'top/mid/leaf']);
  });

  it('reads no file:// dependency outside the repository, written with another scheme, or without a name', () => {
    const text = chart('app', fileDependency('up', 'file://../../outside') + fileDependency('abs', 'file:///etc') + fileDependency('caps', 'FILE://caps') + '  - repository: file://anon\n');
    expect(fileDependencies('app', (path) => (path === 'app/Chart.yaml' ? text : undefined))).toEqual([]);
  });

  it('decides a condition as helm does: tags first, then the first condition path that holds a boolean', () => {
    const dependency = { chart: 'db', key: 'db', condition: 'db.enabled, global.db', tags: ['storage'] };
    expect(isDependencyEnabled(dependency, [{ tags: { storage: false } }])).toBe(false);
    expect(isDependencyEnabled(dependency, [{ tags: { storage: false }, db: { enabled: true } }])).toBe(true);
    // ` global.db` (as helm splits it, with its space) names no value: the tag decides.
    expect(isDependencyEnabled(dependency, [{ tags: { storage: false }, global: { db: true } }])).toBe(false);
    expect(isDependencyEnabled(dependency, [{ db: { enabled: 'no' } }])).toBe(true);
    // A user's file overrides the chart's values; a mapping without the key merges with them, null deletes them.
    expect(isDependencyEnabled(dependency, [{ db: { other: 1 } }, { db: { enabled: false } }])).toBe(false);
    expect(isDependencyEnabled(dependency, [{ db: null }, { db: { enabled: false } }])).toBe(true);
  });
});

describe('valuesSources: a file:// subchart`s values through its parent', () => {
  const target = (path: string, valuesFiles: string[] = []): Target => ({ kind: 'helm', path, helm: { releaseName: 'r', valuesFiles } });
  const files: Record<string, string> = {
    'resources/Chart.yaml': chart('resources', fileDependency('helm', '"file://helm"', '    alias: helmProvider\n') + fileDependency('kubernetes', 'file://kubernetes')),
    'resources/values.yaml': 'helmProvider:\n  clusterRoleBinding:\n    roleRef:\n      name: view\n',
    'resources/helm/Chart.yaml': chart('helm'),
    'resources/helm/values.yaml': 'clusterRoleBinding:\n  roleRef:\n    kind: ClusterRole\n    name: cluster-admin\n',
    'resources/kubernetes/Chart.yaml': chart('kubernetes', fileDependency('common', 'file://../../common')),
    'common/Chart.yaml': chart('common'),
    'common/charts/tools/Chart.yaml': chart('tools'),
    'Chart.yaml': chart('root'),
    'charts/sub/Chart.yaml': chart('sub'),
  };
  const read = (path: string) => files[path];

  it('reads the parent`s key for it (its alias), then its own values.yaml', () => {
    expect(valuesSources(read, target('resources', ['env/prod.yaml']), 'resources/helm', false)).toEqual([
      { file: 'env/prod.yaml', prefix: ['helmProvider'] },
      { file: 'resources/values.yaml', prefix: ['helmProvider'] },
      { file: 'resources/helm/values.yaml', prefix: [] },
    ]);
    expect(locateValues(read, target('resources'), 'resources/helm', ['clusterRoleBinding', 'roleRef', 'name'])).toEqual({ file: 'resources/values.yaml', line: 4, column: 7 });
    expect(locateValues(read, target('resources'), 'resources/helm', ['clusterRoleBinding', 'roleRef', 'kind'])).toEqual({ file: 'resources/helm/values.yaml', line: 3, column: 5 });
  });

  it('follows file:// dependencies outside the parent and charts/ below them, each level under its key', () => {
    expect(valuesSources(read, target('resources'), 'common/charts/tools', false).map((source) => `${source.file} ${source.prefix.join('.')}`)).toEqual([
      'resources/values.yaml kubernetes.common.tools',
      'resources/kubernetes/values.yaml common.tools',
      'common/values.yaml tools',
      'common/charts/tools/values.yaml ',
    ]);
  });

  it('reads a repository-root chart`s values.yaml by its path, and its charts/ subcharts under their key', () => {
    expect(valuesSources(read, target('.'), 'charts/sub', false)).toEqual([
      { file: 'values.yaml', prefix: ['sub'] },
      { file: 'charts/sub/values.yaml', prefix: [] },
    ]);
  });

  it('reads globals at the top of every file on the way', () => {
    expect(valuesSources(read, target('resources'), 'resources/helm', true).map((source) => source.prefix)).toEqual([[], []]);
  });
});
