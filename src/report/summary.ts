// The job summary a reviewer reads in a minute: the verdict, what could not be checked, counts by rule and by target,
// then every finding grouped by file in collapsible sections. Escaped throughout (PR content is untrusted).
import { appliedExceptions } from '../config/exceptions.js';
import type { Finding, Outcome, Severity } from '../model.js';
import type { RuleInfo } from '../policy/bundle.js';
import { changeRank, couldNotCheck, lineUrl, repositoryPath, ruleDocUrl, ruleIndex, type ReportContext } from './context.js';
import { describeComparison, describeCounts, describeObjects, describeTarget, plural } from './describe.js';
import { markdown, markdownWithCode } from './escape.js';
import { describeSarifOmissions, sarifOmissions, type SarifOptions } from './sarif.js';

/** GitHub drops a step summary over 1 MiB entirely; stay below it with room for the closing lines. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** Room kept for the truncation line and the tags that close an open section. */
const RESERVED_BYTES = 2_000;

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'notice'];

export function formatSummary(outcome: Outcome, limitBytes = SUMMARY_LIMIT_BYTES, context: ReportContext & SarifOptions = {}): string {
  const out = new Page(limitBytes - RESERVED_BYTES);
  out.add(...formatHead(outcome, context));
  if (outcome.findings.length === 0 && !outcome.files?.notChecked.length) return out.finish(['No findings.', '']);
  const rules = ruleIndex(context);
  const notChecked = outcome.findings.filter(couldNotCheck);
  const checked = outcome.findings.filter((finding) => !couldNotCheck(finding));
  formatNotChecked(out, outcome, notChecked, context);
  if (checked.length) {
    formatRules(out, checked, rules, context);
    formatTargets(out, outcome.findings);
  }
  out.add(...formatExceptions(outcome));
  if (checked.length) formatFiles(out, checked, rules, context);
  return out.finish([...(out.omitted ? truncation(out.omitted, outcome.findings.length) : []), ...sarifNote(outcome, context)]);
}

/** What the SARIF file leaves out (code scanning takes at most 25,000 results a run, each with a line), when it does. */
function sarifNote(outcome: Outcome, context: SarifOptions): string[] {
  const { overLimit, withoutLine } = sarifOmissions(outcome, context);
  if (!overLimit && !withoutLine) return [];
  return ['', `**SARIF:** ${describeSarifOmissions(outcome, { overLimit, withoutLine })} The \`report-file\` output (JSON) holds every finding.`, ''];
}

/** Problems listed at most in the summary of a run that stopped: a page, not the whole of a mistaken 1 MiB file. */
export const ERROR_SUMMARY_PROBLEMS = 50;

/**
 * The job summary of a run that stopped before it judged anything: what was wrong, one problem a line, so the
 * summary never sits empty beside a failed step. `configuration`: the user's mistake (inputs, config file, paths).
 */
export function formatErrorSummary(problems: readonly string[], configuration: boolean): string {
  const shown = problems.slice(0, ERROR_SUMMARY_PROBLEMS);
  const more = problems.length - shown.length;
  const why = configuration
    ? `Nothing was checked: fix ${problems.length === 1 ? 'this configuration error' : `these ${problems.length} configuration errors`} (the inputs, the config file or the files they name) first.`
    : 'Nothing was checked: kube-policy-gate stopped on an unexpected error. Please report it with this message.';
  return [
    `## ❌ kube-policy-gate: ${configuration ? 'configuration error' : 'could not run'}`,
    '',
    why,
    '',
    ...shown.map((problem) => `- ${markdown(problem)}`),
    ...(more > 0 ? [`- … and ${plural(more, 'more problem')}: the log lists them all.`] : []),
    '',
  ].join('\n');
}

/** Lines added while they fit; counts the findings left out once the page is full. */
class Page {
  private readonly lines: string[] = [];
  private size = 0;
  /** Findings not shown because the page was full. */
  omitted = 0;
  full = false;

  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Adds the lines if they all fit; false (and the page is full from then on) if not. */
  add(...lines: string[]): boolean {
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    if (this.full || this.size + bytes > this.limit) {
      this.full = true;
      return false;
    }
    this.lines.push(...lines);
    this.size += bytes;
    return true;
  }

