// Turns violations into findings: severity and title from the rule's METADATA, filtered by profile.
import { PLAIN_SECRET, type SecretTracer } from '../secrets/trace.js';
import { PIPELINE_RULES, type Finding, type Resource } from '../model.js';
import type { Profile, RuleInfo } from './bundle.js';
import type { Evaluation, Violation } from './evaluate.js';
import type { Locator } from '../manifests/source.js';
import { applyAnnotations, IGNORE_ANNOTATION } from '../config/annotations.js';
import { EXCEPTABLE_FINDINGS } from '../config/rules.js';
import { stableName } from '../render/randomnames.js';

/** `default`: the restricted PSS profile with the hardening rules reported on top at their own severities. */
export type ProfileChoice = Profile | 'default';

/** A Pod Security Standards level, as the `pod-security.kubernetes.io/enforce` label names them. */
export type PssLevel = 'privileged' | 'baseline' | 'restricted';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/** Rule id of the finding on a Namespace from the PR whose enforce label is below the profile's level. */
export const NAMESPACE_RELAXED = 'namespace-pss-relaxed';

const STRICTNESS: Record<PssLevel, number> = { privileged: 0, baseline: 1, restricted: 2 };

/** The Pod Security level a profile judges at when no namespace label says otherwise. */
export function profileLevel(profile: ProfileChoice): PssLevel {
  return profile === 'baseline' ? 'baseline' : 'restricted';
}

/**
 * Whether a rule reports on an object. Pod Security rules follow the level the object's namespace enforces
 * (a Namespace in the rendered set labelled pod-security.kubernetes.io/enforce), else the profile's level;
 * hardening rules follow the profile; opt-in rules report under `hardened`; `enabled` and custom rules always report.
 */
export function ruleSelected(rule: RuleInfo, profile: ProfileChoice, enabled: ReadonlySet<string> = new Set(), namespaceLevel?: PssLevel): boolean {
  if (enabled.has(rule.id) || rule.custom) return true;
  // `hardened` is `default` plus the opt-in rules (image-digest): the one difference between the two.
  if (rule.optional) return profile === 'hardened';
  const pss = rule.profiles.includes('baseline') || rule.profiles.includes('restricted');
  if (!pss) return profile === 'default' || profile === 'hardened';
  const level = namespaceLevel ?? profileLevel(profile);
  return level === 'restricted' || (level === 'baseline' && rule.profiles.includes('baseline'));
}

/**
 * The rule packages worth evaluating: those that can report under the selection for some namespace. Pod Security
 * rules always can (a namespace label may raise the level); the rest follow the profile and `enabled`.
 */
export function rulesToRun(rules: RuleInfo[], profile: ProfileChoice, enabled: ReadonlySet<string> = new Set()): string[] {
  return rules.filter((rule) => ruleSelected(rule, profile, enabled, 'restricted') || ruleSelected(rule, profile, enabled)).map((rule) => rule.package);
}

/**
 * Levels the rendered Namespace objects enforce. Two Namespaces of one name that disagree (two targets each
 * shipping it) give the stricter level: which one the cluster keeps depends on apply order, unknown here.
 */
export function namespaceLevels(resources: Resource[]): Map<string, PssLevel> {
  const levels = new Map<string, PssLevel>();
  for (const resource of resources) {
    const level = enforceLevel(resource);
    if (level === undefined) continue;
    const known = levels.get(resource.name);
    if (known === undefined || STRICTNESS[level] > STRICTNESS[known]) levels.set(resource.name, level);
  }
  return levels;
}

/** The level a v1 Namespace's enforce label names; an invalid value counts as restricted, as admission does. */
function enforceLevel(resource: Resource): PssLevel | undefined {
  if (resource.kind !== 'Namespace' || resource.apiVersion !== 'v1') return undefined;
  const labels = (resource.object.metadata as { labels?: Record<string, unknown> } | undefined)?.labels;
  const value = labels?.[ENFORCE_LABEL];
  if (value === undefined) return undefined;
  return value === 'privileged' || value === 'baseline' ? value : 'restricted';
}

export interface Selection {
  profile: ProfileChoice;
  /** Rule ids reported regardless of profile, optional ones included. */
  enabled?: ReadonlySet<string>;
  /** Rule ids never reported (the config switched them off; a user's bundle cannot be told not to run them). */
  disabled?: ReadonlySet<string>;
  /** Pod Security levels by namespace (see namespaceLevels). */
  namespaces?: ReadonlyMap<string, PssLevel>;
  /** false: every Pod is judged at the profile's level, whatever its namespace's label says. Default true. */
  trustNamespaceLabels?: boolean;
}

