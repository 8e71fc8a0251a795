// A Helm chart repository on 127.0.0.1 for the remote-chart tests: charts packaged with `helm package`, an
// index.yaml from `helm repo index`, every request recorded. (OCI registries are not served: none runs here.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { findTool } from '../../src/tools.js';
import { FIXTURES } from '../helpers.js';

export const REMOTE_CHARTS = join(FIXTURES, 'gitops-repos', 'remote-charts');
/** The repository URL the fixtures name, replaced with the served one. */
export const PLACEHOLDER = 'http://chart-repository.invalid';

export interface ChartRepository {
  url: string;
  /** Paths requested, in order (`/index.yaml`, `/podinfo-6.7.1.tgz`). */
  requests: string[];
  close(): Promise<void>;
}

export async function serveCharts(charts: string[] = [join(REMOTE_CHARTS, 'podinfo')]): Promise<ChartRepository> {
  const directory = mkdtempSync(join(tmpdir(), 'kpg-chart-repo-'));
  const helm = findTool('helm');
  if (!helm) throw new Error('helm is needed to package the test charts (scripts/install-tools.sh)');
  const env = { PATH: process.env.PATH, HOME: directory };
  const run = (args: string[]) => {
    const result = spawnSync(helm, args, { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`helm ${args.join(' ')}: ${result.stderr}`);
  };
  for (const chart of charts) run(['package', `--destination=${directory}`, '--', chart]);
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    try {
      const body = readFileSync(join(directory, basename(path)));
      response.writeHead(200, { 'content-type': path.endsWith('.yaml') ? 'application/yaml' : 'application/gzip' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  run(['repo', 'index', `--url=${url}`, '--', directory]);
  return {
    url,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
