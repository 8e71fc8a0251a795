// Terminal and log output: one line a finding, then the totals and the verdict; JSON for machines.
import { appliedExceptions } from '../config/exceptions.js';
import type { Finding, Outcome } from '../model.js';
import type { RenderResult } from '../render/index.js';
import { describeComparison, describeCounts, describeLocation, describeObjects, describeTarget, describeVariants, plural } from './describe.js';
import { jsonText, logLine } from './escape.js';

/** Lines for stdout: each one passed through logLine, since names, paths and messages come from the PR. */
export function formatText(outcome: Outcome): string {
  const lines = outcome.findings.map((finding) => {
    const where = describeLocation(finding) || describeTarget(finding.target);
    const object = describeObjects(finding);
    const existing = finding.baseline === 'existing' ? ' — already in the base' : '';
    return `${where}: ${finding.severity} [${finding.ruleId}] ${finding.message}${object ? ` (${object})` : ''}${describeVariants(finding)}${existing}${acceptedNote(finding)}`;
  });
  if (outcome.comparison) lines.push(describeComparison(outcome));
  // Which files were not checked, and why, is in the summary and the JSON: a repository has many YAML files that are no manifests.
  if (outcome.files) lines.push(`checked ${plural(outcome.files.checked, 'file')} of ${outcome.files.total} (the others, and why, are in the JSON output and the job summary)`);
  for (const { rule, reason } of outcome.skippedRules ?? []) lines.push(`skipped ${rule}: ${reason}`);
  lines.push(`${describeCounts(outcome)}: ${outcome.verdict === 'fail' ? 'FAIL' : 'pass'} (fail-on: ${outcome.failOn})`);
  return `${lines.map(logLine).join('\n')}\n`;
}

/** ` — accepted by an exception (reason; owner; until …)` for a finding an exception accepted. */
export function acceptedNote(finding: Finding): string {
  const { suppressed } = finding;
  if (!suppressed) return '';
  const details = [suppressed.reason, suppressed.owner && `owner ${suppressed.owner}`, suppressed.expires && `until ${suppressed.expires}`].filter(Boolean);
  return ` — accepted by ${suppressed.by === 'config' ? 'an exception' : 'an ignore annotation'} (${details.join('; ')})`;
}

/** The progress line the action logs as each target finishes rendering. */
export function formatRendered(result: RenderResult): string {
  const what = 'failure' in result ? 'could not be rendered' : `rendered ${plural(result.documents.length, 'document')}`;
  return logLine(`${describeTarget(result.target)}: ${what}`);
}

/** Everything a machine needs, without the rendered text: accepted findings carry `suppressed`, and `exceptions` lists what accepted them. */
export function formatJson(outcome: Outcome): string {
  return [...jsonChunks(outcome)].join('');
}

/**
 * formatJson a piece at a time, byte for byte: the findings a few hundred at once, so that a big report (about
 * 900 bytes per finding) never has to be one string beside the outcome it describes.
 */
export function* jsonChunks(outcome: Outcome): Generator<string> {
  const { findings } = outcome;
  const whole = jsonText(JSON.stringify({ ...outcome, findings: [], exceptions: appliedExceptions(findings) }, null, 2));
  // A top-level key sits at two spaces after a line break, which no string in JSON holds unescaped.
  const at = whole.indexOf('\n  "findings": []');
  if (at < 0 || findings.length === 0) {
    yield `${whole}\n`;
    return;
  }
  yield `${whole.slice(0, at)}\n  "findings": [`;
  for (let start = 0; start < findings.length; start += JSON_BATCH) {
    // `[\n  {…},\n  {…}\n]` one level deeper: every line two spaces further in, without the brackets.
    const batch = jsonText(JSON.stringify(findings.slice(start, start + JSON_BATCH), null, 2));
    yield `${start ? ',' : ''}\n  ${batch.slice(2, -2).replaceAll('\n', '\n  ')}`;
  }
  yield `\n  ]${whole.slice(at + '\n  "findings": []'.length)}\n`;
}

const JSON_BATCH = 512;
