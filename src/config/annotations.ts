// Exceptions written on the object itself: kube-policy-gate.io/ignore, honoured only beside a reason.
import type { Finding, Resource, SourceLocation } from '../model.js';
import { matchesRule, type Suppressible, type Suppression } from './exceptions.js';
import { suggestion } from './suggest.js';

export const IGNORE_ANNOTATION = 'kube-policy-gate.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'kube-policy-gate.io/ignore-reason';

export const IGNORE_WITHOUT_REASON = 'ignore-without-reason';
export const IGNORE_UNKNOWN_RULE = 'ignore-unknown-rule';

/** Where warnings point: the ignore annotation, which the locator maps to a line in a plain file, a patch or a template. */
export const IGNORE_FIELD_PATH = ['metadata', 'annotations', IGNORE_ANNOTATION];

/** Resolves a field path of this resource to a source position (the pipeline's Locator, bound to the resource). */
export type ResourceLocator = (fieldPath: (string | number)[]) => SourceLocation | undefined;

export interface AnnotationResult<F> {
  /** The resource's findings, those the annotation names marked `suppressed`. */
  findings: F[];
  /** Why (part of) the annotation was not honoured. */
  warnings: Finding[];
}

/**
 * Applies the object's ignore annotation to its own findings. Without a non-empty reason nothing is ignored: an
 * exception no one can explain is how a gate erodes, so the author is told at the annotation instead. Ids that
 * name no rule are warned about (a typo ignores nothing) while the known ones still apply.
 */
export function applyAnnotations<F extends Suppressible>(resource: Resource, findings: F[], knownIds: readonly string[], locate?: ResourceLocator): AnnotationResult<F> {
  const annotations = annotationsOf(resource.object);
  const value = annotations[IGNORE_ANNOTATION];
  if (value === undefined) return { findings, warnings: [] };
  const location = locate?.(IGNORE_FIELD_PATH);
  const reason = typeof annotations[IGNORE_REASON_ANNOTATION] === 'string' ? annotations[IGNORE_REASON_ANNOTATION].trim() : '';
  if (!reason) return { findings, warnings: [withoutReason(resource, location)] };
  const ids = String(value)
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => id !== '*' && !knownIds.includes(id));
  const suppression: Suppression = { by: 'annotation', reason, ...(location ? { file: location.file, line: location.line } : {}) };
  const marked = findings.map((finding) =>
    !finding.suppressed && ids.some((id) => id === finding.ruleId || (id === '*' && matchesRule(id, finding.ruleId))) ? { ...finding, suppressed: suppression } : finding,
  );
  return { findings: marked, warnings: unknown.map((id) => unknownRule(resource, id, knownIds, location)) };
}

function annotationsOf(object: Record<string, unknown>): Record<string, unknown> {
  const metadata = object.metadata;
  if (typeof metadata !== 'object' || metadata === null) return {};
  const annotations = (metadata as { annotations?: unknown }).annotations;
  return typeof annotations === 'object' && annotations !== null ? (annotations as Record<string, unknown>) : {};
}

function withoutReason(resource: Resource, location: SourceLocation | undefined): Finding {
  return warning(resource, location, {
    ruleId: IGNORE_WITHOUT_REASON,
    title: 'Ignore annotation without a reason',
    message: `${IGNORE_ANNOTATION} on ${resource.kind} ${resource.name} is not applied: it needs a non-empty ${IGNORE_REASON_ANNOTATION} annotation saying why the findings are acceptable`,
  });
}

function unknownRule(resource: Resource, id: string, knownIds: readonly string[], location: SourceLocation | undefined): Finding {
  return warning(resource, location, {
    ruleId: IGNORE_UNKNOWN_RULE,
    title: 'Ignore annotation names an unknown rule',
    message: `${IGNORE_ANNOTATION} on ${resource.kind} ${resource.name} names '${id}', which is no rule${suggestion(id, knownIds)}; it ignores nothing`,
  });
}

function warning(resource: Resource, location: SourceLocation | undefined, fields: Pick<Finding, 'ruleId' | 'title' | 'message'>): Finding {
  const { apiVersion, kind, namespace, name } = resource;
  return {
    ...fields,
    severity: 'warning',
    target: resource.target,
    resource: namespace === undefined ? { apiVersion, kind, name } : { apiVersion, kind, namespace, name },
    fieldPath: IGNORE_FIELD_PATH,
    ...(location ? { location } : {}),
  };
}
