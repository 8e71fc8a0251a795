// Committed or generated: Secrets rendered by real helm from charts that make their values (randAlphaNum,
// genSignedCert, a bitnami-style password helper) and from a values file that commits one.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load, loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { innerValue, listOnly, plainSecretKeys, plainSecretVerdict, secretValues, traceSecretValues, type SourceText } from '../../src/secrets/provenance.js';
import type { Resource, Target } from '../../src/model.js';
import { createSecretTracer, sourceFiles } from '../../src/secrets/trace.js';
import { findTool } from '../../src/tools.js';

const MESSAGE_TAIL = ': anyone who can read it can read them, and base64 is no encryption; commit a SealedSecret, an ExternalSecret or a SOPS-encrypted Secret instead';

const work = mkdtempSync(join(tmpdir(), 'kpg-provenance-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function readTree(root: string, prefix: string): SourceText[] {
  return readdirSync(join(root, prefix), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name).slice(root.length + 1);
      return { file, text: readFileSync(join(root, file), 'utf8') };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** `helm template` of the chart; the Secrets it renders, by name. */
function renderSecrets(chart: string, valuesFiles: string[] = []): Map<string, Record<string, unknown>> {
  const helm = findTool('helm');
  if (!helm) throw new Error('helm not found: run scripts/install-tools.sh');
  const output = execFileSync(helm, ['template', ...valuesFiles.map((file) => `--values=${join(work, file)}`), '--', 'shop', join(work, chart)], { encoding: 'utf8' });
  const objects = loadAll(output) as Record<string, unknown>[];
  return new Map(objects.filter((o) => o?.kind === 'Secret').map((o) => [(o.metadata as { name: string }).name, o]));
}

// A chart in the style of bitnami's: passwords from values when set, else generated; a webhook certificate made
// by genSignedCert (as opentelemetry-operator's operator-webhook.yaml does); a config file kept in a Secret.
writeTree(work, {
  'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
  'charts/shop/values.yaml': 'mariadb:\n  auth:\n    rootPassword: ""\n    username: shop\nconfig:\n  logLevel: info\n  endpoint: https://api.example.com\n',
  'charts/shop/templates/_helpers.tpl':
    '{{- define "shop.password" -}}\n{{- $existing := lookup "v1" "Secret" .Release.Namespace "shop-db" -}}\n{{- if .Values.mariadb.auth.rootPassword -}}\n{{- .Values.mariadb.auth.rootPassword -}}\n{{- else if $existing -}}\n{{- index $existing.data "root-password" | b64dec -}}\n{{- else -}}\n{{- randAlphaNum 16 -}}\n{{- end -}}\n{{- end -}}\n',
  'charts/shop/templates/db.yaml':
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\ntype: Opaque\ndata:\n  root-password: {{ include "shop.password" . | b64enc | quote }}\n  basic-auth: {{ printf "%s:%s" .Values.mariadb.auth.username (include "shop.password" .) | b64enc | quote }}\n',
  'charts/shop/templates/webhook.yaml':
    '{{- $ca := genCA "shop-ca" 365 -}}\n{{- $cert := genSignedCert "shop-webhook" nil (list "shop-webhook.svc") 365 $ca -}}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-webhook\ntype: kubernetes.io/tls\ndata:\n  tls.crt: {{ $cert.Cert | b64enc }}\n  tls.key: {{ $cert.Key | b64enc }}\n',
  'charts/shop/templates/config.yaml':
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-config\nstringData:\n  config.yaml: |\n    {{- toYaml .Values.config | nindent 4 }}\n',
  'env/prod-values.yaml': 'mariadb:\n  auth:\n    # The production root password, committed by mistake.\n    rootPassword: hunter2-Prod-2024\n',
  'env/quoted-values.yaml': 'mariadb:\n  auth:\n    rootPassword: "it\'s \\"quoted\\"\\tand tabbed"\n',
});

describe('traceSecretValues on helm renders', () => {
  const sources = (...first: string[]) => {
    const chart = readTree(work, 'charts/shop');
    return [...first.map((file) => ({ file, text: readFileSync(join(work, file), 'utf8') })), ...chart];
  };

  it('calls randAlphaNum and lookup`s offline fallback generated, and drops the finding', () => {
    const secret = renderSecrets('charts/shop').get('shop-db')!;
    const keys = [{ field: 'data' as const, key: 'basic-auth' }, { field: 'data' as const, key: 'root-password' }];
    const traced = traceSecretValues(secretValues(secret, keys), sources());
    expect(traced.map((t) => t.origin)).toEqual(['generated', 'generated']);
    expect(plainSecretVerdict(traced)).toEqual({ report: false });
  });

  it('calls a genSignedCert key generated', () => {
    const secret = renderSecrets('charts/shop').get('shop-webhook')!;
    const traced = traceSecretValues(secretValues(secret, [{ field: 'data', key: 'tls.key' }]), sources());
    expect(traced).toEqual([expect.objectContaining({ key: 'tls.key', origin: 'generated' })]);
  });

  it('finds a values-file password at its line, through b64enc and through printf', () => {
    const secret = renderSecrets('charts/shop', ['env/prod-values.yaml']).get('shop-db')!;
    const keys = [{ field: 'data' as const, key: 'basic-auth' }, { field: 'data' as const, key: 'root-password' }];
    const traced = traceSecretValues(secretValues(secret, keys), sources('env/prod-values.yaml'));
    // `shop:hunter2-Prod-2024` is nowhere whole, but nothing in it is unknown: still reported.
    expect(traced).toEqual([
      { field: 'data', key: 'basic-auth', origin: 'undecided' },
      { field: 'data', key: 'root-password', origin: 'committed', file: 'env/prod-values.yaml', line: 4 },
    ]);
    expect(plainSecretVerdict(traced)).toEqual({ report: true, location: { file: 'env/prod-values.yaml', line: 4 } });
  });

  it('finds a value YAML escapes as the scalar it is', () => {
    const secret = renderSecrets('charts/shop', ['env/quoted-values.yaml']).get('shop-db')!;
    const traced = traceSecretValues(secretValues(secret, [{ field: 'data', key: 'root-password' }]), sources('env/quoted-values.yaml'));
    expect(traced).toEqual([{ field: 'data', key: 'root-password', origin: 'committed', file: 'env/quoted-values.yaml', line: 3 }]);
  });

  it('keeps a config file made from committed values', () => {
    const secret = renderSecrets('charts/shop').get('shop-config')!;
    const traced = traceSecretValues(secretValues(secret, [{ field: 'stringData', key: 'config.yaml' }]), sources());
    expect(traced.map((t) => t.origin)).toEqual(['undecided']);
    expect(plainSecretVerdict(traced)).toEqual({ report: true });
  });
});

describe('traceSecretValues on committed manifests', () => {
  const manifest = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ndata:\n  adminUser: YWRtaW4=\n  password: aHVudGVyMg==\nstringData:\n  token: ghp_16C7e42F292c6912E7710c838347Ae178B4a\n  config: |\n    user: admin\n    pass: "x"\n';
  const object = load(manifest) as Record<string, unknown>;
  const sources = [{ file: 'README.md', text: 'the admin user is admin' }, { file: 'deploy/secret.yaml', text: manifest }];

  it('finds base64 and text values where the manifest holds them', () => {
    const values = secretValues(object, [
      { field: 'stringData', key: 'config' },
      { field: 'stringData', key: 'token' },
      { field: 'data', key: 'password' },
    ]);
    expect(traceSecretValues(values, sources)).toEqual([
      { field: 'stringData', key: 'config', origin: 'committed', file: 'deploy/secret.yaml', line: 10 },
      { field: 'stringData', key: 'token', origin: 'committed', file: 'deploy/secret.yaml', line: 9 },
      { field: 'data', key: 'password', origin: 'committed', file: 'deploy/secret.yaml', line: 7 },
    ]);
  });

  it('matches whole words only, in source order', () => {
    // `admin` is in README.md as a word; `adminUser` in the manifest does not count for it.
    const [traced] = traceSecretValues([{ field: 'data', key: 'adminUser', value: 'YWRtaW4=' }], sources);
    expect(traced).toEqual({ field: 'data', key: 'adminUser', origin: 'committed', file: 'README.md', line: 1 });
  });

  it('keeps binary data and values of known render settings undecided', () => {
    const traced = traceSecretValues(
      [
        { field: 'data', key: 'keystore', value: Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0x00, 0x02, 0x8f]).toString('base64') },
        { field: 'stringData', key: 'url', value: 'postgres://shop@db.Production2024.svc' },
      ],
      sources,
      ['Production2024'],
    );
    expect(traced.map((t) => t.origin)).toEqual(['undecided', 'undecided']);
  });

  it('reports a finding unless every value was generated', () => {
    expect(plainSecretVerdict([{ field: 'data', key: 'a', origin: 'generated', token: 'x' }, { field: 'data', key: 'b', origin: 'undecided' }])).toEqual({ report: true });
    expect(plainSecretVerdict([])).toEqual({ report: true });
  });
});

