// Speaking to the pull request: its changes, the check run and the sticky comment. Never fails the step: a report
// GitHub refuses (a fork's read-only token) is a notice, a rate limit or any other failure a warning; the verdict stays the outcome's.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { ConfigError, errorMessage } from '../errors.js';
import { Inputs, oneOf, type InputReader } from '../inputs.js';
import type { Outcome } from '../model.js';
import { CHECK_RUN_NAME, formatCheckRun } from '../report/checks.js';
import { commentMarker, formatComment, wantsComment, type CommentMode } from '../report/comment.js';
import { SARIF_MAX_RESULTS } from '../report/sarif.js';
import { repositoryUrlFrom, type ChangedLines, type ReportContext } from '../report/context.js';
import { commandData } from '../report/escape.js';
import { connectGitHub, TOTAL_WAIT_SECONDS, type GitHubApi } from './api.js';
import { checksOutPullRequest } from './base.js';
import { runIdentity, safeLabel, type RunIdentity } from './category.js';
import { readChanges } from './changes.js';
import { publishCheckRun, refusalOf } from './checks.js';
import { upsertComment } from './comment.js';
import { changedLines, type PullRequestChanges } from './diff.js';
import { readPullRequest, runUrl, type PullRequest } from './event.js';

export interface GitHubSettings {
  /** Token for the API: the `github-token` input (GITHUB_TOKEN by default). Blank: no check run, comment or files API. */
  token: string;
  /** When to write the sticky comment. */
  comment: CommentMode;
}

type Env = Record<string, string | undefined>;

/** Read from the workflow's inputs only: a config file in the pull request must not turn comments on. */
export function readGitHubSettings(read: InputReader): GitHubSettings {
  return {
    token: read(Inputs.githubToken).trim(),
    comment: oneOf(Inputs.comment, read(Inputs.comment) || 'off', ['off', 'on-failure', 'always'] as const),
  };
}

/** What names this job's reports, and how big SARIF may be: from the workflow's inputs only. */
export interface RunNaming {
  identity: RunIdentity;
  sarifMaxResults: number;
}

export function readRunNaming(read: InputReader, env: Env): RunNaming {
  return { identity: runIdentity(read(Inputs.category), env.GITHUB_JOB, read(Inputs.matrix)), sarifMaxResults: maxResults(read(Inputs.sarifMaxResults)) };
}

function maxResults(value: string): number {
  const text = value.trim();
  if (!text) return SARIF_MAX_RESULTS;
  const number = Number(text);
  if (!/^\d+$/.test(text) || number < 1 || number > SARIF_MAX_RESULTS) {
    throw new ConfigError(`Invalid ${Inputs.sarifMaxResults} '${value}'. Expected a whole number from 1 to ${SARIF_MAX_RESULTS} (code scanning rejects more results in a run).`);
  }
  return number;
}

/** The check run's name and the comment's marker and title for this job. */
function naming(identity: RunIdentity | undefined): { checkName: string; marker: string; label?: string } {
  const label = identity?.label ? safeLabel(identity.label) : '';
  return label ? { checkName: `${CHECK_RUN_NAME} (${label})`, marker: commentMarker(label), label } : { checkName: CHECK_RUN_NAME, marker: commentMarker() };
}

export interface PullRequestContext {
  pull: PullRequest;
  api?: GitHubApi;
  /** Undefined when neither git nor the API could tell. */
  changes?: PullRequestChanges;
  /** What reports need to place findings: the checked directory in the repository, the head commit, the changed lines. */
  report: ReportContext;
  comment: CommentMode;
  env: Env;
}

export interface Log {
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
}

/** All of it, for the action: a pull request event gets its check run and comment; nothing here fails the step. */
export async function reportToPullRequest(outcome: Outcome, settings: GitHubSettings, env: Env, checked: { root: string; workspace?: string }, log: Log): Promise<void> {
  try {
    const context = await openPullRequest(settings, env, checked, log);
    if (context) await publishToPullRequest(outcome, context, log);
  } catch (error) {
    log.warning(commandData(`The pull request could not be reported to (the findings are in the annotations and the job summary): ${errorMessage(error)}`));
  }
}

