// An Argo CD Helm source → the helm template variant the repo server runs: values files resolved as Argo CD resolves
// them (and refused when they leave the repository), valuesObject over values, parameters, string and file ones.
import { join } from 'node:path/posix';
import type { Deployer, HelmVariant } from '../../model.js';
import { isThisRepository } from './repository.js';
import { record, repositoryPath, strings, type GitOpsContext } from './source.js';

export interface ArgoApp {
  deployer: Deployer;
  /** metadata.name (a generated Application's deployer name says where it came from). */
  name: string;
  namespace?: string;
  project: string;
  /** Sources by their `ref`, for `$ref/…` values files. */
  refs: Map<string, Record<string, unknown>>;
}

interface ArgoSource extends ArgoApp {
  sourcePath: string;
  repoURL: string;
  targetRevision: string;
}

/**
 * The variant, or why the source cannot be rendered as Argo CD would (a message for the not-checked finding). A
 * file outside the repository is refused here, before any tool runs. `chart` is undefined for a pulled chart.
 */
export function helmVariant(chart: string | undefined, helm: Record<string, unknown>, source: ArgoSource, context: GitOpsContext): HelmVariant | string {
  const valuesFiles: string[] = [];
  for (const raw of strings(helm.valueFiles)) {
    const file = repositoryFile(raw, chart ?? '.', source, context);
    if (typeof file !== 'string') {
      if ('skip' in file && helm.ignoreMissingValueFiles === true) continue;
      return `reads the values file '${raw}' (helm.valueFiles), which ${file.problem}: it is not read, and what the source deploys is not checked`;
    }
    valuesFiles.push(file);
  }
  // ValuesObject takes precedence over Values (Argo CD's ValuesYAML reads one or the other).
  const inline = helm.valuesObject !== undefined && helm.valuesObject !== null ? JSON.stringify(helm.valuesObject) : typeof helm.values === 'string' && helm.values !== '' ? helm.values : undefined;
  const parameters = helmParameters(helm, chart ?? '.', source, context);
  if (typeof parameters === 'string') return parameters;
  const values = [...(inline === undefined ? [] : [inline]), ...parameters.values];
  const namespace = typeof helm.namespace === 'string' && helm.namespace !== '' ? helm.namespace : source.namespace;
  return {
    releaseName: typeof helm.releaseName === 'string' && helm.releaseName !== '' ? helm.releaseName : source.name,
    ...(namespace && { namespace }),
    valuesFiles,
    ...(values.length && { values }),
    ...(parameters.set.length && { set: parameters.set }),
    ...(typeof helm.kubeVersion === 'string' && helm.kubeVersion !== '' && { kubeVersion: helm.kubeVersion }),
    ...(strings(helm.apiVersions).length && { apiVersions: strings(helm.apiVersions) }),
  };
}

type Resolved = string | { problem: string } | { skip: true; problem: string };

/**
 * A values file or file parameter as the repo server resolves it: `$ref/path` in the source named `ref`, build
 * variables (`$ARGOCD_APP_NAME`) expanded, an absolute path from the repository root, else relative to the chart; it
 * must stay inside the repository (Argo CD refuses the rest too) and be a file discovery listed (a link out is not).
 */
function repositoryFile(raw: string, chart: string, source: ArgoSource, context: GitOpsContext): Resolved {
  const reference = /^\$([^/]+)\/(.*)$/.exec(raw);
  const referenced = reference && source.refs.get(reference[1]!);
  let path: string | undefined;
  if (referenced) {
    if (!isThisRepository(referenced.repoURL, context.repositoryUrls)) return { problem: `comes from the source '${reference![1]}' of ${String(referenced.repoURL)}, another repository` };
    const expanded = expandBuildVariables(reference![2]!, source);
    if (typeof expanded !== 'string') return expanded;
    path = repositoryPath(expanded.replace(/^\/+/, ''));
  } else {
    const expanded = expandBuildVariables(raw, source);
    if (typeof expanded !== 'string') return expanded;
    if (/^[a-z][a-z0-9+.-]*:/i.test(expanded)) return { problem: 'is a URL: remote values files are not fetched' };
    path = expanded.startsWith('/') ? repositoryPath(expanded.replace(/^\/+/, '')) : repositoryPath(join(chart, expanded));
  }
  if (path === undefined) return { problem: 'leads out of the repository' };
  if (!context.files.includes(path)) return { skip: true, problem: `is no file of this repository ('${path}')` };
  return path;
}

