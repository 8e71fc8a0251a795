// Speaking to the pull request: its changes, the check run and the sticky comment. Never fails the step: a report
// GitHub refuses (a fork's read-only token) is a notice, any other failure a warning; the verdict stays the outcome's.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { errorMessage } from '../errors.js';
import { Inputs, oneOf, type InputReader } from '../inputs.js';
import type { Outcome } from '../model.js';
import { formatCheckRun } from '../report/checks.js';
import { formatComment, wantsComment, type CommentMode } from '../report/comment.js';
import { repositoryUrlFrom, type ChangedLines, type ReportContext } from '../report/context.js';
import { commandData } from '../report/escape.js';
import { connectGitHub, type GitHubApi } from './api.js';
import { readChanges } from './changes.js';
import { publishCheckRun } from './checks.js';
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
  const { changes, problem } = await readChanges(pull, workspace, api);
  if (problem) log.info(commandData(`The lines this pull request changes are unknown: ${problem}.`));
  const changed: ChangedLines | undefined = changes && changedLines(changes, directory);
  const repositoryUrl = repositoryUrlFrom(env);
  const report: ReportContext = { pathPrefix: directory, sha: pull.headSha, ...(repositoryUrl && { repositoryUrl }), ...(changed && { changed }) };
  return { pull, ...(api && { api }), ...(changes && { changes }), report, comment: settings.comment, env };
}

/** The check run, then the comment; one notice for whatever GitHub refused, so the reader knows where findings went. */
export async function publishToPullRequest(outcome: Outcome, context: PullRequestContext, log: Log): Promise<void> {
  const { api, pull, env } = context;
  if (!api) {
    log.info('No github-token: no check run and no comment.');
    return;
  }
  const refused: string[] = [];
  const details = runUrl(env);
  const requests = formatCheckRun(outcome, { ...context.report, headSha: pull.headSha, ...(details && { detailsUrl: details }) });
  const check = await publishCheckRun(api, pull.repository, requests);
  if (check.published) log.info(`Check run ${requests.create.name} written with ${requests.create.output.annotations.length + requests.updates.reduce((sum, update) => sum + update.output.annotations.length, 0)} annotations${check.url ? `: ${check.url}` : ''}.`);
  else if (check.forbidden) refused.push('the check run (needs `checks: write`)');
  else log.warning(commandData(`The check run could not be written (the findings are in the annotations and the job summary): ${check.reason}`));

  if (wantsComment(context.comment, outcome)) {
    const body = formatComment(outcome, { ...context.report, ...(details && { runUrl: details }) });
    try {
      const result = await upsertComment(api, pull, body);
      log.info(`Pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}.`);
    } catch (error) {
      if ((error as { status?: unknown }).status === 403) refused.push('the pull request comment (needs `pull-requests: write`)');
      else log.warning(commandData(`The pull request comment could not be written: ${errorMessage(error)}`));
    }
  }
  if (refused.length) {
    const why = context.pull.fromFork ? 'this pull request comes from a fork, and its token is read-only' : 'the token lacks the permission';
    log.notice(`GitHub refused ${refused.join(' and ')}: ${why}. The findings are in the annotations of this step and the job summary.`);
  }
}

function readEvent(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
