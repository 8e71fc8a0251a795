import { describe, expect, it } from 'vitest';
import { execTool, formatBytes, stoppedReason, toolEnvironment } from '../../src/render/exec.js';

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
    expect(toolEnvironment(env, false)).toMatchObject({ PATH: '/bin', HOME: '/home/runner', HTTPS_PROXY: 'http://127.0.0.1:9', GIT_ALLOW_PROTOCOL: 'file' });
    expect(Object.keys(toolEnvironment(env, true)).sort()).toEqual(['HOME', 'PATH']);
    process.env.KPG_EXEC_TEST_SECRET = 'do-not-print';
    const result = await execTool('sh', ['-c', 'env'], limits);
    delete process.env.KPG_EXEC_TEST_SECRET;
    expect(result.stdout).not.toContain('do-not-print');
  });
});

describe('formatBytes', () => {
  it('names whole units', () => {
    expect([formatBytes(64 * 1024 * 1024), formatBytes(1536), formatBytes(2048), formatBytes(1)]).toEqual(['64 MiB', '1536 bytes', '2 KiB', '1 bytes']);
  });
});
