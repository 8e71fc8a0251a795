// What a run showed: its findings (from the CLI's JSON or the action's annotations), and the checks on the
// text itself: workflow commands the runner would obey, headings in the step summary.
import type { ExpectedFinding } from './cases.js';

export interface SeenFinding {
  rule: string;
  severity: string;
  file?: string;
  line?: number;
  message: string;
}

export function cliFindings(stdout: string): SeenFinding[] {
  const report = JSON.parse(stdout) as { findings: { ruleId: string; severity: string; message: string; location?: { file: string; line: number } }[] };
  return report.findings.map((finding) => ({
    rule: finding.ruleId,
    severity: finding.severity,
    file: finding.location?.file,
    line: finding.location?.line,
    message: finding.message,
  }));
}

/** Commands the runner obeys that only report: everything else (`add-mask`, `stop-commands`, `set-output`…) must not come from us. */
const ANNOTATION_COMMANDS = /^::(error|warning|notice|debug|group|endgroup)( |::)/;

/**
 * Lines of stdout as the runner reads them: split at CR and LF, leading whitespace trimmed before `::`; and the
 * legacy `##[` form, which the runner honours anywhere in a line. Besides non-annotation commands, an annotation
 * is forged when it does not start a line of its own (it followed a CR or blanks: our emitter writes each command
 * at the start of a line) or when its message starts with a payload of the corpus (which all say `forged`).
 */
export function forgedCommands(stdout: string): string[] {
  const problems: string[] = [];
  const emitted = new Set(stdout.split('\n').filter((line) => line.startsWith('::')));
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
    if (raw.includes('##[')) problems.push(`legacy command: ${JSON.stringify(raw)}`);
    if (!line.startsWith('::')) continue;
    if (!ANNOTATION_COMMANDS.test(line)) problems.push(`workflow command: ${JSON.stringify(raw)}`);
    else if (!emitted.has(raw)) problems.push(`annotation that does not start a line: ${JSON.stringify(raw)}`);
    else if (/^::\w+(?: [^:]*)?::forged/.test(line)) problems.push(`annotation with a payload's message: ${JSON.stringify(raw)}`);
  }
  return problems;
}

/** The annotations the action wrote, read back as the runner decodes them; `[rule]` ends each message. */
export function actionFindings(stdout: string): { findings: SeenFinding[]; plainErrors: string[] } {
  const findings: SeenFinding[] = [];
  const plainErrors: string[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), decode(pair.slice(pair.indexOf('=') + 1))]),
    );
    const message = decode(match[3]!);
    const rule = /\[([a-z0-9-]+)\]\s*$/.exec(message)?.[1];
    if (!rule) {
      if (match[1] === 'error' && !properties.file) plainErrors.push(message);
      continue;
    }
    findings.push({
      rule,
      severity: match[1]!,
      file: properties.file,
      line: properties.line === undefined ? undefined : Number(properties.line),
      message,
    });
  }
  return { findings, plainErrors };
}

function decode(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

/** Headings in the step summary that claim a pass, split at every line ending Markdown knows. */
export function passingHeadings(summary: string): string[] {
  return summary.split(/\r\n|\r|\n/).filter((line) => /^ {0,3}#{1,6}(\s|$)/.test(line) && /pass/i.test(line));
}

export function matches(expected: ExpectedFinding, seen: SeenFinding): boolean {
  return (
    expected.rule === seen.rule &&
    (expected.severity === undefined || expected.severity === seen.severity) &&
    (expected.file === undefined || (seen.file !== undefined && presentedPath(expected.file) === presentedPath(seen.file))) &&
    (expected.line === undefined || expected.line === seen.line) &&
    (expected.message === undefined || seen.message.includes(expected.message))
  );
}

/**
 * A path as a report may present it: line terminators raw or written as escapes (`\r`, `\u2028`…), `##[` raw or
 * as `##\[`. How a hostile name is shown is the reporter's choice; that it forges nothing is checked elsewhere.
 */
export function presentedPath(path: string): string {
  return path
    .replace(/[\r\n\u2028\u2029\u0085]|\\(?:r|n|N|u2028|u2029|u0085|x85|u000[dDaA])/g, '⏎')
    .replace(/#\\?#\\?\[/g, '##[');
}

/** Pairs every expectation with its own finding; returns the unmatched of both sides (empty when exact). */
export function compareFindings(expected: ExpectedFinding[], seen: SeenFinding[]): { missing: ExpectedFinding[]; unexpected: SeenFinding[] } {
  const assignment = new Array<number>(expected.length).fill(-1);
  const taken = new Set<number>();
  // Most specific expectations first, so a loose one does not take a finding a precise one needs.
  const order = expected.map((_, index) => index).sort((a, b) => specificity(expected[b]!) - specificity(expected[a]!));
  const assign = (position: number): boolean => {
    if (position === order.length) return true;
    const index = order[position]!;
    for (let candidate = 0; candidate < seen.length; candidate++) {
      if (taken.has(candidate) || !matches(expected[index]!, seen[candidate]!)) continue;
      taken.add(candidate);
      assignment[index] = candidate;
      if (assign(position + 1)) return true;
      taken.delete(candidate);
      assignment[index] = -1;
    }
    return false;
  };
  if (assign(0)) return { missing: [], unexpected: seen.filter((_, index) => !taken.has(index)) };
  // No perfect pairing: report greedily what is missing and what is extra.
  const used = new Set<number>();
  const missing = expected.filter((want) => {
    const found = seen.findIndex((finding, index) => !used.has(index) && matches(want, finding));
    if (found < 0) return true;
    used.add(found);
    return false;
  });
  return { missing, unexpected: seen.filter((_, index) => !used.has(index)) };
}

function specificity(expected: ExpectedFinding): number {
  return [expected.severity, expected.file, expected.line, expected.message].filter((value) => value !== undefined).length;
}
