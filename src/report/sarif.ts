// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and any other SARIF reader: every finding
// with a repository-relative region and a stable fingerprint, every rule with its help and security severity.
import type { Finding, Outcome, Severity } from '../model.js';
import type { RuleInfo } from '../policy/bundle.js';
import { couldNotCheck, encodePath, repositoryPath, ruleDocUrl, ruleIndex, type ReportContext } from './context.js';
import { describeObjects, describeTarget } from './describe.js';
import { jsonText, markdownWithCode, sarifText } from './escape.js';
import { fingerprints } from '../compare/fingerprint.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * The code scanning category when none is given (the CLI): fixed, so each run replaces the alerts of the one before
 * instead of adding to them. The action derives one per job and matrix entry (src/github/category.ts).
 */
export const SARIF_CATEGORY = 'kube-policy-gate/';

/** GitHub rejects a SARIF file with more than 25,000 results in a run. */
export const SARIF_MAX_RESULTS = 25_000;

/** What the action adds to the report context for SARIF. */
export interface SarifOptions {
  /** `runAutomationDetails.id`'s category: upload-sarif ignores its own `category` input when the file names one. */
  category?: string;
  /** At most this many results (SARIF_MAX_RESULTS, or fewer): the most severe are kept. */
  maxResults?: number;
}

/** What SARIF leaves out, for the notice and the job summary that say so. */
export interface SarifOmissions {
  /** Results past maxResults (the least severe). */
  overLimit: number;
  /** Findings without a source line in a file (a run that found nothing to check): code scanning needs a region. */
  withoutLine: number;
}

/** The partialFingerprints key; bump its version only when the identity of a finding changes meaning (v2: without the target's path). */
export const FINGERPRINT_KEY = 'kubePolicyGate/v3';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** GitHub reads 9.0+ as critical, 7.0–8.9 high, 4.0–6.9 medium, below that low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', notice: '2.0' };

const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'recommendation' };

type Json = Record<string, unknown>;

export function formatSarif(outcome: Outcome, context: ReportContext & SarifOptions = {}): Json {
  const known = ruleIndex(context);
  // The outcome set them; an outcome made by hand (tests, older JSON) gets them the same way.
  const computed = fingerprints(outcome.findings);
  const kept = sarifFindings(outcome, context.maxResults).map(({ finding, index }) => ({ finding, print: finding.fingerprint ?? computed[index]! }));
  const ids = [...new Set(kept.map(({ finding }) => finding.ruleId))].sort();
  const rules = ids.map((id) => describeRule(id, known.get(id), kept.filter(({ finding }) => finding.ruleId === id).map(({ finding }) => finding), context));
  const results = kept.map(({ finding, print }) => formatResult(finding, ids.indexOf(finding.ruleId), print, context));
  const driver: Json = {
    name: 'kube-policy-gate',
    ...(context.toolVersion && { version: context.toolVersion, semanticVersion: context.toolVersion }),
    ...(context.rulesDocUrl && { informationUri: context.rulesDocUrl }),
    rules,
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, automationDetails: { id: automationId(context.category) }, columnKind: 'utf16CodeUnits', results }],
  };
}

/** A category as `runAutomationDetails.id` wants it: ending in `/`, so code scanning reads all of it as the category. */
function automationId(category: string | undefined): string {
  if (!category) return SARIF_CATEGORY;
  return category.endsWith('/') ? category : `${category}/`;
}

/**
 * The findings SARIF holds, in its order: those code scanning can place (a line in a file), not accepted ones first,
 * the most severe first, each severity in the outcome's order; at most `maxResults` of them.
 */
function sarifFindings(outcome: Outcome, maxResults = SARIF_MAX_RESULTS): { finding: Finding; index: number }[] {
  return outcome.findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => placeable(finding))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .slice(0, Math.min(maxResults, SARIF_MAX_RESULTS));
}

/** How many findings SARIF leaves out, and why. */
export function sarifOmissions(outcome: Outcome, options: SarifOptions = {}): SarifOmissions {
  const placed = outcome.findings.filter(placeable).length;
  return { overLimit: Math.max(0, placed - Math.min(options.maxResults ?? SARIF_MAX_RESULTS, SARIF_MAX_RESULTS)), withoutLine: outcome.findings.length - placed };
}