describe('traceSecretValues with test fixtures', () => {
  const values = 'config:\n  datasource:\n    user: postgres\n    password: ""\n';
  const ci = { file: 'exporter/ci/default-values.yaml', text: 'config:\n  datasource:\n    password: testpassword\n', fixture: true };

  it('calls a value that only a fixture commits a fixture, and drops the finding', () => {
    const traced = traceSecretValues([{ field: 'data', key: 'pw', value: Buffer.from('testpassword').toString('base64') }], [ci, { file: 'exporter/values.yaml', text: values }]);
    expect(traced).toEqual([{ field: 'data', key: 'pw', origin: 'fixture', file: 'exporter/ci/default-values.yaml', line: 3 }]);
    expect(plainSecretVerdict(traced)).toEqual({ report: false });
  });

  it('calls a value that a file which deploys holds too committed there, though the fixture comes first', () => {
    const deployed = { file: 'exporter/values.yaml', text: values.replace('""', 'testpassword') };
    const traced = traceSecretValues([{ field: 'stringData', key: 'pw', value: 'testpassword' }], [ci, deployed]);
    expect(traced).toEqual([{ field: 'stringData', key: 'pw', origin: 'committed', file: 'exporter/values.yaml', line: 4 }]);
    expect(plainSecretVerdict(traced)).toEqual({ report: true, location: { file: 'exporter/values.yaml', line: 4 } });
  });

  it('counts no comment and no key of a file that deploys as setting a fixture`s value', () => {
    const chart = { file: 'exporter/values.yaml', text: '# password: testpassword\nmatches:\n  - testpassword: /\n' };
    const traced = traceSecretValues([{ field: 'stringData', key: 'pw', value: 'testpassword' }], [ci, chart]);
    expect(traced).toEqual([{ field: 'stringData', key: 'pw', origin: 'fixture', file: 'exporter/ci/default-values.yaml', line: 3 }]);
    // Without a fixture holding it, the chart's files place the value as before (any scalar equal to it, else a word).
    expect(traceSecretValues([{ field: 'stringData', key: 'pw', value: 'testpassword' }], [chart])).toEqual([{ field: 'stringData', key: 'pw', origin: 'committed', file: 'exporter/values.yaml', line: 3 }]);
  });

  it('reports a fixture`s value beside one that is neither generated nor a fixture', () => {
    expect(plainSecretVerdict([{ field: 'data', key: 'a', origin: 'fixture', file: 'c/ci/x-values.yaml', line: 1 }, { field: 'data', key: 'b', origin: 'undecided' }])).toEqual({ report: true });
  });
});

