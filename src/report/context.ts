// What reporters know besides the outcome: the rules' metadata, where the checked directory sits in the repository,
// the commit to link to and the lines the pull request changes. Plain data, built by the action or the CLI.
import type { Finding } from '../model.js';
import { PIPELINE_RULES } from '../model.js';
import type { RuleInfo } from '../policy/bundle.js';

/** What the pull request touches, in the frame of finding locations (relative to the checked directory). */
export interface ChangedLines {
  /** Every path the pull request adds or modifies. */
  files: ReadonlySet<string>;
  /** `path:line` for every added or modified line. */
  lines: ReadonlySet<string>;
}

export interface ReportContext {
  /** Rules as the run configured them: titles, remediation and help; a rule missing here is described by its findings. */
  rules?: readonly RuleInfo[];
  /**
   * The checked directory relative to the repository root ('' for the root). Findings are relative to the checked
   * directory; GitHub (annotations, SARIF, links) wants paths relative to the repository.
   */
  pathPrefix?: string;
  /** `https://github.com/owner/repo`: file links point into it at `sha`. */
  repositoryUrl?: string;
  /** The commit the links show (the pull request's head, not the merge commit the checkout holds). */
  sha?: string;
  /** Where each rule's section in docs/rules.md lives: `<url>#<rule id>` (the action's own repository). */
  rulesDocUrl?: string;
  /** What the pull request changes; findings there come first. */
  changed?: ChangedLines;
  /** The version of kube-policy-gate that ran. */
  toolVersion?: string;
}

/** Rule ids of findings that mean "this was not checked", as opposed to "checked and failed". */
const NOT_CHECKED_RULES = new Set<string>([...Object.values(PIPELINE_RULES), 'no-targets', 'skipped-link', 'not-checked']);

export function couldNotCheck(finding: Finding): boolean {
  return NOT_CHECKED_RULES.has(finding.ruleId);
}

/** A repository-relative path for a path relative to the checked directory. */
export function repositoryPath(file: string, context: ReportContext): string {
  const prefix = (context.pathPrefix ?? '').replace(/^(\.\/)+|^\.$|\/+$/g, '');
  if (!prefix) return file;
  return file === '.' ? prefix : `${prefix}/${file}`;
}

/** How close a finding is to what the pull request changed: 0 on a changed line, 1 in a changed file, 2 elsewhere. */
export function changeRank(finding: Finding, changed: ChangedLines | undefined): 0 | 1 | 2 {
  const location = finding.location;
  if (!changed || !location) return 2;
  if (changed.lines.has(`${location.file}:${location.line}`)) return 0;
  return changed.files.has(location.file) ? 1 : 2;
}

/** A URL path made of a repository path: every segment percent-encoded, so no file name can end or redirect the link. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/** The finding's line at the linked commit, when the context knows the repository and the commit. */
export function lineUrl(finding: Finding, context: ReportContext): string | undefined {
  const { location } = finding;
  if (!location || !context.repositoryUrl || !context.sha) return undefined;
  return `${context.repositoryUrl}/blob/${context.sha}/${encodePath(repositoryPath(location.file, context))}#L${location.line}`;
}

/** The rule's section in docs/rules.md; none for the user's own rules, which that page does not describe. */
export function ruleDocUrl(rule: RuleInfo | undefined, context: ReportContext): string | undefined {
  if (!rule || rule.custom || !context.rulesDocUrl) return undefined;
  return `${context.rulesDocUrl}#${encodeURIComponent(rule.id)}`;
}

export function ruleIndex(context: ReportContext): Map<string, RuleInfo> {
  return new Map((context.rules ?? []).map((rule) => [rule.id, rule]));
}

/**
 * Where docs/rules.md is for the action that runs: the action's repository at its ref (GITHUB_ACTION_REPOSITORY and
 * GITHUB_ACTION_REF, set for a step that runs an action), else the checked repository at `sha` (`uses: ./`).
 */
export function rulesDocUrlFrom(env: Record<string, string | undefined>, repositoryUrl: string | undefined, sha: string | undefined): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (repository && /^[\w.-]+\/[\w.-]+$/.test(repository) && ref) return `${server}/${repository}/blob/${encodePath(ref)}/docs/rules.md`;
  return repositoryUrl && sha ? `${repositoryUrl}/blob/${sha}/docs/rules.md` : undefined;
}

/** `https://github.com/owner/repo` of the run's repository, from the runner's environment. */
export function repositoryUrlFrom(env: Record<string, string | undefined>): string | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${repository}`;
}
