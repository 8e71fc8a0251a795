// run(): the action in one screen — settings, the pipeline, the reports, one catch.
import * as core from '@actions/core';
import { configuredSettings } from './config/settings.js';
import { errorMessage } from './errors.js';
import { openPullRequest, publishToPullRequest, readGitHubSettings, type Log } from './github/publish.js';
import { failingCount } from './outcome.js';
import type { Outcome } from './model.js';
import { emitAnnotations, formatAnnotations } from './report/annotations.js';
import { describeCounts, plural } from './report/describe.js';
import { commandData } from './report/escape.js';
import { formatOutputs } from './report/outputs.js';
import { formatSummary } from './report/summary.js';
import { formatRendered, formatText } from './report/text.js';
import { check } from './runner.js';
import { compareWithBase } from './compare/baseline.js';
import { actionReportContext, reportPaths, writeReportFiles } from './report/files.js';
import type { ReportContext } from './report/context.js';
import { readShardReports } from './shard/merge.js';
import type { Settings } from './inputs.js';
import packageJson from '../package.json' with { type: 'json' };

export async function run(): Promise<void> {
  try {
    const settings = configuredSettings((name) => core.getInput(name), process.env.GITHUB_WORKSPACE ?? process.cwd());
    const github = readGitHubSettings((name) => core.getInput(name));
    // merge-reports renders nothing: the shards' reports are the outcome, reported below as a single job's would be.
    const checked = settings.mergeReports ? await readShardReports(settings.mergeReports) : await check({ ...settings, onRendered: (result) => core.info(formatRendered(result)) });
    if (settings.shard) return await reportShard(checked, settings);
    // The pull request first: its head commit and changed lines decide which findings every report puts first.
    const log = countingLog();
    const pull = await openPullRequest(github, process.env, settings, log).catch((error: unknown) => {
      log.warning(commandData(`The pull request's changes could not be read (findings are reported without them): ${errorMessage(error)}`));
      return undefined;
    });
    // new-findings-only: the base commit judged too; what it has already is reported but fails nothing.
    const outcome = settings.newFindingsOnly ? await compareWithBase(checked, settings, pull?.pull.baseSha) : checked;
    if (outcome.comparison?.notice) log.notice(commandData(outcome.comparison.notice));
    core.info(formatText(outcome).trimEnd());
    const context: ReportContext = { ...actionReportContext(settings, process.env, packageJson.version), ...pull?.report, ...(outcome.rules && { rules: outcome.rules }) };
    if (pull) await publishToPullRequest(outcome, pull, log).catch((error: unknown) => log.warning(commandData(`The pull request could not be reported to: ${errorMessage(error)}`)));
    // A report that cannot be written is a warning: it must never take the verdict's place.
    const files = await writeReportFiles(outcome, context, reportPaths(settings, process.env));
    const problems = [await writeSummary(outcome, context), files.problem, setOutputs({ ...formatOutputs(outcome), ...files.outputs })].filter((problem) => problem !== undefined);
    for (const problem of problems) core.warning(commandData(problem));
    // Our own notices and warnings came first: the annotations leave their slots to them (GitHub shows 10 per level).
    emitAnnotations(formatAnnotations(outcome, { warning: problems.length + log.count.warning, notice: log.count.notice }, context), core);
    if (outcome.verdict === 'fail') {
      core.setFailed(`${plural(failingCount(outcome), 'finding')} at or above fail-on '${outcome.failOn}' (${describeCounts(outcome)})`);
    }
  } catch (error) {
    core.setFailed(commandData(errorMessage(error)));
  }
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
  try {
    await core.summary.addRaw(formatSummary(outcome, undefined, context)).write();
    return undefined;
  } catch (error) {
    return `The job summary could not be written (the findings are in the log above): ${errorMessage(error)}`;
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

/** core's log, counting the notices and warnings it writes (each takes one of the step's annotation slots). */
function countingLog(): Log & { count: { warning: number; notice: number } } {
  const count = { warning: 0, notice: 0 };
  return {
    count,
    info: (message) => core.info(message),
    notice: (message) => {
      count.notice++;
      core.notice(message);
    },
    warning: (message) => {
      count.warning++;
      core.warning(message);
    },
  };
}
