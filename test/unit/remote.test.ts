// Remote charts: helm pull's arguments, the cache key, and pulls from a Helm repository served on 127.0.0.1 with
// helm v4 and v3 (a range resolves to the version helm chose; an exact version is served from the cache).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RemoteChart } from '../../src/model.js';
import { cacheKey, chartCacheDir, checkRepository, isExactVersion, pullArgs, pullChart } from '../../src/render/remotecache.js';
import { helmV3Path } from '../../src/tools.js';
import { serveCharts, type ChartRepository } from './remote-server.js';

const LIMITS = { timeoutMs: 60_000, maxRenderBytes: 8 * 1024 * 1024, allowNetworkHosts: ['127.0.0.1'] };

describe('helm pull arguments', () => {
  it('puts every flag in --flag=value form and the chart after --', () => {
    expect(pullArgs({ repository: 'https://charts.example.com', name: 'podinfo', version: '6.x' }, '/cache/.pull-1')).toEqual([
      'pull',
      '--untar',
      '--untardir=/cache/.pull-1',
      '--destination=/cache/.pull-1',
      '--version=6.x',
      '--repo=https://charts.example.com',
      '--',
      'podinfo',
    ]);
  });

  it('names an OCI chart by reference, and asks for the newest when the version is * or absent', () => {
    expect(pullArgs({ repository: 'oci://ghcr.io/example/charts/', name: 'ingress-nginx', version: '*' }, '/d')).toEqual([
      'pull',
      '--untar',
      '--untardir=/d',
      '--destination=/d',
      '--',
      'oci://ghcr.io/example/charts/ingress-nginx',
    ]);
  });

  it('refuses repositories helm would read from the runner, and chart names that are paths', () => {
    expect(() => checkRepository({ repository: 'file:///etc', name: 'x' })).toThrow("the chart repository 'file:///etc' of x is not an http(s):// Helm repository or an oci:// registry");
    expect(() => checkRepository({ repository: 's3://bucket', name: 'x' })).toThrow(/not an http/);
    expect(() => checkRepository({ repository: 'https://charts.example.com', name: '../x' })).toThrow("'../x' is not a chart name");
    expect(() => checkRepository({ repository: 'oci://ghcr.io/example', name: 'podinfo' })).not.toThrow();
  });

  it('keys the cache by repository, chart and version', () => {
    const chart: RemoteChart = { repository: 'https://charts.example.com', name: 'podinfo' };
    expect(cacheKey(chart, '6.7.1')).toMatch(/^podinfo-6\.7\.1-[0-9a-f]{16}$/);
    expect(cacheKey(chart, '6.7.1')).toBe(cacheKey({ ...chart, repository: 'https://charts.example.com/' }, '6.7.1'));
    expect(cacheKey(chart, '6.7.1')).not.toBe(cacheKey({ ...chart, repository: 'https://mirror.example.com' }, '6.7.1'));
    expect(cacheKey(chart, '>=1 <2')).toMatch(/^podinfo-__1__2-[0-9a-f]{16}$/);
    expect([isExactVersion('6.7.1'), isExactVersion('v1.0.0-rc.1'), isExactVersion('6.x'), isExactVersion('>=6.0.0'), isExactVersion(undefined)]).toEqual([true, true, false, false, false]);
  });

  it('caches under RUNNER_TEMP on a runner, else under the user cache', () => {
    expect(chartCacheDir({ RUNNER_TEMP: '/runner/tmp' })).toBe('/runner/tmp/kube-policy-gate/charts');
    expect(chartCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' })).toBe('/home/u/.cache/kube-policy-gate/charts');
  });
});

describe.each([
  ['helm v4', undefined],
  ['helm v3', helmV3Path()],
])('pulling from a Helm repository on 127.0.0.1 with %s', (_, helm) => {
  let repository: ChartRepository;
  const cache = mkdtempSync(join(tmpdir(), 'kpg-chart-cache-'));
  const env = { RUNNER_TEMP: cache };
  const saved = process.env.KPG_HELM;
  beforeAll(async () => {
    if (helm) process.env.KPG_HELM = helm;
    repository = await serveCharts();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.KPG_HELM;
    else process.env.KPG_HELM = saved;
    await repository.close();
    rmSync(cache, { recursive: true, force: true });
  });

  it('pulls a range into the entry of the version it resolved to, then serves that version without asking', async () => {
    const directory = await pullChart({ repository: repository.url, name: 'podinfo', version: '6.7.x' }, LIMITS, env);
    expect(directory).toBe(join(chartCacheDir(env), cacheKey({ repository: repository.url, name: 'podinfo' }, '6.7.1'), 'podinfo'));
    expect(readFileSync(join(directory, 'values-debug.yaml'), 'utf8')).toBe('debug: true\n');
    expect(repository.requests).toEqual(['/index.yaml', '/podinfo-6.7.1.tgz']);
    const again = await pullChart({ repository: repository.url, name: 'podinfo', version: '6.7.1' }, LIMITS, env);
    expect(again).toBe(directory);
    expect(repository.requests).toHaveLength(2);
  });

  it('says which chart it could not pull, with helm’s reason', async () => {
    await expect(pullChart({ repository: repository.url, name: 'podinfo', version: '9.9.9' }, LIMITS, env)).rejects.toThrow(
      new RegExp(`^helm pull of podinfo 9\\.9\\.9 from ${repository.url} failed: .*9\\.9\\.9`),
    );
    expect(existsSync(join(chartCacheDir(env), cacheKey({ repository: repository.url, name: 'podinfo' }, '9.9.9')))).toBe(false);
  });
});