  /** Closing lines (a section's end tag) always go in: their room is reserved. */
  close(...lines: string[]): void {
    this.lines.push(...lines);
  }

  finish(tail: string[]): string {
    return [...this.lines, ...tail].join('\n');
  }
}

function truncation(omitted: number, total: number): string[] {
  return [
    '',
    `**Truncated:** ${total - omitted} of ${plural(total, 'finding')} shown, since GitHub drops a job summary over 1 MiB. ` +
      'The `report-file` output (JSON) holds every finding.',
    '',
  ];
}

function formatHead(outcome: Outcome, context: ReportContext): string[] {
  const icon = outcome.verdict === 'fail' ? '❌' : '✅';
  const unjudged = unjudgedDeployments(outcome);
  const lines = [
    `## ${icon} kube-policy-gate: ${outcome.verdict === 'fail' ? 'failed' : 'passed'}${unjudged ? ` (${plural(unjudged, 'deployment')} not judged)` : ''}`,
    '',
    `**${markdown(describeCounts(outcome))}** (fail-on: \`${outcome.failOn}\`)`,
    '',
  ];
  lines.push(...formatPending(outcome));
  if (outcome.files) lines.push(`Checked ${plural(outcome.files.checked, 'file')} of ${outcome.files.total}.`, '');
  if (outcome.comparison) lines.push(markdown(describeComparison(outcome)), ...(outcome.comparison.notice ? ['', `> ${markdown(outcome.comparison.notice)}`] : []), '');
  if (context.changed) {
    const counted = outcome.findings.filter((finding) => !finding.suppressed);
    const onLines = counted.filter((finding) => changeRank(finding, context.changed) === 0).length;
    const inFiles = counted.filter((finding) => changeRank(finding, context.changed) === 1).length;
    lines.push(`In code this pull request changes: ${plural(onLines, 'finding')} on changed lines (marked ✏️ below), ${inFiles} more in changed files.`, '');
  }
  return [...lines, ...formatConfiguration(outcome), ...formatVersions(outcome)];
}

/**
 * How many objects of the repository that deploy something (Argo CD Applications, Flux Kustomizations and
 * HelmReleases) deploy what was not rendered and judged, exceptions or not: the first thing a reviewer must know.
 */
function unjudgedDeployments(outcome: Outcome): number {
  const deployers = new Set<string>();
  for (const finding of outcome.findings.filter(couldNotCheck)) {
    for (const { target } of [finding, ...(finding.alsoFor ?? [])]) {
      const deployer = target.deployedBy;
      if (deployer) deployers.add(JSON.stringify([deployer.kind, deployer.namespace, deployer.name, deployer.file]));
    }
  }
  return deployers.size;
}

/** Which Pod Security level and version judged each namespace, and the rules the Kubernetes version skipped. */
function formatVersions(outcome: Outcome): string[] {
  const lines: string[] = [];
  const judged = outcome.podSecurity ?? [];
  if (judged.length) {
    const each = judged.map(({ namespace, level, version }) => `${markdown(namespace)} ${level} ${version}`).join(', ');
    lines.push(`Pod Security by namespace: ${each}.`, '');
  }
  for (const { rule, reason } of outcome.skippedRules ?? []) lines.push(`Skipped ${markdown(rule)}: ${markdown(reason)}.`, '');
  return lines;
}

