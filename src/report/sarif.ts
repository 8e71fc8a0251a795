// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and any other SARIF reader: every finding
// with a repository-relative region and a stable fingerprint, every rule with its help and security severity.
import type { Finding, Outcome, Severity } from '../model.js';
import type { RuleInfo } from '../policy/bundle.js';
import { couldNotCheck, encodePath, repositoryPath, ruleDocUrl, ruleIndex, type ReportContext } from './context.js';
import { describeObjects, describeTarget } from './describe.js';
import { jsonText, markdownWithCode, sarifText } from './escape.js';
import { fingerprints } from '../compare/fingerprint.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The code scanning category: fixed, so each run replaces the alerts of the one before instead of adding to them. */
export const SARIF_CATEGORY = 'kube-policy-gate/';

/** The partialFingerprints key; bump its version only when the identity of a finding changes meaning (v2: without the target's path). */
export const FINGERPRINT_KEY = 'kubePolicyGate/v3';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

/** GitHub reads 9.0+ as critical, 7.0–8.9 high, 4.0–6.9 medium, below that low. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warning: '5.0', notice: '2.0' };

const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'recommendation' };

type Json = Record<string, unknown>;

export function formatSarif(outcome: Outcome, context: ReportContext = {}): Json {
  const known = ruleIndex(context);
  const ids = [...new Set(outcome.findings.map((finding) => finding.ruleId))].sort();
  const rules = ids.map((id) => describeRule(id, known.get(id), outcome.findings.filter((finding) => finding.ruleId === id), context));
  // The outcome set them; an outcome made by hand (tests, older JSON) gets them the same way.
  const computed = fingerprints(outcome.findings);
  const prints = outcome.findings.map((finding, index) => finding.fingerprint ?? computed[index]!);
  const results = outcome.findings.map((finding, index) => formatResult(finding, ids.indexOf(finding.ruleId), prints[index]!, context));
  const driver: Json = {
    name: 'kube-policy-gate',
    ...(context.toolVersion && { version: context.toolVersion, semanticVersion: context.toolVersion }),
    ...(context.rulesDocUrl && { informationUri: context.rulesDocUrl }),
    rules,
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{ tool: { driver }, automationDetails: { id: SARIF_CATEGORY }, columnKind: 'utf16CodeUnits', results }],
  };
}

/** The SARIF document as a file's text. */
export function formatSarifText(outcome: Outcome, context: ReportContext = {}): string {
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
  const region = location && { startLine: location.line, ...(location.column && { startColumn: location.column }) };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: sarifText(`${finding.message} (${subject})`) },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodePath(file), uriBaseId: '%SRCROOT%' }, ...(region && { region }) } }],
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
