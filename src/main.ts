// run(): the action in one screen — settings, the pipeline, the reports, one catch.
import * as core from '@actions/core';
import type { Config } from './config/load.js';
import { configuredSettings } from './config/settings.js';
import { pendingChanges } from './config/trust.js';
import { pullRequestTrust } from './config/trusted.js';
import { Inputs, type Settings } from './inputs.js';
import { ConfigError, errorMessage } from './errors.js';
import { openPullRequest, publishToPullRequest, readGitHubSettings, readRunNaming, type Log } from './github/publish.js';
import { failingCount } from './outcome.js';
import type { Outcome } from './model.js';
import { emitAnnotations, formatAnnotations } from './report/annotations.js';
import { describeCounts, plural } from './report/describe.js';
import { commandData, commandProperty } from './report/escape.js';
import { errorOutputs, formatOutputs } from './report/outputs.js';
import { formatErrorSummary, formatSummary } from './report/summary.js';
import { formatRendered, formatText } from './report/text.js';
import { check } from './runner.js';
import { compareWithBase } from './compare/baseline.js';
import { actionReportContext, FileOutputs, reportPaths, writeReportFiles } from './report/files.js';
import { describeSarifOmissions, sarifOmissions, type SarifOptions } from './report/sarif.js';
import type { ReportContext } from './report/context.js';
import { readShardReports } from './shard/merge.js';
import packageJson from '../package.json' with { type: 'json' };

export async function run(): Promise<void> {
  try {
    const read = (name: string) => core.getInput(name);
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const github = readGitHubSettings(read);
    const naming = readRunNaming(read, process.env);
    // On a pull request the base branch's config decides what the PR's config may loosen (src/config/trust.ts).
    const settings = configuredSettings(read, workspace, undefined, await pullRequestTrust(read(Inputs.config), workspace, github.token, process.env));
    // merge-reports renders nothing: the shards' reports are the outcome, reported below as a single job's would be.
    const checked = settings.mergeReports ? await readShardReports(settings.mergeReports) : await check({ ...settings, onRendered: (result) => core.info(formatRendered(result)) });
    if (settings.shard) return await reportShard(checked, settings);
    const log = countingLog();
    announceTrust(settings.config, log);
    // The pull request first: its head commit and changed lines decide which findings every report puts first.
    const pull = await openPullRequest(github, process.env, settings, log).catch((error: unknown) => {
      log.warning(commandData(`The pull request's changes could not be read (findings are reported without them): ${errorMessage(error)}`));
      return undefined;
    });
    // new-findings-only: the base commit judged too; what it has already is reported but fails nothing.
    const outcome = settings.newFindingsOnly ? await compareWithBase(checked, settings, pull?.pull) : checked;
    if (outcome.comparison?.notice) log.notice(commandData(outcome.comparison.notice));
    core.info(formatText(outcome).trimEnd());
    const sarif: SarifOptions = { category: naming.identity.category, maxResults: naming.sarifMaxResults };
    const context: ReportContext & SarifOptions = { ...actionReportContext(settings, process.env, packageJson.version), ...pull?.report, ...(outcome.rules && { rules: outcome.rules }), ...sarif };
    if (pull) await publishToPullRequest(outcome, pull, log, naming.identity).catch((error: unknown) => log.warning(commandData(`The pull request could not be reported to: ${errorMessage(error)}`)));
    // A report that cannot be written is a warning: it must never take the verdict's place.
    const files = await writeReportFiles(outcome, context, reportPaths(settings, process.env));
    announceSarifOmissions(outcome, sarif, files.outputs, log);
    const problems = [await writeSummary(outcome, context), files.problem, setOutputs({ ...formatOutputs(outcome), ...files.outputs })].filter((problem) => problem !== undefined);
    for (const problem of problems) core.warning(commandData(problem));
    // Our own notices and warnings came first: the annotations leave their slots to them (GitHub shows 10 per level).
    emitAnnotations(formatAnnotations(outcome, { warning: problems.length + log.count.warning, notice: log.count.notice }, context), core);
    if (outcome.verdict === 'fail') {
      core.setFailed(`${plural(failingCount(outcome), 'finding')} at or above fail-on '${outcome.failOn}' (${describeCounts(outcome)})`);
    }
  } catch (error) {
    await reportError(error);
  }
}

