// run(): the action in one screen — settings, the pipeline, the reports, one catch.
import * as core from '@actions/core';
import { errorMessage } from './errors.js';
import { readSettings } from './inputs.js';
import { failingCount } from './outcome.js';
import { emitAnnotations, formatAnnotations } from './report/annotations.js';
import { describeCounts, describeTarget, plural } from './report/describe.js';
import { formatOutputs } from './report/outputs.js';
import { formatSummary } from './report/summary.js';
import { formatText } from './report/text.js';
import type { RenderResult } from './render/index.js';
import { check } from './runner.js';

export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name), process.env.GITHUB_WORKSPACE ?? process.cwd());
    const outcome = await check({ ...settings, onRendered: logRender });
    core.info(indent(formatText(outcome)));
    emitAnnotations(formatAnnotations(outcome), core);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(formatSummary(outcome)).write();
    for (const [name, value] of Object.entries(formatOutputs(outcome))) core.setOutput(name, value);
    if (outcome.verdict === 'fail') {
      core.setFailed(`${plural(failingCount(outcome), 'finding')} at or above fail-on '${outcome.failOn}' (${describeCounts(outcome)})`);
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

function logRender(result: RenderResult): void {
  const what = 'failure' in result ? 'could not be rendered' : `rendered ${plural(result.documents.length, 'document')}`;
  core.info(`  ${describeTarget(result.target)}: ${what}`);
}

/** Log lines must never start with PR content: `::` would start a workflow command. */
function indent(text: string): string {
  return text.trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
}
