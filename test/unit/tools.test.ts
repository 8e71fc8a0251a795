import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { executableName, findTool, helmV3Path, toolsBinDir } from '../../src/tools.js';

const dir = mkdtempSync(join(tmpdir(), 'kpg-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('findTool', () => {
  mkdirSync(join(dir, 'tools/bin'), { recursive: true });
  mkdirSync(join(dir, 'path'));
  for (const file of ['tools/bin/helm', 'path/helm', 'path/kubectl', 'other-helm']) {
    writeFileSync(join(dir, file), '#!/bin/sh\n');
    chmodSync(join(dir, file), 0o755);
  }
  const env = { KPG_TOOLS_DIR: join(dir, 'tools'), PATH: join(dir, 'path') };

  it('prefers the pinned cache, then PATH', () => {
    expect(findTool('helm', env)).toBe(join(dir, 'tools/bin/helm'));
    expect(findTool('kubectl', env)).toBe(join(dir, 'path/kubectl'));
    expect(findTool('opa', env)).toBeUndefined();
    expect(toolsBinDir(env)).toBe(join(dir, 'tools/bin'));
    expect(helmV3Path(env)).toBe(join(dir, 'tools/helm-v3/bin/helm'));
  });

  it('takes KPG_HELM as the helm binary, and refuses one that is not an absolute executable path', () => {
    expect(findTool('helm', { ...env, KPG_HELM: join(dir, 'other-helm') })).toBe(join(dir, 'other-helm'));
    expect(() => findTool('helm', { ...env, KPG_HELM: 'helm' })).toThrow("KPG_HELM='helm' is not an executable file given by its absolute path");
    expect(() => findTool('helm', { ...env, KPG_HELM: join(dir, 'missing') })).toThrow(/^KPG_HELM='.*missing' is not an executable file/);
  });

  it('names Windows binaries with .exe', () => {
    expect([executableName('helm', 'win32'), executableName('helm', 'linux'), executableName('kustomize', 'darwin')]).toEqual(['helm.exe', 'helm', 'kustomize']);
  });
});
