import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('createSandbox budgets', () => {
  it('copies 1,400 nested directories in linear time, and never a node_modules at any depth', async () => {
    const repo = join(workspace, 'deep');
    const deep = join(repo, ...Array.from({ length: 1400 }, () => 'd'));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'pod.yaml'), 'kind: Pod');
    mkdirSync(join(repo, 'web/node_modules/pkg'), { recursive: true });
    writeFileSync(join(repo, 'web/node_modules/pkg/values.yaml'), 'x');
    const started = Date.now();
    const sandbox = await createSandbox(repo);
    try {
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(readFileSync(join(sandbox.root, deep.slice(repo.length + 1), 'pod.yaml'), 'utf8')).toBe('kind: Pod');
      expect(existsSync(join(sandbox.root, 'web/node_modules'))).toBe(false);
    } finally {
      await sandbox.dispose();
    }
  });

  it('stops with a configuration error past its budget, and leaves no copy behind', async () => {
    const repo = join(workspace, 'wide');
    mkdirSync(join(repo, 'vendor'), { recursive: true });
    for (let i = 0; i < 6; i++) writeFileSync(join(repo, 'vendor', `${i}.yaml`), 'x');
    const runnerTemp = join(workspace, 'wide-temp');
    mkdirSync(runnerTemp);
    await expect(createSandbox(repo, { RUNNER_TEMP: runnerTemp }, { maxEntries: 5 })).rejects.toThrow(
      /^The repository holds more than 5 files and directories to copy for rendering \(7 counted so far, \.git and node_modules left out\)\. Set working-directory/,
    );
    expect(readdirSync(runnerTemp)).toEqual([]);
    const sandbox = await createSandbox(repo, { RUNNER_TEMP: runnerTemp }, { maxEntries: 7 });
    await sandbox.dispose();
  });
});
