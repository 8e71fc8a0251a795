// Turns violations into findings: severity and title from the rule's METADATA, filtered by profile.
import { PIPELINE_RULES, type Finding, type Resource } from '../model.js';
import type { Profile, RuleInfo } from './bundle.js';
import type { Evaluation } from './evaluate.js';
import type { Locator } from '../manifests/source.js';

/** `default`: the restricted PSS profile with the hardening rules reported on top at their own severities. */
export type ProfileChoice = Profile | 'default';

/** A Pod Security Standards level, as the `pod-security.kubernetes.io/enforce` label names them. */
export type PssLevel = 'privileged' | 'baseline' | 'restricted';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/**
 * Whether a rule reports on an object. Pod Security rules follow the level the object's namespace enforces
 * (a Namespace in the rendered set labelled pod-security.kubernetes.io/enforce), else the profile's level;
 * hardening rules follow the profile; `enabled` rules always report.
 */
export function ruleSelected(rule: RuleInfo, profile: ProfileChoice, enabled: ReadonlySet<string> = new Set(), namespaceLevel?: PssLevel): boolean {
  if (enabled.has(rule.id)) return true;
  if (rule.optional) return false;
  const pss = rule.profiles.includes('baseline') || rule.profiles.includes('restricted');
  if (!pss) return profile === 'default' || profile === 'hardened';
  const level = namespaceLevel ?? (profile === 'baseline' ? 'baseline' : 'restricted');
  return level === 'restricted' || (level === 'baseline' && rule.profiles.includes('baseline'));
}

/**
 * The rule packages worth evaluating: those that can report under the selection for some namespace. Pod Security
 * rules always can (a namespace label may raise the level); the rest follow the profile and `enabled`.
 */
export function rulesToRun(rules: RuleInfo[], profile: ProfileChoice, enabled: ReadonlySet<string> = new Set()): string[] {
  return rules.filter((rule) => ruleSelected(rule, profile, enabled, 'restricted') || ruleSelected(rule, profile, enabled)).map((rule) => rule.package);
}

/** Levels the rendered Namespace objects enforce; an invalid value counts as restricted, as admission does. */
export function namespaceLevels(resources: Resource[]): Map<string, PssLevel> {
  const levels = new Map<string, PssLevel>();
  for (const resource of resources) {
    if (resource.kind !== 'Namespace' || resource.apiVersion !== 'v1') continue;
    const labels = (resource.object.metadata as { labels?: Record<string, unknown> } | undefined)?.labels;
    const value = labels?.[ENFORCE_LABEL];
    if (value === undefined) continue;
    levels.set(resource.name, value === 'privileged' || value === 'baseline' ? value : 'restricted');
  }
  return levels;
}

export interface Selection {
  profile: ProfileChoice;
  /** Rule ids reported regardless of profile, optional ones included. */
  enabled?: ReadonlySet<string>;
  /** Pod Security levels by namespace (see namespaceLevels). */
  namespaces?: ReadonlyMap<string, PssLevel>;
}

export function decide(evaluations: Evaluation[], rules: RuleInfo[], selection: Selection, locate: Locator): Finding[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const findings: Finding[] = [];
  for (const evaluation of evaluations) {
    if ('error' in evaluation) {
      findings.push({ ...evaluationFailure(evaluation.resource, evaluation.error), location: locate(evaluation.resource, []) });
      continue;
    }
    for (const violation of evaluation.violations) {
      const rule = byId.get(violation.rule);
      // A rule the bundle does not describe still counts: unknown rules are errors, never dropped.
      const namespaceLevel = selection.namespaces?.get(evaluation.resource.namespace ?? 'default');
      if (rule && !ruleSelected(rule, selection.profile, selection.enabled, namespaceLevel)) continue;
      findings.push({
        ruleId: violation.rule,
        severity: rule?.severity ?? 'error',
        title: rule?.title ?? violation.rule,
        message: violation.message,
        target: evaluation.resource.target,
        resource: identity(evaluation.resource),
        fieldPath: violation.path,
        location: locate(evaluation.resource, violation.path),
      });
    }
  }
  return findings;
}

function identity(resource: Resource): Finding['resource'] {
  const { apiVersion, kind, namespace, name } = resource;
  return namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name };
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