/** The pull request of this run and what it changes; undefined for other events. */
export async function openPullRequest(settings: GitHubSettings, env: Env, checked: { root: string; workspace?: string }, log: Log): Promise<PullRequestContext | undefined> {
  const pull = readPullRequest(readEvent(env.GITHUB_EVENT_PATH), env);
  if (!pull) return undefined;
  const api = settings.token ? await connectGitHub(settings.token, env.GITHUB_API_URL || 'https://api.github.com') : undefined;
  const workspace = checked.workspace ?? checked.root;
  const directory = relative(workspace, checked.root).split(sep).join('/');
  if (env.GITHUB_EVENT_NAME === 'pull_request_target' && (await checksOutPullRequest(workspace, pull.headSha)) === false) {
    log.warning(PULL_REQUEST_TARGET_BASE);
  }
  const { changes, problem } = await readChanges(pull, workspace, api);
  if (problem) log.info(commandData(`The lines this pull request changes are unknown: ${problem}.`));
  const changed: ChangedLines | undefined = changes && changedLines(changes, directory);
  const repositoryUrl = repositoryUrlFrom(env);
  const report: ReportContext = { pathPrefix: directory, sha: pull.headSha, ...(repositoryUrl && { repositoryUrl }), ...(changed && { changed }) };
  return { pull, ...(api && { api }), ...(changes && { changes }), report, comment: settings.comment, env };
}

/** Said when a `pull_request_target` run checked the base branch (checkout's default for that event), not the pull request. */
export const PULL_REQUEST_TARGET_BASE =
  "This pull_request_target run checked out the base branch (actions/checkout's default for this event), so it judged the base, not the pull request's changes. Check out the pull request's head (with: ref: ${{ github.event.pull_request.head.sha }}, persist-credentials: false); kube-policy-gate only reads those files, but keep other steps of a job with a write token away from them.";

/**
 * The check run, then the comment; one notice for whatever GitHub refused for a permission, so the reader knows where
 * findings went. A rate limit is said as such (a warning), and stops the writes that would meet it again.
 */
export async function publishToPullRequest(outcome: Outcome, context: PullRequestContext, log: Log, identity?: RunIdentity): Promise<void> {
  const { api, pull, env } = context;
  if (!api) {
    log.info('No github-token: no check run and no comment.');
    return;
  }
  const refused: string[] = [];
  const limited: string[] = [];
  const details = runUrl(env);
  const { checkName, marker, label } = naming(identity);
  const requests = formatCheckRun(outcome, { ...context.report, headSha: pull.headSha, checkName, ...(details && { detailsUrl: details }) });
  const check = await publishCheckRun(api, pull.repository, requests);
  if (check.published) log.info(`Check run ${requests.create.name} written with ${requests.create.output.annotations.length + requests.updates.reduce((sum, update) => sum + update.output.annotations.length, 0)} annotations${check.url ? `: ${check.url}` : ''}.`);
  else if (check.refusal === 'forbidden') refused.push('the check run (needs `checks: write`)');
  else if (check.refusal === 'rate-limited') limited.push(`the check run${check.url ? ` (${check.url} is incomplete and says so)` : ''}: ${check.reason}`);
  else log.warning(commandData(`The check run could not be written (the findings are in the annotations and the job summary): ${check.reason}`));

  const comment = commentAction(context.comment, outcome);
  if (comment && limited.length) limited.push('the pull request comment was not attempted');
  else if (comment) {
    const body = formatComment(outcome, { ...context.report, marker, ...(label && { label }), ...(details && { runUrl: details }) });
    try {
      const result = await upsertComment(api, pull, body, comment === 'update-only', marker);
      if (result.action !== 'none') log.info(`Pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === 'forbidden') refused.push('the pull request comment (needs `pull-requests: write`)');
      else if (refusal === 'rate-limited') limited.push(`the pull request comment: ${errorMessage(error)}`);
      else log.warning(commandData(`The pull request comment could not be written: ${errorMessage(error)}`));
    }
  }
  if (refused.length) {
    const why = context.pull.fromFork ? 'this pull request comes from a fork, and its token is read-only' : 'the token lacks the permission';
    log.notice(`GitHub refused ${refused.join(' and ')}: ${why}. The findings are in the annotations of this step and the job summary.`);
  }
  if (limited.length) {
    log.warning(commandData(`GitHub rate limited this token, and the wait it asked for passed this run's budget (${TOTAL_WAIT_SECONDS} s in all) — not a missing permission. Not written: ${limited.join('; ')}. The verdict stands; the findings are in the annotations of this step and the job summary.`));
  }
}

/**
 * Whether to write the comment: `on-failure` on a passing run only updates a comment an earlier failing run left,
 * so that it no longer says "failed"; it never creates one.
 */
function commentAction(mode: CommentMode, outcome: Outcome): 'upsert' | 'update-only' | undefined {
  if (wantsComment(mode, outcome)) return 'upsert';
  return mode === 'on-failure' ? 'update-only' : undefined;
}

function readEvent(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
