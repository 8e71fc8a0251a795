// The built CLI's entry (dist/cli.js, from src/bin.ts): one line on a Node.js too old for it, and a quiet end when
// the reader of its output goes away (`| head -1`). KPG_DIST names a build elsewhere (node scripts/build.mjs DIR).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const CLI = join(process.env.KPG_DIST || join(ROOT, 'dist'), 'cli.js');

/** A `node` on PATH older than 24 (the runner images and distributions still ship 20 and 22), if any. */
function olderNode(): { path: string; version: string } | undefined {
  for (const directory of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(directory, 'node');
    try {
      const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
      if (Number(/^v(\d+)\./.exec(version)?.[1]) < 24) return { path, version };
    } catch {
      // Not there, or not runnable.
    }
  }
  return undefined;
}

describe('dist/cli.js on an older Node.js', () => {
  const old = olderNode();

  it.skipIf(!old)('prints one line naming the version needed and exits 2', () => {
    const result = spawnSync(old!.path, [CLI, '--version'], { encoding: 'utf8' });
    expect(result.stderr).toBe(`kube-policy-gate needs Node.js 24 or newer; this is ${old!.version}\n`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('checks the version before anything else, whatever the Node that runs it', () => {
    // The same check on this Node, told it is v22.3.0: nothing else runs (no usage error for the bad flag).
    const pretend = "Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '22.3.0' } });";
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, CLI, '--no-such-flag'], { encoding: 'utf8' });
    expect(result.stderr).toBe('kube-policy-gate needs Node.js 24 or newer; this is v22.3.0\n');
    expect(result.status).toBe(2);
  });
});

describe('dist/cli.js writing to a pipe that closes', () => {
  it('ends quietly, with the status of a program stopped by SIGPIPE', async () => {
    const child = spawn(process.execPath, [CLI, join(ROOT, 'examples'), '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader leaves before the report is written, as `| head -1` does after its line.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });
});