/** What the config file changed about the rules: it is part of the pull request, so a reviewer should see it. */
function formatConfiguration(outcome: Outcome): string[] {
  const config = outcome.configuration;
  if (!config) return [];
  // Plain escaped text, not code spans: GitHub shows entities in a code span as they are written.
  const code = (ids: string[]) => ids.map(markdown).join(', ');
  const changes = [
    config.disabled.length ? `disables ${code(config.disabled)}` : '',
    config.enabled.length ? `enables ${code(config.enabled)}` : '',
    config.regraded.length ? `re-grades ${config.regraded.map(({ rule, severity }) => `${code([rule])} to ${severity}`).join(', ')}` : '',
    config.parameters.length ? `sets parameters of ${code(config.parameters)}` : '',
    config.exceptions ? `declares ${config.exceptions} exception${config.exceptions === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const what = changes.length ? changes.join('; ') : 'changes no rule';
  return [`Config file ${markdown(config.file)}: ${what}.`, ''];
}

/**
 * What the pull request's config changes to no effect yet (the base branch's config decides what may loosen), and
 * why nothing may loosen when the base's config could not be read. At the top: it is what a reviewer must not miss.
 */
export function formatPending(outcome: Outcome): string[] {
  const configuration = outcome.configuration;
  const from = configuration?.trustedFrom;
  const pending = configuration?.pending ?? [];
  const lines: string[] = [];
  if (from && 'problem' in from) lines.push(`> The base branch's config could not be read, so this pull request's config applies only where it is stricter than the defaults: ${markdown(from.problem)}`, '');
  if (pending.length === 0) return lines;
  lines.push(`**Pending until merged** (${plural(pending.length, 'change')} to ${markdown(configuration!.file)} that would loosen the gate):`, '');
  for (const change of pending) lines.push(`- ${markdown(change.message)}${change.line ? ` (line ${change.line})` : ''}`);
  return [...lines, ''];
}

/** What accepted findings, so a reviewer sees every exception a run relied on (the config file is PR content too). */
function formatExceptions(outcome: Outcome): string[] {
  const applied = appliedExceptions(outcome.findings);
  if (applied.length === 0) return [];
  const rows = applied.map((exception) => {
    const where = exception.file ? `${markdown(exception.file)}${exception.line ? `:${exception.line}` : ''}` : '';
    const by = exception.by === 'config' ? 'config' : 'annotation';
    return `| ${by} | ${where} | ${markdown(exception.reason)} | ${markdown(exception.owner ?? '')} | ${markdown(exception.expires ?? '')} | ${exception.findings} |`;
  });
  return ['### Exceptions applied', '', '| By | Where | Reason | Owner | Expires | Findings |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''];
}

/** Render, parse and evaluation errors and files left out: "could not check" is not "checked and fine". */
function formatNotChecked(out: Page, outcome: Outcome, findings: Finding[], context: ReportContext): void {
  const files = outcome.files?.notChecked ?? [];
  if (findings.length === 0 && files.length === 0) return;
  out.add('### ⚠️ Not checked', '', '| Severity | Where | Problem | Details |', '| --- | --- | --- | --- |');
  for (const finding of findings) {
    const where = finding.location ? formatFile(finding, context) : markdown(describeTarget(finding.target));
    const severity = finding.suppressed ? `${finding.severity} (accepted)` : finding.severity;
    if (!out.add(`| ${severity} | ${where} | ${markdownWithCode(finding.title)} | ${markdownWithCode(finding.message)} |`)) out.omitted++;
  }
  for (const file of files) out.add(`| | ${markdown(repositoryPath(file.file, context))} | not checked | ${markdown(file.reason)} |`);
  out.add('');
}

/** One row a rule: what it is (linked to its section in docs/rules.md), how many, how to fix. Errors first. */
function formatRules(out: Page, findings: Finding[], rules: Map<string, RuleInfo>, context: ReportContext): void {
  const byRule = groupBy(findings, (finding) => finding.ruleId);
  const rows = [...byRule].map(([id, group]) => ({ id, group, worst: worstSeverity(group), counted: group.filter((finding) => !finding.suppressed).length }));
  rows.sort((a, b) => SEVERITY_ORDER.indexOf(a.worst) - SEVERITY_ORDER.indexOf(b.worst) || b.counted - a.counted || a.id.localeCompare(b.id));
  out.add('### Rules', '', '| Rule | Severity | Findings | How to fix |', '| --- | --- | --- | --- |');
  for (const { id, group, worst, counted } of rows) {
    const rule = rules.get(id);
    const url = ruleDocUrl(rule, context);
    const name = url ? `[${markdown(id)}](${url})` : markdown(id);
    const title = markdownWithCode(rule?.title ?? group[0]!.title);
    const accepted = group.length - counted;
    const count = `${counted}${accepted ? ` (+${accepted} accepted)` : ''}`;
    out.add(`| **${name}**<br>${title} | ${worst} | ${count} | ${markdownWithCode(rule?.remediation ?? '')} |`);
  }
  out.add('');
}

/** Counts by target: which overlay, chart or file set holds the work. */
function formatTargets(out: Page, findings: Finding[]): void {
  const byTarget = groupBy(
    findings.filter((finding) => !finding.suppressed),
    (finding) => describeTarget(finding.target),
  );
  if (byTarget.size === 0) return;
  const count = (group: Finding[], severity: Severity) => group.filter((finding) => finding.severity === severity).length;
  const rows = [...byTarget].sort(([, a], [, b]) => count(b, 'error') - count(a, 'error') || count(b, 'warning') - count(a, 'warning') || count(b, 'notice') - count(a, 'notice'));
  out.add('### Targets', '', '| Target | Errors | Warnings | Notices |', '| --- | --- | --- | --- |');
  for (const [name, group] of rows) {
    const cell = (severity: Severity) => count(group, severity) || '';
    out.add(`| ${markdown(name)} | ${cell('error')} | ${cell('warning')} | ${cell('notice')} |`);
  }
  out.add('');
}

/** Every finding, grouped by file, files the pull request touches first; each group a collapsible section. */
function formatFiles(out: Page, findings: Finding[], rules: Map<string, RuleInfo>, context: ReportContext): void {
  const byFile = [...groupBy(findings, (finding) => finding.location?.file ?? '')];
  const rank = (group: Finding[]) => Math.min(...group.map((finding) => changeRank(finding, context.changed)));
  // Files the pull request touches first, then by their worst finding that counts; accepted-only files last.
  const worst = (group: Finding[]) => {
    const counted = group.filter((finding) => !finding.suppressed);
    return counted.length ? SEVERITY_ORDER.indexOf(worstSeverity(counted)) : SEVERITY_ORDER.length;
  };
  const ordered = byFile
    .map((entry, index) => ({ entry, index, rank: rank(entry[1]), worst: worst(entry[1]) }))
    .sort((a, b) => a.rank - b.rank || a.worst - b.worst || a.index - b.index);
  out.add('### Findings by file', '');
  for (const { entry: [file, group], rank: fileRank } of ordered) {
    const rows = [...group].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    const name = file ? `<code>${markdown(repositoryPath(file, context))}</code>` : 'Without a file';
    const changed = fileRank < 2 ? ' · changed in this pull request' : '';
    const summary = `<details><summary>${name} — ${describeGroup(group)}${changed}</summary>`;
    if (!out.add(summary, '', '| Line | Severity | Rule | Object | Message |', '| --- | --- | --- | --- | --- |')) {
      out.omitted += group.length;
      continue;
    }
    for (const finding of rows) if (!out.add(formatRow(finding, rules, context))) out.omitted++;
    out.close('', '</details>', '');
  }
}

function describeGroup(group: Finding[]): string {
  const counted = group.filter((finding) => !finding.suppressed);
  const parts = SEVERITY_ORDER.map((severity) => [severity, counted.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => plural(count, severity));
  const accepted = group.length - counted.length;
  if (accepted) parts.push(`${accepted} accepted`);
  return parts.join(', ');
}

/** One table row; every piece of PR text goes through markdown() so it cannot leave its cell. */
function formatRow(finding: Finding, rules: Map<string, RuleInfo>, context: ReportContext): string {
  const line = finding.location ? String(finding.location.line) : '';
  const url = lineUrl(finding, context);
  const where = url ? `[${line}](${url})` : line;
  const mark = changeRank(finding, context.changed) === 0 ? '&nbsp;✏️' : '';
  const severity = finding.suppressed ? `${finding.severity} (accepted)` : finding.severity;
  const title = rules.get(finding.ruleId)?.title ?? finding.title;
  const rule = `${markdown(finding.ruleId)}<br><sub>${markdownWithCode(title)}</sub>`;
  const object = `${markdown(describeObjects(finding))}<br><sub>${markdown(describeTarget(finding.target))}</sub>`;
  return `| ${where}${mark} | ${severity} | ${rule} | ${object} | ${markdown(finding.message)} |`;
}

/** The file a problem is about (linked when the context can): its line 1 says nothing, the file does. */
function formatFile(finding: Finding, context: ReportContext): string {
  const { location } = finding;
  if (!location) return '';
  const text = markdown(repositoryPath(location.file, context));
  const url = lineUrl(finding, context)?.replace(/#L\d+$/, '');
  return url ? `[${text}](${url})` : text;
}

function worstSeverity(findings: Finding[]): Severity {
  return SEVERITY_ORDER.find((severity) => findings.some((finding) => finding.severity === severity)) ?? 'notice';
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}