describe('innerValue', () => {
  it('reads the value a configuration file sets for the named key, whatever the format', () => {
    expect(innerValue('clients:\n  - url: https://u:p@logs.example.com/push\n    basic_auth:\n      password: "hunter2"\n', 'password')).toBe('hunter2');
    expect(innerValue('clients:\n  - url: https://u:p@logs.example.com/push\n', 'url')).toBe('https://u:p@logs.example.com/push');
    expect(innerValue('{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNz"}}}', 'auth')).toBe('dXNlcjpwYXNz');
    expect(innerValue('[db]\nuser = app\nPASSWORD=hunter2, # x\n', 'PASSWORD')).toBe('hunter2');
    expect(innerValue('apiPassword: x\n', 'password')).toBeUndefined();
    expect(innerValue('password:\n', 'password')).toBeUndefined();
  });
});

describe('plainSecretKeys', () => {
  it('reads identifiers beside the credentials, and the key inside a configuration file', () => {
    expect(plainSecretKeys(`plain-text values committed to the repository (stringData.agent.yaml[password], data.DB_PASSWORD, beside data.DB_USER, data.host)${MESSAGE_TAIL}`)).toEqual([
      { field: 'stringData', key: 'agent.yaml', inner: 'password' },
      { field: 'data', key: 'DB_PASSWORD' },
      { field: 'data', key: 'DB_USER', identifier: true },
      { field: 'data', key: 'host', identifier: true },
    ]);
    expect(plainSecretKeys(`plain-text values committed to the repository (data.a, beside spec.x)${MESSAGE_TAIL}`)).toBeUndefined();
  });

  it('rewrites the list to the credentials kept, the identifiers still beside them', () => {
    const message = `plain-text values committed to the repository (stringData.app.yaml[token], data.password, beside data.user)${MESSAGE_TAIL}`;
    expect(listOnly(message, [{ field: 'stringData', key: 'app.yaml', inner: 'token' }])).toBe(`plain-text values committed to the repository (stringData.app.yaml[token], beside data.user)${MESSAGE_TAIL}`);
  });

  it('reads the keys back from plain-secret`s message', () => {
    expect(plainSecretKeys(`plain-text values committed to the repository (stringData.z, data.tls.key, data..dockerconfigjson)${MESSAGE_TAIL}`)).toEqual([
      { field: 'stringData', key: 'z' },
      { field: 'data', key: 'tls.key' },
      { field: 'data', key: '.dockerconfigjson' },
    ]);
    expect(plainSecretKeys('container "a" must set securityContext.capabilities.drop to include "ALL"')).toBeUndefined();
    expect(plainSecretKeys(`plain-text values committed to the repository (spec.x)${MESSAGE_TAIL}`)).toBeUndefined();
  });
});

