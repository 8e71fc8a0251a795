// The config file's `variants`: several renders of one chart or overlay, each reported under its name.
import { ConfigError } from '../errors.js';
import { isReleaseName } from '../render/helm.js';
import { problemAt, type ConfigDocument } from './document.js';

export interface RenderVariant {
  /** Repository-relative chart or kustomization directory. */
  path: string;
  /** Shown as `path (name)`; findings identical across variants are reported once with every name. */
  name: string;
  valuesFiles: string[];
  /** `--set` pairs, `key=value`. */
  set: string[];
  releaseName?: string;
  namespace?: string;
  kubeVersion?: string;
  apiVersions: string[];
}

/** `variants:` as the schema has checked it; names unique per path, release names valid. */
export function readVariants(document: ConfigDocument, written: unknown): RenderVariant[] {
  const entries = Array.isArray(written) ? (written as Record<string, unknown>[]) : [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const variants = entries.map((entry, index): RenderVariant => {
    const path = String(entry.path).replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
    const name = String(entry.name);
    if (seen.has(`${path}\n${name}`)) problems.push(problemAt(document, ['variants', index, 'name'], `'${name}' names a second variant of ${path}; expected one name per variant`));
    seen.add(`${path}\n${name}`);
    const releaseName = typeof entry['release-name'] === 'string' ? entry['release-name'] : undefined;
    if (releaseName !== undefined && !isReleaseName(releaseName)) problems.push(problemAt(document, ['variants', index, 'release-name'], `'${releaseName}' is not a DNS-1123 name`));
    return {
      path,
      name,
      valuesFiles: texts(entry['values-files']).map((file) => file.replace(/^\.\//, '')),
      set: setPairs(entry.set),
      ...(releaseName && { releaseName }),
      ...(typeof entry.namespace === 'string' && { namespace: entry.namespace }),
      ...(typeof entry['kube-version'] === 'string' && { kubeVersion: entry['kube-version'] }),
      apiVersions: texts(entry['api-versions']),
    };
  });
  if (problems.length) throw new ConfigError(problems.join('\n'));
  return variants;
}

function texts(value: unknown): string[] {
  if (typeof value === 'string') return value.split('\n').map((item) => item.trim()).filter(Boolean);
  return Array.isArray(value) ? value.map(String) : [];
}

/** `set: {image.tag: "1.2"}` or `set: ["image.tag=1.2"]`. */
function setPairs(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([key, item]) => `${key}=${String(item)}`);
  return [];
}
