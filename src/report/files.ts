// Reports for later steps: the SARIF file (for upload-sarif) and the JSON of every finding, written to disk; their
// paths become the `sarif-file` and `report-file` outputs. The thin emitter beside formatSarifText and formatJson.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { errorMessage } from '../errors.js';
import type { Outcome } from '../model.js';
import { defaultBundleDir, parseRules, type RuleInfo } from '../policy/bundle.js';
import { repositoryUrlFrom, rulesDocUrlFrom, type ReportContext } from './context.js';
import { formatSarifText } from './sarif.js';
import { jsonChunks } from './text.js';

export const FileOutputs = { sarifFile: 'sarif-file', reportFile: 'report-file' } as const;

export interface ReportPaths {
  /** Absolute path of the SARIF file. */
  sarif: string;
  /** Absolute path of the JSON report. */
  report: string;
}

type Env = Record<string, string | undefined>;

/** The SARIF file where `sarif-file` says (relative to the workspace), else in the runner's temporary directory, as the report. */
export function reportPaths(checked: { root: string; workspace?: string; sarifFile: string }, env: Env): ReportPaths {
  const directory = join(env.RUNNER_TEMP || tmpdir(), 'kube-policy-gate');
  const workspace = checked.workspace ?? checked.root;
  return { sarif: checked.sarifFile ? resolve(workspace, checked.sarifFile) : join(directory, 'results.sarif'), report: join(directory, 'report.json') };
}

/**
 * What the action's reports know without the pull request: the rules, the checked directory within the workspace,
 * the repository and commit (GITHUB_SHA; the pull request's head SHA is better for links once known).
 */
export function actionReportContext(checked: { root: string; workspace?: string }, env: Env, toolVersion: string): ReportContext {
  const pathPrefix = relative(checked.workspace ?? checked.root, checked.root).split(sep).join('/');
  const repositoryUrl = repositoryUrlFrom(env);
  const sha = env.GITHUB_SHA && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(env.GITHUB_SHA) ? env.GITHUB_SHA : undefined;
  const rulesDocUrl = rulesDocUrlFrom(env, repositoryUrl, sha);
  return { rules: readBundledRules(), pathPrefix, toolVersion, ...(repositoryUrl && { repositoryUrl }), ...(sha && { sha }), ...(rulesDocUrl && { rulesDocUrl }) };
}

/** Writes both files; the outputs name those written, `problem` says what could not be. */
export async function writeReportFiles(outcome: Outcome, context: ReportContext, paths: ReportPaths): Promise<{ outputs: Record<string, string>; problem?: string }> {
  const files = [
    [FileOutputs.sarifFile, paths.sarif, () => formatSarifText(outcome, context)],
    // A finding batch at a time (writeFile takes an iterable): a big run's report is never one string.
    [FileOutputs.reportFile, paths.report, () => jsonChunks(outcome)],
  ] as const;
  const outputs: Record<string, string> = {};
  const problems: string[] = [];
  for (const [output, path, format] of files) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, format());
      outputs[output] = path;
    } catch (error) {
      problems.push(`${output} ${path}: ${errorMessage(error)}`);
    }
  }
  return { outputs, ...(problems.length && { problem: `Report files could not be written (${problems.join('; ')})` }) };
}

/** The bundled rules' metadata for reports; none when the bundle cannot be read (reports then use finding titles). */
export function readBundledRules(directory: string = defaultBundleDir()): RuleInfo[] {
  const path = join(directory, 'rules.json');
  try {
    return parseRules(path, readFileSync(path));
  } catch {
    return [];
  }
}
