// allow-network stays safe (issue 18 §3): a chart repository on 127.0.0.1 (a node:http server serving an index.yaml
// and a chart archive made with `tar`) is refused until the workflow's allow-network-hosts names it, then renders and
// its findings are reported; sources at the cloud metadata address and in a private range are refused before helm runs.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/model.js';
import { check } from '../../src/runner.js';
import { settings } from '../helpers.js';

const WORK = mkdtempSync(join(tmpdir(), 'kpg-netguard-e2e-'));
const at = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${finding.location?.file}:${finding.location?.line}`;

/** A chart whose one Deployment runs privileged, packed as helm packs it (a gzipped tar with the chart's directory). */
function chartArchive(): Buffer {
  const source = join(WORK, 'chart-source');
  mkdirSync(join(source, 'web', 'templates'), { recursive: true });
  writeFileSync(join(source, 'web', 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
  writeFileSync(join(source, 'web', 'values.yaml'), 'privileged: true\n');
  writeFileSync(
    join(source, 'web', 'templates', 'deployment.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ .Release.Name }}-web',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: nginx:1.27',
      '          securityContext:',
      '            privileged: {{ .Values.privileged }}',
      '',
    ].join('\n'),
  );
  const file = join(WORK, 'web-1.0.0.tgz');
  create({ gzip: true, cwd: source, file, sync: true, portable: true }, ['web']);
  return readFileSync(file);
}

/** The served repository: every request recorded, so a refusal can be shown to have reached nothing. */
let server: Server;
let url: string;
const requests: string[] = [];
beforeAll(async () => {
  const archive = chartArchive();
  const digest = createHash('sha256').update(archive).digest('hex');
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/index.yaml') {
      const index = `apiVersion: v1\nentries:\n  web:\n    - apiVersion: v2\n      name: web\n      version: 1.0.0\n      digest: ${digest}\n      created: "2026-01-01T00:00:00Z"\n      urls: ["${url}/web-1.0.0.tgz"]\ngenerated: "2026-01-01T00:00:00Z"\n`;
      response.writeHead(200, { 'content-type': 'application/yaml' }).end(index);
    } else if (path === '/web-1.0.0.tgz') response.writeHead(200, { 'content-type': 'application/gzip' }).end(archive);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The chart cache lives under RUNNER_TEMP: a fresh one, so no earlier run's pull answers for this one.
  mkdirSync(join(WORK, 'runner-temp'));
  vi.stubEnv('RUNNER_TEMP', join(WORK, 'runner-temp'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(WORK, { recursive: true, force: true });
});

/** A repository with a Flux HelmRelease of `web` from the HelmRepository at `repositoryUrl`. */
function fluxRepository(name: string, sources: Record<string, string>): string {
  const root = join(WORK, name);
  mkdirSync(join(root, 'flux'), { recursive: true });
  for (const [release, repositoryUrl] of Object.entries(sources)) {
    writeFileSync(
      join(root, 'flux', `${release}.yaml`),
      [
        'apiVersion: source.toolkit.fluxcd.io/v1',
        'kind: HelmRepository',
        'metadata:',
        `  name: ${release}`,
        '  namespace: web',
        'spec:',
        '  interval: 5m',
        `  url: ${repositoryUrl}`,
        '---',
        'apiVersion: helm.toolkit.fluxcd.io/v2',
        'kind: HelmRelease',
        'metadata:',
        `  name: ${release}`,
        '  namespace: web',
        'spec:',
        '  interval: 50m',
        '  chart:',
        '    spec:',
        '      chart: web',
        '      version: "1.0.0"',
        '      sourceRef:',
        '        kind: HelmRepository',
        `        name: ${release}`,
        '',
      ].join('\n'),
    );
  }
  return root;
}

const allow = (host: string) => `list the host in the workflow's allow-network-hosts input (allow-network-hosts: ${host}) if the gate is meant to reach it`;

describe('a chart repository on a loopback address', () => {
  it('is refused with allow-network alone, naming 127.0.0.1, before anything connects to it', async () => {
    const root = fluxRepository('loopback-refused', { web: url });
    const outcome = await check(settings({ root, allowNetwork: true }));
    const errors = outcome.findings.filter((finding) => finding.ruleId === 'render-error');
    expect(errors.map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      `render-error error flux/web.yaml:11 '${url}' was not fetched: 127.0.0.1 is a loopback address; ${allow('127.0.0.1')}`,
    ]);
    expect(outcome.findings.filter((finding) => finding.ruleId === 'privileged')).toEqual([]);
    expect(outcome.verdict).toBe('fail');
    expect(requests).toEqual([]);
  });

  it('renders once the workflow allows the host, and reports what the chart deploys', async () => {
    const root = fluxRepository('loopback-allowed', { web: url });
    const outcome = await check(settings({ root, allowNetwork: true, allowNetworkHosts: ['127.0.0.1'] }));
    expect(outcome.findings.filter((finding) => finding.ruleId === 'render-error')).toEqual([]);
    const privileged = outcome.findings.filter((finding) => finding.ruleId === 'privileged');
    expect(privileged.map((finding) => `${at(finding)} ${finding.resource?.name}`)).toEqual(['privileged error flux/web.yaml:11 web-web']);
    expect(requests).toEqual(['/index.yaml', '/web-1.0.0.tgz']);
  });
});