/** The repo server's build environment, as far as the Application says it; the revision and cluster are unknown. */
function expandBuildVariables(text: string, source: ArgoSource): string | { problem: string } {
  const known: Record<string, string> = {
    ARGOCD_APP_NAME: source.name,
    ARGOCD_APP_NAMESPACE: source.namespace ?? '',
    ARGOCD_APP_PROJECT_NAME: source.project,
    ARGOCD_APP_SOURCE_REPO_URL: source.repoURL,
    ARGOCD_APP_SOURCE_PATH: source.sourcePath,
    ARGOCD_APP_SOURCE_TARGET_REVISION: source.targetRevision,
  };
  const unknown = ['ARGOCD_APP_REVISION', 'ARGOCD_APP_REVISION_SHORT', 'ARGOCD_APP_REVISION_SHORT_8', 'KUBE_VERSION', 'KUBE_API_VERSIONS'];
  let problem: string | undefined;
  // Go's os.Expand, as Argo CD's Env.Envsubst calls it: `$$` is `$`, any other variable is empty.
  const expanded = text.replace(/\$(?:\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*)|([*#$@!?\-0-9]))/g, (_whole, braced: string | undefined, bare: string | undefined, special: string | undefined) => {
    const name = braced ?? bare ?? special ?? '';
    if (name === '$') return '$';
    if (unknown.includes(name)) problem ??= `names $${name}, which only the Argo CD server knows`;
    return known[name] ?? '';
  });
  return problem ? { problem } : expanded;
}

interface Parameters {
  set: string[];
  /** --set-string and --set-file values as YAML documents, applied after `values` (they are, by Argo CD). */
  values: string[];
}

/**
 * `parameters` become `--set` with Argo CD's comma escaping (a value is one value, never several keys); a
 * `forceString` one and `fileParameters` (the file's text) become values documents at their key, which helm applies
 * as --set-string and --set-file do: after --set, so a --set of the same name is dropped. A name with list indexes
 * or escapes, or a value helm would read as a list, is not modelled.
 */
function helmParameters(helm: Record<string, unknown>, chart: string, source: ArgoSource, context: GitOpsContext): Parameters | string {
  const set = new Map<string, string>();
  const forced = new Map<string, string>();
  const files = new Map<string, string>();
  for (const parameter of Array.isArray(helm.parameters) ? helm.parameters.map(record) : []) {
    if (typeof parameter.name !== 'string' || parameter.name === '') continue;
    const value = parameter.value === undefined || parameter.value === null ? '' : String(parameter.value);
    if (parameter.forceString === true) forced.set(parameter.name, value);
    else set.set(parameter.name, value);
  }
  for (const parameter of Array.isArray(helm.fileParameters) ? helm.fileParameters.map(record) : []) {
    if (typeof parameter.name !== 'string' || parameter.name === '') continue;
    const file = repositoryFile(String(parameter.path ?? ''), chart, source, context);
    if (typeof file !== 'string') return `reads the file '${String(parameter.path)}' (helm.fileParameters '${parameter.name}'), which ${file.problem}: it is not read, and what the source deploys is not checked`;
    files.set(parameter.name, context.read(file));
  }
  const documents: string[] = [];
  for (const [field, entries] of [['parameters (forceString)', forced], ['fileParameters', files]] as const) {
    if (!entries.size) continue;
    const document: Record<string, unknown> = {};
    for (const [name, value] of entries) {
      if (!/^[^.[\]\\]+(\.[^.[\]\\]+)*$/.test(name)) return `sets helm.${field} '${name}', a name with list indexes or escapes this gate does not model: what the source deploys is not checked`;
      if (field !== 'fileParameters' && (value.includes('\\') || (value.startsWith('{') && value.endsWith('}')))) {
        return `sets helm.${field} '${name}' to '${value}', which helm reads with escapes or as a list; not modelled: what the source deploys is not checked`;
      }
      const overlapping = [...set.keys()].find((other) => other !== name && (other.startsWith(`${name}.`) || name.startsWith(`${other}.`) || other.includes('[')));
      if (overlapping) return `sets helm.${field} '${name}' beside the parameter '${overlapping}'; their order is not modelled: what the source deploys is not checked`;
      set.delete(name);
      atPath(document, name.split('.'), value);
    }
    documents.push(JSON.stringify(document));
  }
  return { set: [...set].map(([name, value]) => `${name}=${escapeCommas(value)}`), values: documents };
}

function atPath(document: Record<string, unknown>, keys: string[], value: string): void {
  let current = document;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    current = current[key] = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : {};
  }
  current[keys.at(-1)!] = value;
}

/** Argo CD's cleanSetParameters: every `,` not after a backslash escaped, unless the value is a `{list}`. */
export function escapeCommas(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  let escaped = '';
  let previous = '';
  for (const char of value) {
    escaped += char === ',' && previous !== '\\' ? '\\,' : char;
    previous = char;
  }
  return escaped;
}
