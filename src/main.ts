// run(): the action in one screen — settings, the pipeline, the reports, one catch.
import * as core from '@actions/core';
import { configuredSettings } from './config/settings.js';
import { errorMessage } from './errors.js';
import { readGitHubSettings, reportToPullRequest } from './github/publish.js';
import { failingCount } from './outcome.js';
import type { Outcome } from './model.js';
import { emitAnnotations, formatAnnotations } from './report/annotations.js';
import { describeCounts, plural } from './report/describe.js';
import { commandData } from './report/escape.js';
import { formatOutputs } from './report/outputs.js';
import { formatSummary } from './report/summary.js';
import { formatRendered, formatText } from './report/text.js';
import { check } from './runner.js';
import { actionReportContext, reportPaths, writeReportFiles } from './report/files.js';
import type { ReportContext } from './report/context.js';
import packageJson from '../package.json' with { type: 'json' };

export async function run(): Promise<void> {
  try {
    const settings = configuredSettings((name) => core.getInput(name), process.env.GITHUB_WORKSPACE ?? process.cwd());
    const github = readGitHubSettings((name) => core.getInput(name));
    const outcome = await check({ ...settings, onRendered: (result) => core.info(formatRendered(result)) });
    core.info(formatText(outcome).trimEnd());
    // A report that cannot be written is a warning: it must never take the verdict's place.
    const context = actionReportContext(settings, process.env, packageJson.version);
    const files = await writeReportFiles(outcome, context, reportPaths(settings, process.env));
    const problems = [await writeSummary(outcome, context), files.problem, setOutputs({ ...formatOutputs(outcome), ...files.outputs })].filter((problem) => problem !== undefined);
    for (const problem of problems) core.warning(commandData(problem));
    emitAnnotations(formatAnnotations(outcome, problems.length, context), core);
    await reportToPullRequest(outcome, github, process.env, settings, core);
    if (outcome.verdict === 'fail') {
      core.setFailed(`${plural(failingCount(outcome), 'finding')} at or above fail-on '${outcome.failOn}' (${describeCounts(outcome)})`);
    }
  } catch (error) {
    core.setFailed(commandData(errorMessage(error)));
  }
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
