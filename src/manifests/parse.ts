// Turns rendered documents into Kubernetes objects, reading scalars as Kubernetes clients do (YAML 1.1).
import { parseDocument, type ParseOptions, type DocumentOptions, type SchemaOptions } from 'yaml';
import { errorMessage } from '../errors.js';
import { PIPELINE_RULES, type Finding, type RenderedDocument, type Resource, type Target } from '../model.js';
import { load } from 'js-yaml';
import { KUBERNETES_FAST_SCHEMA, KUBERNETES_SCALARS } from './scalars.js';
import { isBlankDocument } from './split.js';

/**
 * sigs.k8s.io/yaml (kubectl, Helm, Argo CD) resolves scalars with go-yaml v2's YAML 1.1 rules: `on`/`yes`/`y`
 * are true, `0644` is octal, `<<` merges. Reading with 1.2 would let `privileged: on` slip past a policy.
 */
export const KUBERNETES_YAML: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  schema: 'failsafe',
  customTags: KUBERNETES_SCALARS,
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  strict: false,
};

export interface ParsedDocuments {
  resources: Resource[];
  findings: Finding[];
}

/** Parse each rendered document into resources; problems become findings on the document's line. */
export function parseRendered(target: Target, documents: RenderedDocument[]): ParsedDocuments {
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  for (const document of documents) {
    if (isBlankDocument(document.text)) continue;
    const result = parseObject(document);
    if ('problem' in result) {
      findings.push(parseFinding(target, document, result.problem, result.line));
      continue;
    }
    removeAnnotations(result.object, document.internalAnnotations);
    for (const object of expandList(result.object)) {
      const identity = identify(object);
      if (typeof identity === 'string') {
        findings.push(parseFinding(target, document, identity, 1));
      } else {
        resources.push({ ...identity, object, target, document });
      }
    }
  }
  return { resources, findings };
}

type ParseResult = { object: Record<string, unknown> } | { problem: string; line: number };

function parseObject(document: RenderedDocument): ParseResult {
  const fast = fastLoad(document.text);
  const value = fast === FAST_PATH_DECLINED ? slowLoad(document) : { value: fast };
  if ('problem' in value) return value;
  if (value.value === null || typeof value.value !== 'object' || Array.isArray(value.value)) {
    return { problem: `expected a Kubernetes object (a mapping), found ${describe(value.value)}`, line: 1 };
  }
  return { object: value.value as Record<string, unknown> };
}

const FAST_PATH_DECLINED = Symbol('declined');

/**
 * js-yaml with the same scalar rules, about 6x faster than the yaml package. It declines documents with
 * anchors (js-yaml shares aliased objects, which would expand exponentially when serialized; the yaml
 * package counts them) and anything it rejects: the slow path then says exactly what is wrong.
 */
function fastLoad(text: string): unknown {
  if (text.includes('&')) return FAST_PATH_DECLINED;
  try {
    return load(text, { schema: KUBERNETES_FAST_SCHEMA, maxAliases: 0 });
  } catch {
    return FAST_PATH_DECLINED;
  }
}

function slowLoad(document: RenderedDocument): { value: unknown } | { problem: string; line: number } {
  const doc = parseDocument(document.text, KUBERNETES_YAML);
  const error = doc.errors[0];
  if (error) {
    const line = document.text.slice(0, error.pos[0]).split('\n').length;
    const reason = error.code === 'DUPLICATE_KEY' ? 'duplicate key (Kubernetes clients keep one of them in an undefined order)' : error.message.split('\n')[0];
    return { problem: `invalid YAML: ${reason}`, line };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    // An alias bomb ("billion laughs"): refuse it rather than expand it.
    return { problem: `invalid YAML: ${errorMessage(error)}`, line: 1 };
  }
}

/** `kind: List` (what `kubectl get -o yaml` writes) holds objects in `items`; kubectl applies each. */
function expandList(object: Record<string, unknown>): Record<string, unknown>[] {
  if (typeof object.kind === 'string' && object.kind.endsWith('List') && Array.isArray(object.items) && object.apiVersion === 'v1') {
    return object.items.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item));
  }
  return [object];
}

function removeAnnotations(object: Record<string, unknown>, keys: string[] | undefined): void {
  const metadata = object.metadata as Record<string, unknown> | undefined;
  const annotations = metadata?.annotations as Record<string, unknown> | undefined;
  if (!keys || !metadata || !annotations || typeof annotations !== 'object') return;
  for (const key of keys) delete annotations[key];
  if (Object.keys(annotations).length === 0) delete metadata.annotations;
}

type Identity = Pick<Resource, 'apiVersion' | 'kind' | 'namespace' | 'name'>;

function identify(object: Record<string, unknown>): Identity | string {
  const { apiVersion, kind } = object;
  const metadata = object.metadata as Record<string, unknown> | undefined;
  if (typeof apiVersion !== 'string' || apiVersion === '') return 'not a Kubernetes object: `apiVersion` is missing or not a string';
  if (typeof kind !== 'string' || kind === '') return 'not a Kubernetes object: `kind` is missing or not a string';
  const name = metadata?.name ?? metadata?.generateName;
  if ((typeof name !== 'string' || name === '') && !COMPONENT_CONFIG.test(apiVersion)) return `${kind} has no \`metadata.name\``;
  const namespace = typeof metadata?.namespace === 'string' ? metadata.namespace : undefined;
  return { apiVersion, kind, name: typeof name === 'string' ? name : '', namespace };
}

/**
 * Component configuration files (KubeletConfiguration, EncryptionConfiguration, audit Policy, kubeadm…) are read
 * by a binary, not sent to the API server, and have no name.
 */
const COMPONENT_CONFIG = /^([a-z0-9-]+\.)*(config\.k8s\.io|kubeadm\.k8s\.io|audit\.k8s\.io|apiserver\.k8s\.io)\//;

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value} scalar`;
}

function parseFinding(target: Target, document: RenderedDocument, problem: string, line: number): Finding {
  return {
    ruleId: PIPELINE_RULES.parse,
    severity: 'error',
    title: 'Could not parse a rendered document',
    message: document.textIsSource ? problem : `${problem} (in the output rendered from ${document.sourceFile})`,
    target,
    location: { file: document.sourceFile, line: document.textIsSource ? document.firstLine + line - 1 : 1 },
  };
}