/** Findings a namespace's label keeps from being reported, and on which objects. */
interface Hidden {
  findings: number;
  objects: number;
}

export function decide(evaluations: Evaluation[], rules: RuleInfo[], selection: Selection, locate: Locator): Finding[] {
  const decider = createDecider(rules, selection, locate);
  decider.add(evaluations);
  return decider.finish();
}

/** decide() a part at a time: the runner streams objects through it and drops them once their findings are made. */
export interface Decider {
  add(evaluations: Evaluation[]): void;
  /** What add() has decided since the last take(), handed over (an evaluation thread's part, see stream.ts). */
  take(): DecidedPart;
  /** A part another decider took, as if its evaluations had been added here. */
  merge(part: DecidedPart): void;
  /** Every finding so far, then what needs them all: the relaxed namespaces' findings and the ignore annotations. */
  finish(): Finding[];
}

/** A part's findings, and what finish() needs of its objects: few carry an ignore annotation or relax a namespace. */
export interface DecidedPart {
  findings: Finding[];
  hidden: [string, Hidden][];
  annotated: Resource[];
  relaxing: Resource[];
}

/**
 * `traceSecret` decides `plain-secret` findings from the repository's text (src/secrets): a value found in no file was
 * generated at render time and is no committed secret; one found is reported at the line that commits it.
 */
export function createDecider(rules: RuleInfo[], selection: Selection, locate: Locator, traceSecret?: SecretTracer): Decider {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const trusted = selection.trustNamespaceLabels === false ? undefined : selection.namespaces;
  const floor = profileLevel(selection.profile);
  let hidden = new Map<string, Hidden>();
  // An object counts once per namespace however many of its findings are hidden (several sources evaluate it).
  let counted = new WeakSet<Resource>();
  let findings: Finding[] = [];
  // Only these objects are needed once their part is decided: few carry an ignore annotation or relax a namespace.
  let annotated = new Set<Resource>();
  let relaxing = new Set<Resource>();
  const hide = (namespace: string, resource: Resource) => {
    const entry = hidden.get(namespace) ?? { findings: 0, objects: 0 };
    entry.findings++;
    if (!counted.has(resource)) entry.objects++;
    counted.add(resource);
    hidden.set(namespace, entry);
  };
  return {
    add(evaluations) {
      for (const evaluation of evaluations) {
        const { resource } = evaluation;
        if (hasIgnoreAnnotation(resource.object)) annotated.add(resource);
        const level = enforceLevel(resource);
        if (level !== undefined && STRICTNESS[level] < STRICTNESS[floor]) relaxing.add(resource);
        if ('error' in evaluation) {
          findings.push({ ...evaluationFailure(resource, evaluation.error), location: locate(resource, []) });
          continue;
        }
        // "In the namespace" as admission sees it: metadata.namespace as its deploying tool applies it (set when the
        // object was parsed: src/discover/gitops/namespace.ts), else default.
        const namespace = resource.namespace ?? 'default';
        for (const violation of evaluation.violations) {
          if (selection.disabled?.has(violation.rule)) continue;
          const rule = byId.get(violation.rule);
          // A rule the bundle does not describe still counts: unknown rules are errors, never dropped.
          if (rule && !ruleSelected(rule, selection.profile, selection.enabled, trusted?.get(namespace))) {
            if (ruleSelected(rule, selection.profile, selection.enabled)) hide(namespace, resource);
            continue;
          }
          if (violation.rule === PLAIN_SECRET && traceSecret) {
            const verdict = traceSecret(resource, violation.message);
            if (!verdict.report) continue;
            findings.push({ ...violationFinding(resource, violation, rule, locate), ...(verdict.location && { location: verdict.location }), ...(verdict.message && { message: verdict.message }) });
            continue;
          }
          findings.push(violationFinding(resource, violation, rule, locate));
        }
      }
    },
    take() {
      const part = { findings, hidden: [...hidden], annotated: [...annotated], relaxing: [...relaxing] };
      [findings, hidden, counted, annotated, relaxing] = [[], new Map(), new WeakSet(), new Set(), new Set()];
      return part;
    },
    merge(part) {
      for (const finding of part.findings) findings.push(finding);
      for (const [namespace, entry] of part.hidden) {
        const known = hidden.get(namespace) ?? { findings: 0, objects: 0 };
        hidden.set(namespace, { findings: known.findings + entry.findings, objects: known.objects + entry.objects });
      }
      for (const resource of part.annotated) annotated.add(resource);
      for (const resource of part.relaxing) relaxing.add(resource);
    },
    finish() {
      const all = [...findings, ...relaxedNamespaces([...relaxing], selection, hidden, locate)];
      return honourAnnotations(all, [...annotated], [...byId.keys(), ...EXCEPTABLE_FINDINGS], locate);
    },
  };
}

