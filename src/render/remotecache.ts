// Pulls a chart from a Helm repository or an OCI registry (allow-network only) into a cache directory keyed by
// repository, chart and version, so each chart version is fetched once per runner, not once per render.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { readFirstMapping } from '../discover/read.js';
import type { RemoteChart } from '../model.js';
import { findTool } from '../tools.js';
import { execTool, stoppedReason, trimStderr } from './exec.js';
import type { RenderContext } from './index.js';
import { guardFetches } from './netguard.js';

/** Under RUNNER_TEMP on a runner (gone with the job), else beside the pinned tools (kept between local runs). */
export function chartCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'kube-policy-gate', 'charts');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'kube-policy-gate', 'charts');
}

/** `podinfo 6.7.1 from https://…`: how messages name a chart. */
export function describeChart(chart: RemoteChart): string {
  return `${chart.name}${chart.version ? ` ${chart.version}` : ''} from ${chart.repository}`;
}

/** helm's arguments: flags as `--flag=value`, the chart after `--`; `--repo` for a Helm repository, a reference for OCI. */
export function pullArgs(chart: RemoteChart, directory: string): string[] {
  const version = requestedVersion(chart.version);
  const flags = ['pull', '--untar', `--untardir=${directory}`, `--destination=${directory}`, ...(version ? [`--version=${version}`] : [])];
  if (chart.repository.startsWith('oci://')) return [...flags, '--', `${chart.repository.replace(/\/+$/, '')}/${chart.name}`];
  return [...flags, `--repo=${chart.repository}`, '--', chart.name];
}

/** Only what helm fetches over the network itself: a `file://` or plugin protocol would read the runner instead. */
export function checkRepository(chart: RemoteChart): void {
  if (!/^(https?|oci):\/\/[^/]/i.test(chart.repository) || /[\s\p{Cc}]/u.test(chart.repository)) {
    throw new Error(`the chart repository '${chart.repository}' of ${chart.name} is not an http(s):// Helm repository or an oci:// registry`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(chart.name)) throw new Error(`'${chart.name}' is not a chart name (letters, digits, '.', '_' and '-')`);
}

/** A version without range operators names one chart for good: it can be served from the cache without asking. */
export function isExactVersion(version: string | undefined): version is string {
  return version !== undefined && /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version);
}

function requestedVersion(version: string | undefined): string | undefined {
  const trimmed = version?.trim();
  return trimmed && trimmed !== '*' ? trimmed : undefined;
}

export function cacheKey(chart: RemoteChart, version: string): string {
  const hash = createHash('sha256').update(`${chart.repository.replace(/\/+$/, '')}\n${chart.name}\n${version}`).digest('hex').slice(0, 16);
  return `${chart.name}-${version.replace(/[^A-Za-z0-9._-]/g, '_')}-${hash}`;
}

/** Pulls in flight and done, per cache directory and request: variants of one release pull once. */
const pulls = new Map<string, Promise<string>>();

/** The absolute directory of the pulled chart (its Chart.yaml inside). */
export function pullChart(chart: RemoteChart, context: Pick<RenderContext, 'timeoutMs' | 'maxRenderBytes' | 'allowNetworkHosts'>, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const cache = chartCacheDir(env);
  const request = JSON.stringify([cache, chart.repository, chart.name, chart.version]);
  let pull = pulls.get(request);
  if (!pull) {
    pull = pullInto(cache, chart, context);
    pulls.set(request, pull);
    pull.catch(() => pulls.delete(request));
  }
  return pull;
}

async function pullInto(cache: string, chart: RemoteChart, context: Pick<RenderContext, 'timeoutMs' | 'maxRenderBytes' | 'allowNetworkHosts'>): Promise<string> {
  checkRepository(chart);
  if (isExactVersion(chart.version)) {
    const cached = chartIn(join(cache, cacheKey(chart, chart.version)));
    if (cached) return cached;
  }
  // Only a fetch is guarded: a chart already in the cache reaches nothing.
  await guardFetches([chart.repository], context.allowNetworkHosts);
  const helm = findTool('helm');
  if (!helm) throw new Error('`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)');
  await mkdir(cache, { recursive: true });
  const staging = await mkdtemp(join(cache, '.pull-'));
  try {
    const limits = { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes };
    const result = await execTool(helm, pullArgs(chart, staging), { cwd: staging, ...limits, network: true });
    const stopped = stoppedReason(result, 'helm pull', limits);
    if (stopped) throw new Error(stopped);
    if (result.code !== 0) throw new Error(`helm pull of ${describeChart(chart)} failed: ${trimStderr(result.stderr.replaceAll(`${staging}/`, ''))}`);
    const pulled = chartIn(staging);
    if (!pulled) throw new Error(`helm pull of ${describeChart(chart)} left no chart`);
    // Keyed by the version helm chose, so a range and the exact version it resolved to share one entry.
    const final = join(cache, cacheKey(chart, chartVersion(pulled) ?? chart.version ?? 'latest'));
    await rename(staging, final).catch(async () => {
      if (!chartIn(final)) throw new Error(`could not keep ${describeChart(chart)} in the cache ${cache}`);
    });
    return chartIn(final)!;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The one chart directory helm untarred into `directory`, or undefined. */
function chartIn(directory: string): string | undefined {
  if (!existsSync(directory)) return undefined;
  const charts = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'Chart.yaml')));
  return charts.length === 1 ? join(directory, charts[0]!.name) : undefined;
}

function chartVersion(chartDir: string): string | undefined {
  try {
    const version = readFirstMapping(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8'), { uniqueKeys: false })?.version;
    return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
  } catch {
    return undefined;
  }
}