/** A run that stopped: the failed step's message (one problem a line), the same in the job summary, and `verdict: error`. */
async function reportError(error: unknown): Promise<void> {
  const configuration = error instanceof ConfigError;
  const problems = configuration ? error.problems : [errorMessage(error)];
  core.setFailed(commandData(problems.join('\n')));
  const summary = process.env.GITHUB_STEP_SUMMARY ? await writeSummaryText(formatErrorSummary(problems, configuration), 'the error is in the log above') : undefined;
  for (const problem of [summary, setOutputs(errorOutputs())]) if (problem) core.warning(commandData(problem));
}

/** A shard's run: its findings in the log and its report files; annotations, pull request and verdict are the merge job's. */
async function reportShard(outcome: Outcome, settings: Settings): Promise<void> {
  core.info(formatText(outcome).trimEnd());
  const context = { ...actionReportContext(settings, process.env, packageJson.version), ...(outcome.rules && { rules: outcome.rules }) };
  const files = await writeReportFiles(outcome, context, reportPaths(settings, process.env));
  // Without its report the merge cannot be equal to a single job: fail here, where the cause is.
  if (files.problem) throw new Error(files.problem);
  const problem = setOutputs({ ...formatOutputs(outcome), ...files.outputs });
  if (problem) core.warning(commandData(problem));
}

/** Writes the job summary; says what went wrong instead of throwing. */
async function writeSummary(outcome: Outcome, context: ReportContext): Promise<string | undefined> {
  if (!process.env.GITHUB_STEP_SUMMARY) return undefined;
  return writeSummaryText(formatSummary(outcome, undefined, context), 'the findings are in the log above');
}

async function writeSummaryText(markdown: string, instead: string): Promise<string | undefined> {
  try {
    await core.summary.addRaw(markdown).write();
    return undefined;
  } catch (error) {
    return `The job summary could not be written (${instead}): ${errorMessage(error)}`;
  }
}

/** Sets every output that can be set; names the ones that could not be. */
function setOutputs(outputs: Record<string, string>): string | undefined {
  const failed: string[] = [];
  let reason = '';
  for (const [name, value] of Object.entries(outputs)) {
    try {
      core.setOutput(name, value);
    } catch (error) {
      failed.push(name);
      reason = errorMessage(error);
    }
  }
  return failed.length ? `The step outputs ${failed.join(', ')} could not be set: ${reason}` : undefined;
}

/**
 * What the base branch's config held back, where a reviewer looks first: a notice at each line of the config file
 * the pull request changes to no effect yet, and one saying why when the base's config could not be read.
 */
function announceTrust(config: Config | undefined, log: CountingLog): void {
  const base = config?.trust?.base;
  if (base && 'problem' in base) {
    log.notice(commandData(`The base branch's config could not be read, so this pull request's config applies only where it is stricter than the defaults: ${base.problem}`));
  }
  const pending = pendingChanges(config);
  for (const change of pending.slice(0, PENDING_NOTICES)) {
    const where = { title: 'kube-policy-gate: pending until merged', file: commandProperty(change.file), ...(change.line && { startLine: change.line }) };
    log.notice(commandData(`Pending until merged: ${change.message}.`), where);
  }
  const more = pending.length - PENDING_NOTICES;
  if (more > 0) log.notice(`${plural(more, 'more config change')} pending until merged: the job summary lists them all.`);
}

/** One notice when the SARIF file leaves findings out (code scanning's limit, no location), naming the full report. */
function announceSarifOmissions(outcome: Outcome, options: SarifOptions, files: Record<string, string>, log: CountingLog): void {
  const omissions = sarifOmissions(outcome, options);
  if (!omissions.overLimit && !omissions.withoutLine) return;
  const report = files[FileOutputs.reportFile];
  log.notice(commandData(`${describeSarifOmissions(outcome, omissions)} ${report ? `The full JSON report is ${report} (the report-file output).` : 'The job summary lists every finding.'}`));
}

/** Notices of pending config changes, one a line: GitHub shows 10 notices a step, and findings need some. */
const PENDING_NOTICES = 5;

type CountingLog = Log & { count: { warning: number; notice: number }; notice(message: string, properties?: core.AnnotationProperties): void };

/** core's log, counting the notices and warnings it writes (each takes one of the step's annotation slots). */
function countingLog(): CountingLog {
  const count = { warning: 0, notice: 0 };
  return {
    count,
    info: (message) => core.info(message),
    notice: (message, properties?: core.AnnotationProperties) => {
      count.notice++;
      core.notice(message, properties);
    },
    warning: (message) => {
      count.warning++;
      core.warning(message);
    },
  };
}
