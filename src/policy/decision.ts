// Turns violations into findings: severity and title from the rule's METADATA, filtered by profile.
import { PIPELINE_RULES, type Finding, type Resource } from '../model.js';
import type { Profile, RuleInfo } from './bundle.js';
import type { Evaluation } from './evaluate.js';
import type { Locator } from '../manifests/source.js';

/** `default`: the restricted PSS profile with the hardening rules reported on top at their own severities. */
export type ProfileChoice = Profile | 'default';

/** Whether a rule is reported under a profile choice; `enabled` rules report whatever the profile. */
export function ruleSelected(rule: RuleInfo, profile: ProfileChoice, enabled: ReadonlySet<string> = new Set()): boolean {
  if (enabled.has(rule.id)) return true;
  if (rule.optional) return false;
  if (profile === 'default') return rule.profiles.includes('restricted') || rule.profiles.includes('hardened');
  return rule.profiles.includes(profile);
}

export interface Selection {
  profile: ProfileChoice;
  /** Rule ids reported regardless of profile, optional ones included. */
  enabled?: ReadonlySet<string>;
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
      if (rule && !ruleSelected(rule, selection.profile, selection.enabled)) continue;
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
