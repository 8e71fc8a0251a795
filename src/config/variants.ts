// The config file's `variants`: several renders of one chart or overlay, each reported under its name.
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

/** `variants:` as the schema has checked it (an entry that is no mapping is its to report); names unique per path, release names valid. */
export function variantsOf(document: ConfigDocument, written: unknown): { variants: RenderVariant[]; problems: string[] } {
  const entries = Array.isArray(written) ? (written as unknown[]) : [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const mappings = entries.flatMap((entry, index) => (entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? [{ entry: entry as Record<string, unknown>, index }] : []));
  const variants = mappings.map(({ entry, index }): RenderVariant => {
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
  return { variants, problems };
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
