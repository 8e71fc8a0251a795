// merge-reports: the JSON reports of every shard joined into the outcome a single job would have had. Reads files,
// renders and evaluates nothing; a report that is missing, corrupt, of another version or of another run (commit,
// settings, policies), a shard twice or one that cannot exist (3/2) is an error naming the file.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { applyExceptions } from '../config/exceptions.js';
import { ConfigError, errorMessage } from '../errors.js';
import type { Outcome } from '../model.js';
import { decideOutcome, foldByPlace, withoutRepeats } from '../outcome.js';
import { MAX_SHARDS, SHARD_FORMAT, type ShardPart } from './split.js';

/** One shard's report as read: its file (for messages), its outcome and its shard part. */
export interface ShardReport {
  file: string;
  outcome: Outcome & { shard: ShardPart };
}

/** Every `*.json` under `directory` (download-artifact puts each artifact in a folder of its own), merged. */
export async function readShardReports(directory: string): Promise<Outcome> {
  const files = await jsonFiles(directory).catch((error: unknown) => {
    throw new ConfigError(`Invalid merge-reports '${directory}': ${errorMessage(error)}. Expected the directory the shards' reports were downloaded to.`);
  });
  if (files.length === 0) throw new ConfigError(`Invalid merge-reports '${directory}': it holds no .json report. Expected the JSON reports (report-file) of every shard.`);
  const reports = await Promise.all(files.map(async (file) => parseShardReport(relative(directory, file) || file, await readFile(file, 'utf8'))));
  return mergeShards(reports, directory);
}

async function jsonFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** One report's text, checked to be a shard report of this version that names a shard that can exist. */
export function parseShardReport(file: string, text: string): ShardReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`Invalid shard report '${file}': it is not JSON (${errorMessage(error)}). Expected the report-file of a run with shard: i/n.`);
  }
  const shard = (value as { shard?: Partial<ShardPart> } | null)?.shard;
  if (typeof shard !== 'object' || shard === null || shard.format !== SHARD_FORMAT) {
    throw new ConfigError(`Invalid shard report '${file}': it has no shard part of format ${SHARD_FORMAT}. Expected the report-file of a run with shard: i/n.`);
  }
  if (shard.version !== packageJson.version) {
    throw new ConfigError(`Invalid shard report '${file}': written by kube-policy-gate ${String(shard.version)}, this is ${packageJson.version}. Expected every shard and the merge to run the same version.`);
  }
  const outcome = value as ShardReport['outcome'];
  if (!Array.isArray(outcome.findings) || !Array.isArray(shard.evaluated) || !Array.isArray(shard.common) || !Array.isArray(shard.targets)) {
    throw new ConfigError(`Invalid shard report '${file}': it is incomplete (findings or its shard part missing). Expected the report-file as a shard wrote it.`);
  }
  const { index, count } = shard;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || !(index! >= 1 && index! <= count! && count! <= MAX_SHARDS)) {
    throw new ConfigError(`Invalid shard report '${file}': it claims shard ${JSON.stringify(index)}/${JSON.stringify(count)}. Expected shard i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, as a shard writes it.`);
  }
  if (index !== 1 && shard.common.length > 0) {
    throw new ConfigError(`Invalid shard report '${file}': shard ${index}/${count} carries the run's common findings, which only shard 1 writes. Expected the report-file as a shard wrote it.`);
  }
  return { file, outcome };
}

/**
 * Shards 1..n, each once, of one run (the same commit, targets, settings, policies and exceptions): the common
 * findings of shard 1, every shard's evaluation findings in the single job's order, then repeats, exceptions and the
 * verdict over all.
 */
export function mergeShards(reports: ShardReport[], directory = '.'): Outcome {
  const first = checkComplete(reports, directory);
  // The rest (rules, files, Pod Security, skipped rules, configuration) comes from the whole rendered set: every shard has it.
  const { shard, failOn, targets, resources, findings: _findings, counts: _counts, verdict: _verdict, exceptions: _exceptions, ...facts } = first.outcome as ShardReport['outcome'] & { exceptions?: unknown };
  const evaluated = reports
    .flatMap((report) => report.outcome.shard.evaluated)
    // Stable: a target's findings all come from one shard, already in order.
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .map((entry) => entry.finding);
  const accepted = foldByPlace(applyExceptions(withoutRepeats([...shard.common, ...evaluated]), shard.exceptions, new Date(shard.now)));
  return { ...decideOutcome(accepted, failOn, targets, resources), ...facts };
}

/**
 * Every report must be of the same run: each shard of the same split exactly once, and nothing else. A report
 * planted beside the artifacts (a shard 3 of 2, a second shard 2, one of another commit or configuration) would
 * add findings to the verdict or take a real shard's place, so each is an error that names its file.
 */
function checkComplete(reports: ShardReport[], directory: string): ShardReport {
  const sorted = [...reports].sort((a, b) => a.outcome.shard.index - b.outcome.shard.index || compare(a.file, b.file));
  const first = sorted[0]!;
  const { count } = first.outcome.shard;
  const byIndex = new Map<number, ShardReport>();
  for (const report of sorted) {
    const { index, count: total } = report.outcome.shard;
    const name = `'${report.file}' (shard ${index}/${total})`;
    if (total !== count) throw new ConfigError(`Invalid shard report ${name}: '${first.file}' is shard ${first.outcome.shard.index}/${count}. Expected every report to split the run the same way.`);
    const twin = byIndex.get(index);
    if (twin) throw new ConfigError(`Invalid shard report ${name}: '${twin.file}' is shard ${index}/${count} too. Expected each shard once.`);
    byIndex.set(index, report);
    const differs = differentFact(report.outcome, first.outcome);
    if (differs) {
      throw new ConfigError(`Invalid shard report ${name}: its ${differs} differs from '${first.file}'. Expected shards of one run (the same commit, settings, policies and files).`);
    }
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length) {
    throw new ConfigError(`Missing shard reports in '${directory}': ${missing.map((index) => `${index}/${count}`).join(', ')} (found ${sorted.map((report) => `'${report.file}'`).join(', ')}). Expected the report of every shard 1..${count}.`);
  }
  return byIndex.get(1)!;
}

/**
 * What every shard of one run writes alike, named for the error: the commit and targets it judged, the settings
 * (fail-on, configuration, exceptions), the policies (every rule as configured), and the facts of the whole rendered
 * set. Only the shard's own part differs: its index, its findings, the common findings (shard 1's), its clock.
 */
const SAME_IN_EVERY_SHARD: [string, (outcome: ShardReport['outcome']) => unknown][] = [
  ['commit', (outcome) => outcome.shard.commit ?? null],
  ['list of targets', (outcome) => outcome.shard.targets],
  ['fail-on', (outcome) => outcome.failOn],
  ['configuration', (outcome) => outcome.configuration ?? null],
  ['exceptions', (outcome) => outcome.shard.exceptions],
  ['policy set (its rules)', (outcome) => outcome.rules ?? null],
  ['count of targets and objects', (outcome) => [outcome.targets, outcome.resources]],
  ['file accounting', (outcome) => outcome.files ?? null],
  ['Pod Security judgement (levels, skipped rules)', (outcome) => [outcome.podSecurity ?? null, outcome.skippedRules ?? null]],
];

function differentFact(outcome: ShardReport['outcome'], first: ShardReport['outcome']): string | undefined {
  return SAME_IN_EVERY_SHARD.find(([, fact]) => JSON.stringify(fact(outcome)) !== JSON.stringify(fact(first)))?.[0];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
