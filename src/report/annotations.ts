// Workflow-command annotations, capped honestly at what GitHub shows per step.
import type { Finding, Outcome, Severity } from '../model.js';
import { describeResource, describeTarget } from './describe.js';
import { commandData, commandProperty } from './escape.js';

/** GitHub shows at most this many annotations of each level per step and drops the rest silently. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  message: string;
  properties: { title: string; file?: string; startLine?: number; startColumn?: number };
}

/**
 * Messages and properties come out ready for @actions/core (escape.ts did what core does not).
 * `reservedWarnings` are warning slots already spent, e.g. on a summary that could not be written.
 */
export function formatAnnotations(outcome: Outcome, reservedWarnings = 0): Annotation[] {
  const limits: Record<Severity, number> = { error: ANNOTATIONS_PER_LEVEL, warning: ANNOTATIONS_PER_LEVEL - reservedWarnings, notice: ANNOTATIONS_PER_LEVEL };
  // setFailed spends one error slot; an overflow note spends one notice slot.
  if (outcome.verdict === 'fail') limits.error--;
  const overflowing = (['error', 'warning', 'notice'] as const).some((level) => outcome.counts[level] > limits[level]);
  if (overflowing) limits.notice--;

  const annotations: Annotation[] = [];
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  // An accepted finding is no reviewer's business on the diff; the summary and the JSON list it.
  const counted = outcome.findings.filter((candidate) => !candidate.suppressed);
  for (const finding of counted) {
    if (used[finding.severity] >= limits[finding.severity]) continue;
    used[finding.severity]++;
    annotations.push(toAnnotation(finding));
  }
  const hidden = counted.length - annotations.length;
  if (hidden > 0) {
    annotations.push({
      level: 'notice',
      message: `${hidden} more finding${hidden === 1 ? ' is' : 's are'} not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); the job summary lists all ${counted.length}.`,
      properties: { title: 'kube-policy-gate: more findings in the job summary' },
    });
  }
  return annotations;
}

function toAnnotation(finding: Finding): Annotation {
  const subject = [describeResource(finding.resource), `from ${describeTarget(finding.target)}`].filter(Boolean).join(' ');
  const message = commandData(`${finding.message}\n${subject} [${finding.ruleId}]`);
  const { location } = finding;
  return {
    level: finding.severity,
    message,
    properties: {
      title: commandProperty(finding.title),
      ...(location && { file: commandProperty(location.file), startLine: location.line, ...(location.column && { startColumn: location.column }) }),
    },
  };
}

export interface AnnotationSink {
  error(message: string, properties: Annotation['properties']): void;
  warning(message: string, properties: Annotation['properties']): void;
  notice(message: string, properties: Annotation['properties']): void;
}

export function emitAnnotations(annotations: Annotation[], sink: AnnotationSink): void {
  for (const annotation of annotations) sink[annotation.level](annotation.message, annotation.properties);
}
