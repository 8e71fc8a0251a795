import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/render/sandbox.js';

const workspace = mkdtempSync(join(tmpdir(), 'kpg-sandbox-test-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('createSandbox', () => {
  it('copies regular files, resolves links inside, and leaves out links out, into .git, broken, and special files', async () => {
    const repo = join(workspace, 'repo');
    for (const dir of ['chart/templates', '.git', 'shared', 'node_modules/x', 'outside-ish']) mkdirSync(join(repo, dir), { recursive: true });
    mkdirSync(join(workspace, 'outside'));
    writeFileSync(join(workspace, 'outside/secret.txt'), 'TOKEN-OUTSIDE');
    writeFileSync(join(repo, '.git/config'), 'TOKEN-GIT');
    writeFileSync(join(repo, 'chart/templates/pod.yaml'), 'kind: Pod');
    writeFileSync(join(repo, 'shared/values.yaml'), 'a: 1');
    writeFileSync(join(repo, 'node_modules/x/p.yaml'), 'x');
    symlinkSync('/proc/self/environ', join(repo, 'chart/templates/environ.yaml'));
    symlinkSync('../../.git/config', join(repo, 'chart/templates/git.yaml'));
    symlinkSync('../../outside/secret.txt', join(repo, 'chart/secret.txt'));
    symlinkSync('../shared/values.yaml', join(repo, 'chart/values.yaml'));
    symlinkSync('../shared', join(repo, 'chart/shared'));
    symlinkSync('..', join(repo, 'shared/up'));
    symlinkSync('missing', join(repo, 'broken.yaml'));
    execFileSync('mkfifo', [join(repo, 'pipe.yaml')]);

    const sandbox = await createSandbox(repo);
    try {
      const read = (path: string) => readFileSync(join(sandbox.root, path), 'utf8');
      expect(read('chart/templates/pod.yaml')).toBe('kind: Pod');
      expect(read('chart/values.yaml')).toBe('a: 1');
      expect(read('chart/shared/values.yaml')).toBe('a: 1');
      for (const absent of ['.git', 'node_modules', 'chart/templates/environ.yaml', 'chart/templates/git.yaml', 'chart/secret.txt', 'broken.yaml', 'pipe.yaml', 'shared/up']) {
        expect(existsSync(join(sandbox.root, absent)), absent).toBe(false);
      }
      expect(sandbox.root.startsWith(join(tmpdir(), 'kpg-sandbox-'))).toBe(true);
    } finally {
      await sandbox.dispose();
    }
    expect(existsSync(sandbox.root)).toBe(false);
  });

  it('lives under RUNNER_TEMP on a runner', async () => {
    const repo = join(workspace, 'small');
    mkdirSync(repo);
    writeFileSync(join(repo, 'a.yaml'), 'x');
    const runnerTemp = join(workspace, 'runner-temp');
    mkdirSync(runnerTemp);
    const sandbox = await createSandbox(repo, { RUNNER_TEMP: runnerTemp });
    expect(sandbox.root.startsWith(join(runnerTemp, 'kpg-sandbox-'))).toBe(true);
    await sandbox.dispose();
  });
});

describe('createSandbox inside the checkout', () => {
  it('leaves its own copy out when the temporary directory lies inside the checkout', async () => {
    const repo = join(workspace, 'outer');
    mkdirSync(join(repo, 'deploy'), { recursive: true });
    writeFileSync(join(repo, 'deploy/a.yaml'), 'kind: Pod');
    const sandbox = await createSandbox(repo, { RUNNER_TEMP: repo });
    try {
      expect(readFileSync(join(sandbox.root, 'deploy/a.yaml'), 'utf8')).toBe('kind: Pod');
      expect(existsSync(join(sandbox.root, sandbox.root.slice(repo.length + 1)))).toBe(false);
    } finally {
      await sandbox.dispose();
    }
  });
});