describe('a source at the metadata address or in a private range', () => {
  it('is refused before helm runs, naming the address', async () => {
    const root = fluxRepository('private-refused', { metadata: 'http://169.254.169.254/charts', internal: 'http://10.0.0.1/charts' });
    const started = Date.now();
    const outcome = await check(settings({ root, allowNetwork: true, allowNetworkHosts: ['127.0.0.1'] }));
    const errors = outcome.findings.filter((finding) => finding.ruleId === 'render-error');
    expect(errors.map((finding) => `${at(finding)} ${finding.message}`).sort()).toEqual([
      `render-error error flux/internal.yaml:11 'http://10.0.0.1/charts' was not fetched: 10.0.0.1 is a private address; ${allow('10.0.0.1')}`,
      `render-error error flux/metadata.yaml:11 'http://169.254.169.254/charts' was not fetched: 169.254.169.254 is a link-local address (where cloud metadata services answer); ${allow('169.254.169.254')}`,
    ]);
    // helm pull of an unroutable address would wait for its connection to time out: a refusal answers at once.
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});

describe('a chart dependency from a loopback repository', () => {
  function chartRepository(name: string): string {
    const root = join(WORK, name);
    mkdirSync(join(root, 'app'), { recursive: true });
    writeFileSync(join(root, 'app', 'Chart.yaml'), `apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: web\n    version: 1.0.0\n    repository: ${url}\n`);
    return root;
  }

  it('is refused at its entry in Chart.yaml without the host allowed, and built with it', async () => {
    const refused = await check(settings({ root: chartRepository('dependency-refused'), allowNetwork: true }));
    expect(refused.findings.filter((finding) => finding.ruleId === 'render-error').map((finding) => `${at(finding)} ${finding.message}`)).toEqual([
      `render-error error app/Chart.yaml:5 app/Chart.yaml:5: dependency 'web': '${url}' was not fetched: 127.0.0.1 is a loopback address; ${allow('127.0.0.1')}`,
    ]);
    const before = requests.length;
    const built = await check(settings({ root: chartRepository('dependency-allowed'), allowNetwork: true, allowNetworkHosts: ['127.0.0.1'] }));
    expect(built.findings.filter((finding) => ['render-error', 'privileged'].includes(finding.ruleId)).map(at)).toEqual(['privileged error app/Chart.yaml:1']);
    expect(requests.length).toBeGreaterThan(before);
  });
});

describe('every other fetch a render makes reaches the guard', () => {
  const write = (name: string, files: Record<string, string>): string => {
    const root = mkdtempSync(join(tmpdir(), `kpg-guard-${name}-`));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  };
  const refusals = async (root: string) =>
    (await check(settings({ root, allowNetwork: true }))).findings.filter((finding) => finding.ruleId === 'render-error').map((finding) => `${finding.location?.file}:${finding.location?.line} ${finding.message}`);
  const how = (host: string) => `list the host in the workflow's allow-network-hosts input (allow-network-hosts: ${host}) if the gate is meant to reach it`;

  it('refuses kustomize remote bases, remote patch files, helmCharts repos and git bases at private addresses', async () => {
    const root = write('kustomize', {
      'a/kustomization.yaml': 'resources:\n  - https://169.254.169.254/org/repo//deploy?ref=v1\n',
      'b/kustomization.yaml': 'patches:\n  - path: https://10.0.0.1/patch.yaml\n',
      'c/kustomization.yaml': 'helmCharts:\n  - name: web\n    repo: http://192.168.1.10/charts\n    version: 1.0.0\n',
      'd/kustomization.yaml': 'resources:\n  - git::https://127.0.0.1/org/repo.git//x?ref=v1\n',
    });
    expect(await refusals(root)).toEqual([
      `a/kustomization.yaml:1 'https://169.254.169.254/org/repo//deploy?ref=v1' was not fetched: 169.254.169.254 is a link-local address (where cloud metadata services answer); ${how('169.254.169.254')}`,
      `b/kustomization.yaml:1 'https://10.0.0.1/patch.yaml' was not fetched: 10.0.0.1 is a private address; ${how('10.0.0.1')}`,
      `c/kustomization.yaml:1 'http://192.168.1.10/charts' was not fetched: 192.168.1.10 is a private address; ${how('192.168.1.10')}`,
      `d/kustomization.yaml:1 'https://127.0.0.1/org/repo.git' was not fetched: 127.0.0.1 is a loopback address; ${how('127.0.0.1')}`,
    ]);
  });

  it('refuses a values-schema reference to the metadata address', async () => {
    const root = write('schema', {
      'chart/Chart.yaml': 'apiVersion: v2\nname: chart\nversion: 0.1.0\n',
      'chart/values.schema.json': JSON.stringify({ properties: { a: { $ref: 'http://169.254.169.254/latest/meta-data' } } }),
      'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n',
    });
    expect(await refusals(root)).toEqual([
      `chart/Chart.yaml:1 'http://169.254.169.254/latest/meta-data' was not fetched: 169.254.169.254 is a link-local address (where cloud metadata services answer); ${how('169.254.169.254')}`,
    ]);
  });
});
