import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { execTool, formatBytes, isolatedCommand, networkIsolation, stoppedReason, toolEnvironment } from '../../src/render/exec.js';

const limits = { cwd: process.cwd(), timeoutMs: 10_000, maxOutputBytes: 1024 * 1024 };

describe('execTool', () => {
  it('captures stdout, stderr and the exit code', async () => {
    const result = await execTool('sh', ['-c', 'echo out; echo err >&2; exit 3'], limits);
    expect(result).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false, overflowed: false });
  });

  it('returns at the timeout even when a child of the tool keeps the pipes open', async () => {
    const started = Date.now();
    // The grandchild inherits stdout; before process groups the call waited for it (120 s in production).
    const result = await execTool('sh', ['-c', 'sleep 30 & sleep 30'], { ...limits, timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(stoppedReason(result, 'helm template', { timeoutMs: 300, maxOutputBytes: 1 })).toBe('helm template timed out after 0.3s (render-timeout)');
  });

  it('stops a tool that prints more than the limit and keeps none of it', async () => {
    const result = await execTool('sh', ['-c', 'yes kind: Pod'], { ...limits, maxOutputBytes: 64 * 1024 });
    expect(result).toMatchObject({ overflowed: true, timedOut: false, stdout: '' });
    expect(stoppedReason(result, 'kustomize build', { timeoutMs: 1, maxOutputBytes: 64 * 1024 })).toBe(
      'kustomize build printed more than 64 KiB and was stopped (max-render-bytes)',
    );
  });

  it('keeps only the tail of a huge stderr', async () => {
    const result = await execTool('sh', ['-c', 'head -c 5000000 /dev/zero | tr "\\0" x >&2; echo end >&2'], limits);
    expect(result.stderr.length).toBe(64 * 1024);
    expect(result.stderr.endsWith('xend\n')).toBe(true);
  });

  it('gives the tool none of our secrets, and a closed network unless asked', async () => {
    const env = { PATH: '/bin', HOME: '/home/runner', GITHUB_TOKEN: 'ghs_x', ACTIONS_RUNTIME_TOKEN: 'y', 'INPUT_GITHUB-TOKEN': 'z', KPG_CANARY: 'c' };
    expect(toolEnvironment(env, false)).toMatchObject({ PATH: '/bin', HOME: '/home/runner', HTTPS_PROXY: 'http://127.0.0.1:9', GIT_ALLOW_PROTOCOL: '' });
    expect(toolEnvironment(env, true)).toEqual({ PATH: '/bin', HOME: '/home/runner', GIT_ALLOW_PROTOCOL: 'https', GIT_TERMINAL_PROMPT: '0' });
    process.env.KPG_EXEC_TEST_SECRET = 'do-not-print';
    const result = await execTool('sh', ['-c', 'env'], limits);
    delete process.env.KPG_EXEC_TEST_SECRET;
    expect(result.stdout).not.toContain('do-not-print');
  });
});

describe('the network fence', () => {
  it('leaves git no protocol at all offline (file:// ran --upload-pack), and https only online', async () => {
    const offline = await execTool('git', ['ls-remote', '--', 'file:///nonexistent/repo'], limits);
    expect(offline.stderr).toContain("transport 'file' not allowed");
    const online = await execTool('git', ['ls-remote', '--', 'file:///nonexistent/repo'], { ...limits, network: true });
    expect(online.stderr).toContain("transport 'file' not allowed");
  });

  it('puts the tool after the isolation prefix, or runs it as it is', () => {
    expect(isolatedCommand('/bin/helm', ['template'], ['/usr/bin/unshare', '--net', '--map-root-user', '--'])).toEqual([
      '/usr/bin/unshare',
      ['--net', '--map-root-user', '--', '/bin/helm', 'template'],
    ]);
    expect(isolatedCommand('/bin/helm', ['template'], undefined)).toEqual(['/bin/helm', ['template']]);
  });

  it('runs an offline tool where even 127.0.0.1 is unreachable, when this Linux allows namespaces', async () => {
    const isolation = await networkIsolation();
    expect(isolation.note).toMatch(/^tools run offline /);
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const probe = ['-e', `require('net').connect(${port}, '127.0.0.1').on('connect', () => console.log('connected')).on('error', (e) => console.log(e.code))`];
    try {
      const online = await execTool(process.execPath, probe, { ...limits, network: true });
      expect(online.stdout.trim()).toBe('connected');
      const offline = await execTool(process.execPath, probe, limits);
      // Without a namespace (another OS, AppArmor), the checks before each render are the fence, not this.
      expect(offline.stdout.trim()).toBe(isolation.prefix ? 'ENETUNREACH' : 'connected');
    } finally {
      server.close();
    }
  });
});

describe('formatBytes', () => {
  it('names whole units', () => {
    expect([formatBytes(64 * 1024 * 1024), formatBytes(1536), formatBytes(2048), formatBytes(1)]).toEqual(['64 MiB', '1536 bytes', '2 KiB', '1 bytes']);
  });
});