/**
 * The `kube-policy-gate.io/ignore` annotation of each object that carries one, applied to that object's findings
 * (see src/config/annotations.ts). Few objects carry it: only their findings are looked at.
 */
function honourAnnotations(findings: Finding[], annotated: Resource[], knownIds: string[], locate: Locator): Finding[] {
  if (annotated.length === 0) return findings;
  const result = [...findings];
  const warnings: Finding[] = [];
  for (const resource of annotated) {
    const own = result.flatMap((finding, index) => (finding.target === resource.target && sameObject(finding.resource, resource) ? [index] : []));
    const applied = applyAnnotations(resource, own.map((index) => result[index]!), knownIds, (path) => locate(resource, path));
    own.forEach((index, position) => (result[index] = applied.findings[position]!));
    warnings.push(...applied.warnings);
  }
  return [...result, ...warnings];
}

function hasIgnoreAnnotation(object: Record<string, unknown>): boolean {
  const annotations = (object.metadata as { annotations?: unknown } | undefined)?.annotations;
  return typeof annotations === 'object' && annotations !== null && IGNORE_ANNOTATION in annotations;
}

function sameObject(ref: Finding['resource'], resource: Resource): boolean {
  return ref !== undefined && ref.kind === resource.kind && ref.name === resource.name && ref.namespace === resource.namespace && ref.apiVersion === resource.apiVersion;
}

function violationFinding(resource: Resource, violation: Violation, rule: RuleInfo | undefined, locate: Locator): Finding {
  return {
    ruleId: violation.rule,
    severity: rule?.severity ?? 'error',
    title: rule?.title ?? violation.rule,
    message: violation.message,
    target: resource.target,
    resource: identity(resource),
    fieldPath: violation.path,
    location: locate(resource, violation.path),
  };
}


/**
 * A Namespace from the PR that enforces a level below the profile's decides how its Pods are judged, so the
 * PR that relaxes it is reported at its label: an error when the relaxation hides findings, else a notice.
 */
function relaxedNamespaces(resources: Resource[], selection: Selection, hidden: ReadonlyMap<string, Hidden>, locate: Locator): Finding[] {
  const floor = profileLevel(selection.profile);
  const fieldPath = ['metadata', 'labels', ENFORCE_LABEL];
  return resources.flatMap((resource) => {
    const level = enforceLevel(resource);
    if (level === undefined || STRICTNESS[level] >= STRICTNESS[floor]) return [];
    const hides = hidden.get(resource.name);
    const finding: Finding = {
      ruleId: NAMESPACE_RELAXED,
      severity: hides ? 'error' : 'notice',
      title: 'Namespace relaxes Pod Security',
      message: `Namespace ${resource.name} enforces Pod Security level ${level}, below ${floor}: ${consequence(floor, level, hides, selection.trustNamespaceLabels !== false)}`,
      target: resource.target,
      resource: identity(resource),
      fieldPath,
      location: locate(resource, fieldPath),
    };
    return [finding];
  });
}

function consequence(floor: PssLevel, level: PssLevel, hides: Hidden | undefined, trusted: boolean): string {
  if (!trusted) return `the label is not trusted (trust-namespace-labels is false), so its objects are judged at ${floor}`;
  if (!hides) return `it hides no finding today, but Pods in it are judged at ${level}`;
  const objects = hides.objects;
  return `${count(hides.findings, 'finding')} on ${count(objects, 'object')} in it ${hides.findings === 1 ? 'is' : 'are'} not reported`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function identity(resource: Resource): Finding['resource'] {
  const { apiVersion, kind, namespace, name } = resource;
  const stable = stableName(name, resource.document.randomNames);
  return { apiVersion, kind, ...(namespace !== undefined && { namespace }), name, ...(stable !== undefined && { stableName: stable }) };
}

function evaluationFailure(resource: Resource, error: string): Finding {
  return {
    ruleId: PIPELINE_RULES.evaluation,
    severity: 'error',
    title: 'Could not evaluate an object',
    message: `policy evaluation failed: ${error}`,
    target: resource.target,
    resource: identity(resource),
    fieldPath: [],
  };
}