/** A sentence for the notice and the summary: how many findings SARIF holds, and why the others are not in it. */
export function describeSarifOmissions(outcome: Outcome, omissions: SarifOmissions): string {
  const kept = outcome.findings.length - omissions.overLimit - omissions.withoutLine;
  const why = [
    omissions.overLimit ? `${omissions.overLimit} over the limit of results a run (the least severe)` : '',
    omissions.withoutLine ? `${omissions.withoutLine} without a file to point at (code scanning needs a location)` : '',
  ].filter(Boolean);
  return `The SARIF file holds ${kept} of ${outcome.findings.length} findings, the most severe first; left out: ${why.join(', ')}.`;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function rank(finding: Finding): number {
  return SEVERITY_RANK[finding.severity] + (finding.suppressed ? 3 : 0);
}

/**
 * A finding code scanning can show: one with a line, or one about a file (a render error of a manifest, at its first
 * line). A finding about a directory or the whole run (`no-targets` at `.`) has no region to give: it is left out.
 */
function placeable(finding: Finding): boolean {
  return finding.location !== undefined || FILE.test(finding.target.path);
}

const FILE = /\.(?:ya?ml|json)$/i;

/** The SARIF document as a file's text. */
export function formatSarifText(outcome: Outcome, context: ReportContext & SarifOptions = {}): string {
  return `${jsonText(JSON.stringify(formatSarif(outcome, context), null, 2))}\n`;
}

function describeRule(id: string, rule: RuleInfo | undefined, findings: Finding[], context: ReportContext): Json {
  const severity = rule?.severity ?? findings[0]!.severity;
  const title = sarifText(rule?.title ?? findings[0]!.title);
  const helpUri = ruleDocUrl(rule, context) ?? (rule && !rule.custom ? rule.references[0] : undefined);
  const tags = ['security', 'kubernetes', ...(rule?.profiles ?? []), ...(rule?.custom ? ['custom'] : []), ...(couldNotCheck(findings[0]!) ? ['not-checked'] : [])];
  return {
    id,
    name: id,
    shortDescription: { text: title },
    fullDescription: { text: sarifText(rule?.description || title) },
    ...(helpUri && { helpUri }),
    help: { text: sarifText(helpText(rule, title)), markdown: helpMarkdown(rule, title) },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags, precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[severity], 'security-severity': SECURITY_SEVERITY[severity] },
  };
}

function helpText(rule: RuleInfo | undefined, title: string): string {
  if (!rule) return title;
  return [rule.description || title, rule.remediation && `How to fix: ${rule.remediation}`, ...rule.references].filter(Boolean).join('\n\n');
}

/**
 * Help as GitHub shows it on an alert. Our rules' text is ours and keeps its Markdown; a custom rule's may come
 * from the pull request, so it is escaped (code spans kept).
 */
function helpMarkdown(rule: RuleInfo | undefined, title: string): string {
  const text = (value: string) => (rule?.custom ? markdownWithCode(value) : value);
  if (!rule) return markdownWithCode(title);
  const references = rule.custom ? rule.references.map((reference) => `- ${markdownWithCode(reference)}`) : rule.references.map((reference) => `- <${reference}>`);
  return [
    text(rule.description || title),
    rule.remediation ? `**How to fix:** ${text(rule.remediation)}` : '',
    references.length ? `**References:**\n\n${references.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function formatResult(finding: Finding, ruleIndex: number, fingerprint: string, context: ReportContext): Json {
  const object = describeObjects(finding);
  const subject = [object, `from ${describeTarget(finding.target)}`].filter(Boolean).join(' ');
  const location = finding.location;
  const file = repositoryPath(location?.file ?? finding.target.path, context);
  // Without a line, the file's first line: code scanning drops a result that has no region.
  const region = location ? { startLine: location.line, ...(location.column && { startColumn: location.column }) } : { startLine: 1 };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: sarifText(`${finding.message} (${subject})`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' }, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(finding.suppressed && {
      suppressions: [{ kind: finding.suppressed.by === 'config' ? 'external' : 'inSource', status: 'accepted', justification: sarifText(finding.suppressed.reason) }],
    }),
    properties: {
      target: sarifText(describeTarget(finding.target)),
      ...(object && { object: sarifText(object) }),
      ...(finding.fieldPath && { fieldPath: finding.fieldPath.map((step) => (typeof step === 'string' ? sarifText(step) : step)) }),
    },
  };
}