describe('createSecretTracer', () => {
  const message = (keys: string) => `plain-text values committed to the repository (${keys})${MESSAGE_TAIL}`;
  const files: Record<string, string> = {
    'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 1.0.0\n',
    'charts/db/values.yaml': 'auth:\n  password: ""\n',
    'charts/db/templates/secret.yaml': 'apiVersion: v1\nkind: Secret\ndata:\n  password: {{ .Values.auth.password | default (randAlphaNum 16) | b64enc }}\n',
    'env/base.yaml': 'auth:\n  password: base-Secret-01\n',
    'env/prod.yaml': '# production\nauth:\n  password: prod-Secret-02\n',
    'flux/release.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: db}\nspec:\n  values:\n    auth:\n      password: flux-Secret-03\n',
    'docs/README.md': 'Set auth.password, e.g. `docs-Secret-04`.\n',
    'charts/db/ci/auth-values.yaml': 'auth:\n  password: ci-Secret-05\n',
    'env/ci/auth-values.yaml': 'auth:\n  password: env-Secret-06\n',
    'deploy/registry.yaml': `apiVersion: v1\nkind: Secret\ndata:\n  config.json: ${Buffer.from('{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNz"}}}').toString('base64')}\n`,
    'deploy/agent.yaml': 'apiVersion: v1\nkind: Secret\nstringData:\n  agent.yaml: |\n    server:\n      port: 80\n    token: flux-Token-07\n',
  };
  const reads: string[] = [];
  const tracer = createSecretTracer({ files: () => Object.keys(files), read: (file) => (reads.push(file), files[file]) });
  const resource = (password: string, target: Partial<Target> = {}): Resource => {
    const object = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, data: { password: Buffer.from(password).toString('base64') } };
    return {
      object,
      apiVersion: 'v1',
      kind: 'Secret',
      name: 'db',
      target: { kind: 'helm', path: 'charts/db', helm: { releaseName: 'db', valuesFiles: [] }, ...target },
      document: { text: '', firstLine: 1, sourceFile: 'charts/db/templates/secret.yaml', relatedFiles: ['charts/db/values.yaml'], textIsSource: false },
    };
  };

  it('drops a value the chart generated', () => {
    expect(tracer(resource('q7XbT2mZk9LpW4sR'), message('data.password'))).toEqual({ report: false });
  });

  it('points at the values file that wins, the last one given', () => {
    const target = { helm: { releaseName: 'db', valuesFiles: ['env/base.yaml', 'env/prod.yaml'] } };
    expect(tracer(resource('prod-Secret-02', target), message('data.password'))).toEqual({ report: true, location: { file: 'env/prod.yaml', line: 3 } });
    expect(tracer(resource('base-Secret-01', target), message('data.password'))).toEqual({ report: true, location: { file: 'env/base.yaml', line: 2 } });
  });

  it('lists only the values that were not generated when it reports', () => {
    const both = resource('prod-Secret-02', { helm: { releaseName: 'db', valuesFiles: ['env/prod.yaml'] } });
    both.object = { ...both.object, data: { password: Buffer.from('prod-Secret-02').toString('base64'), token: Buffer.from('Zq81xW0pLmN3vB7c').toString('base64') } };
    expect(tracer(both, message('data.password, data.token'))).toEqual({ report: true, location: { file: 'env/prod.yaml', line: 3 }, message: message('data.password') });
  });

  it('points at the deploying HelmRelease`s values', () => {
    const target = { deployedBy: { kind: 'HelmRelease', name: 'db', file: 'flux/release.yaml', line: 1 } };
    expect(tracer(resource('flux-Secret-03', target), message('data.password'))).toEqual({ report: true, location: { file: 'flux/release.yaml', line: 7 } });
  });

  it('keeps, where the rule put it, a value that is somewhere else in the repository', () => {
    expect(tracer(resource('docs-Secret-04'), message('data.password'))).toEqual({ report: true });
  });

  it('keeps a value made of render settings', () => {
    const target = { helm: { releaseName: 'db', namespace: 'Shop2024prod', valuesFiles: [] } };
    expect(tracer(resource('Shop2024prod'), message('data.password'))).toEqual({ report: false });
    expect(tracer(resource('Shop2024prod', target), message('data.password'))).toEqual({ report: true });
  });

  it('keeps a finding whose message it cannot read back, without reading a file', () => {
    reads.length = 0;
    expect(tracer(resource('q7XbT2mZk9LpW4sR'), 'some other rule`s message')).toEqual({ report: true });
    expect(tracer(resource('q7XbT2mZk9LpW4sR'), message('data.missing'))).toEqual({ report: true });
    expect(reads).toEqual([]);
  });

  it('drops a password that only a chart-testing values file commits', () => {
    const ci = { helm: { releaseName: 'db', valuesFiles: ['charts/db/ci/auth-values.yaml'] }, variant: 'auth' };
    expect(tracer(resource('ci-Secret-05', ci), message('data.password'))).toEqual({ report: false });
    // The same file name outside the chart's ci/ directory deploys.
    expect(tracer(resource('env-Secret-06', { helm: { releaseName: 'db', valuesFiles: ['env/ci/auth-values.yaml'] } }), message('data.password'))).toEqual({ report: true, location: { file: 'env/ci/auth-values.yaml', line: 2 } });
  });

  it('decides on the credentials only, and keeps the identifiers beside them', () => {
    const both = resource('q7XbT2mZk9LpW4sR');
    both.object = { ...both.object, data: { password: Buffer.from('q7XbT2mZk9LpW4sR').toString('base64'), user: Buffer.from('base-Secret-01').toString('base64') } };
    expect(tracer(both, message('data.password, beside data.user'))).toEqual({ report: false });
    const target = { helm: { releaseName: 'db', valuesFiles: ['env/prod.yaml', 'charts/db/ci/auth-values.yaml'] } };
    const three = resource('prod-Secret-02', target);
    three.object = { ...three.object, data: { password: Buffer.from('prod-Secret-02').toString('base64'), token: Buffer.from('ci-Secret-05').toString('base64'), user: Buffer.from('base-Secret-01').toString('base64') } };
    expect(tracer(three, message('data.password, data.token, beside data.user'))).toEqual({ report: true, location: { file: 'env/prod.yaml', line: 3 }, message: message('data.password, beside data.user') });
  });

  it('points at the line inside a committed configuration file that sets the credential', () => {
    const agent = resource('x', { kind: 'manifests', path: 'deploy/agent.yaml' });
    agent.object = { ...agent.object, data: undefined, stringData: { 'agent.yaml': 'server:\n  port: 80\ntoken: flux-Token-07\n' } };
    agent.document = { ...agent.document, sourceFile: 'deploy/agent.yaml', relatedFiles: [] };
    expect(tracer(agent, message('stringData.agent.yaml[token]'))).toEqual({ report: true, location: { file: 'deploy/agent.yaml', line: 7 } });
  });

  it('keeps a configuration file committed as base64, where its credential does not show', () => {
    const config = '{"auths": {"ghcr.io": {"auth": "dXNlcjpwYXNz"}}}';
    const registry = resource('x', { kind: 'manifests', path: 'deploy/registry.yaml' });
    registry.object = { ...registry.object, data: { 'config.json': Buffer.from(config).toString('base64') } };
    registry.document = { ...registry.document, sourceFile: 'deploy/registry.yaml', relatedFiles: [] };
    expect(tracer(registry, message('data.config.json[auth]'))).toEqual({ report: true, location: { file: 'deploy/registry.yaml', line: 4 } });
  });

  it('decides a configuration file a chart builds from its values by the credential inside', () => {
    const config = (password: string) => ({ 'app.yaml': `defaults:\n  user: app\n  password: ${password}\n` });
    const ci = resource('x', { helm: { releaseName: 'db', valuesFiles: ['charts/db/ci/auth-values.yaml'] } });
    ci.object = { ...ci.object, data: undefined, stringData: config('ci-Secret-05') };
    expect(tracer(ci, message('stringData.app.yaml[password]'))).toEqual({ report: false });
    const generated = resource('x');
    generated.object = { ...generated.object, data: undefined, stringData: config('q7XbT2mZk9LpW4sR') };
    expect(tracer(generated, message('stringData.app.yaml[password]'))).toEqual({ report: false });
    const prod = resource('x', { helm: { releaseName: 'db', valuesFiles: ['env/prod.yaml'] } });
    prod.object = { ...prod.object, data: undefined, stringData: config('prod-Secret-02') };
    expect(tracer(prod, message('stringData.app.yaml[password]'))).toEqual({ report: true, location: { file: 'env/prod.yaml', line: 3 } });
  });

  it('orders the sources that decide a value', () => {
    const target = { helm: { releaseName: 'db', valuesFiles: ['a.yaml', 'b.yaml'] }, deployedBy: { kind: 'HelmRelease', name: 'db', file: 'flux/release.yaml', line: 1 } };
    const ordered = sourceFiles({ ...resource('x', target), document: { text: '', firstLine: 1, sourceFile: 'charts/db/templates/secret.yaml', relatedFiles: ['charts/db/templates/_helpers.tpl', 'b.yaml', 'charts/db/values.yaml'], textIsSource: false } });
    expect(ordered).toEqual(['b.yaml', 'a.yaml', 'flux/release.yaml', 'charts/db/values.yaml', 'charts/db/templates/secret.yaml', 'charts/db/templates/_helpers.tpl']);
  });
});
