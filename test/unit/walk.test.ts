import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/discover/walk.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-walk-'));
const outside = mkdtempSync(join(tmpdir(), 'kpg-outside-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('listFiles', () => {
  it('follows links inside the checkout, reports links outside or broken, skips hidden and dependency directories', async () => {
    for (const dir of ['apps/base', '.git', 'node_modules/x', 'shared']) mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['apps/base/a.yaml', '.git/config', 'node_modules/x/b.yaml', 'shared/c.yaml']) writeFileSync(join(root, file), 'x');
    writeFileSync(join(outside, 'secret.yaml'), 'x');
    symlinkSync('../shared', join(root, 'apps/shared')); // directory link inside
    symlinkSync('../../apps', join(root, 'apps/base/loop')); // a loop back up
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'apps/external.yaml'));
    symlinkSync(join(root, 'missing.yaml'), join(root, 'apps/broken.yaml'));

    const listing = await listFiles(root);
    expect(listing.files).toEqual(['apps/base/a.yaml', 'apps/shared/c.yaml', 'shared/c.yaml']);
    expect(listing.skippedLinks.map(({ path, directory }) => [path, directory])).toEqual([
      ['apps/broken.yaml', false],
      ['apps/external.yaml', false],
    ]);
    expect(listing.skippedLinks[1]!.reason).toMatch(/^a symbolic link to .*secret\.yaml, outside the checkout$/);
  });
});
