// Test helpers: settings with defaults, and paths of the repository.
import { fileURLToPath } from 'node:url';
import type { Settings } from '../src/inputs.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));

export function settings(overrides: Partial<Settings> & { root: string }): Settings {
  return {
    paths: [],
    failOn: 'error',
    profile: 'default',
    valuesFiles: [],
    releaseName: '',
    namespace: '',
    kubeVersion: '',
    renderTimeoutMs: 120_000,
    allowNetwork: false,
    maxRenderBytes: 64 * 1024 * 1024,
    policyBundles: [],
    policyData: [],
    policyMode: 'extend',
    policyNamespaces: [],
    regoVersion: 'v1',
    trustNamespaceLabels: true,
    allowEmpty: false,
    helmCiValues: true,
    sarifFile: '',
    ...overrides,
  };
}
