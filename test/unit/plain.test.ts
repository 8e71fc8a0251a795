import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isManifestFile } from '../../src/discover/manifest.js';
import { decode, renderManifests } from '../../src/render/plain.js';

const root = mkdtempSync(join(tmpdir(), 'kpg-plain-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const text = 'apiVersion: v1\nkind: Pod\n';
const context = { root, timeoutMs: 1000, allowNetwork: false, maxRenderBytes: 1024 };

describe('plain manifests', () => {
  it('reads UTF-16 with a byte-order mark as kubectl does, and UTF-8 as it is', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    expect([decode(le), decode(be), decode(Buffer.from(text))]).toEqual([text, text, text]);
  });

  it('refuses a file larger than max-render-bytes before reading it', async () => {
    writeFileSync(join(root, 'big.yaml'), text.repeat(100));
    await expect(renderManifests({ kind: 'manifests', path: 'big.yaml' }, context)).rejects.toThrow(
      "the file has 2500 bytes, more than max-render-bytes (1 KiB): too large to judge. Raise max-render-bytes, or leave the file out with paths ('!big.yaml') if it deploys nothing",
    );
  });

  it('a file discovery could not read (too large, unreadable) is a manifest to render, never "not a manifest"', () => {
    expect(isManifestFile('deploy/huge.yaml', undefined)).toBe(true);
    expect(isManifestFile('deploy/huge.json', undefined)).toBe(true);
    expect(isManifestFile('README.md', undefined)).toBe(false);
    // A library chart's templates are templates by design: unreadable, they are still not manifests of their own.
    expect(isManifestFile('lib/templates/x.yaml', undefined, { unparsable: false })).toBe(false);
    expect(isManifestFile('deploy/notes.yaml', 'just: data\n')).toBe(false);
  });
});
