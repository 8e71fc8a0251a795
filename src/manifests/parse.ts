// Turns rendered documents into Kubernetes objects exactly as Kubernetes clients read them (go-yaml v2, YAML 1.1).
import { parseDocument } from 'yaml';
import { load } from 'js-yaml';
import { applyTargetNamespace } from '../discover/gitops/namespace.js';
import { errorMessage } from '../errors.js';
import { PIPELINE_RULES, type Finding, type RenderedDocument, type Resource, type Target } from '../model.js';
import { decodeDocument, DecodeError } from './decode.js';
import { describeHiddenLineBreak, normaliseLineBreaks, type NormalisedText } from './linebreaks.js';
import { flattenLists } from './lists.js';
import { locateInYaml, type FieldPath } from './locate.js';
import { KUBERNETES_FAST_SCHEMA, KUBERNETES_YAML } from './scalars.js';
import { isBlankDocument } from './split.js';

export { KUBERNETES_YAML } from './scalars.js';

export interface ParsedDocuments {
  resources: Resource[];
  findings: Finding[];
}

/** Parse each rendered document into resources; problems become findings on the line they are about. */
export function parseRendered(target: Target, documents: RenderedDocument[]): ParsedDocuments {
  const resources: Resource[] = [];
  const findings: Finding[] = [];
  for (const document of documents) {
    const normalised = normaliseLineBreaks(document.text);
    if (isBlankDocument(normalised.text)) continue;
    const problem = (message: string, line: number) => findings.push(parseFinding(target, document, message, line));
    // Reported, and still read as the cluster reads it, so the object's own findings show what it really does.
    for (const hidden of normalised.hidden) problem(describeHiddenLineBreak(hidden), hidden.line);
    const result = parseObject(normalised.text);
    if ('problem' in result) {
      problem(result.problem, normalised.original(result.line, 1).line);
      continue;
    }
    const lineOf = (path: FieldPath) => lineInDocument(normalised, path, result.object);
    const { objects, problems } = flattenLists(result.object);
    for (const listProblem of problems) problem(listProblem.message, lineOf(listProblem.path));
    for (const { object, path } of objects) {
      removeAnnotations(object, document.internalAnnotations);
      // Judged in the namespace its deploying tool applies it in (Argo CD's destination, Helm's release namespace).
      applyTargetNamespace(target, object);
      const identity = identify(object);
      if (typeof identity === 'string') {
        problem(identity, lineOf(path));
      } else {
        resources.push({ ...identity, object, target, document, ...(path.length > 0 && { documentPath: path }) });
      }
    }
  }
  return { resources, findings };
}

type ParseResult = { object: Record<string, unknown> } | { problem: string; line: number };

function parseObject(text: string): ParseResult {
  const fast = fastLoad(text);
  const value = fast === FAST_PATH_DECLINED ? slowLoad(text) : { value: fast };
  if ('problem' in value) return value;
  if (value.value === null || typeof value.value !== 'object' || Array.isArray(value.value)) {
    return { problem: `expected a Kubernetes object (a mapping), found ${describe(value.value)}`, line: 1 };
  }
  return { object: value.value as Record<string, unknown> };
}

export const FAST_PATH_DECLINED = Symbol('declined');

/**
 * A key that may be empty or a null word (`~:`, `null:`, `: x`, `? `): js-yaml makes it the key "null", while
 * sigs.k8s.io/yaml refuses the document. Generous on purpose: a false match only costs the slow path.
 */
const POSSIBLE_NULL_KEY = /(?:^|[\s{,[?-])(?:~|null|Null|NULL)?[ \t]*:(?:[\s,\]}]|$)|^[ \t-]*\?/m;

/**
 * js-yaml with the same scalar rules, about 6x faster than the yaml package. It declines documents with
 * anchors (js-yaml shares aliased objects, which would expand exponentially when serialized; the yaml
 * package counts them), with `<<` (js-yaml merges as the YAML spec says, go-yaml in document order) and
 * anything it rejects (duplicate keys included): the slow path then says exactly what is wrong.
 */
export function fastLoad(text: string): unknown {
  if (text.includes('&') || text.includes('<<') || POSSIBLE_NULL_KEY.test(text)) return FAST_PATH_DECLINED;
  try {
    return load(text, { schema: KUBERNETES_FAST_SCHEMA, maxAliases: 0 });
  } catch {
    return FAST_PATH_DECLINED;
  }
}

/** The reference: the yaml package's syntax tree, decoded as go-yaml v2 decodes (decode.ts). */
export function slowLoad(text: string): { value: unknown } | { problem: string; line: number } {
  try {
    const doc = parseDocument(text, KUBERNETES_YAML);
    const error = doc.errors[0];
    if (error) return { problem: `invalid YAML: ${error.message.split('\n')[0]}`, line: lineAt(text, error.pos[0]) };
    return { value: decodeDocument(doc) };
  } catch (error) {
    if (error instanceof DecodeError) return { problem: `invalid YAML: ${error.message}`, line: lineAt(text, error.offset) };
    // A stack overflow on absurd nesting: Kubernetes clients refuse such documents as well.
    return { problem: `invalid YAML: ${error instanceof RangeError ? 'nested too deeply' : errorMessage(error)}`, line: 1 };
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line (in the document's own text) of the field at `path`, for problems with list items. */
function lineInDocument(normalised: NormalisedText, path: FieldPath, object: unknown): number {
  if (path.length === 0) return 1;
  try {
    const position = locateInYaml(normalised.text, path, object);
    return position ? normalised.original(position.line, position.column).line : 1;
  } catch {
    return 1;
  }
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
