// The hostile corpus: each test/fixtures/hostile/<category>/<case>/ holds repo/ (the PR's files), an optional
// outside/ (files planted beside the checkout), optional base/ and base-moved/ (a git history the PR merges into)
// and case.yaml (what the gate must do with them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES } from '../helpers.js';

export const CORPUS_DIR = join(FIXTURES, 'hostile');

/** A finding the case expects; fields left out are not compared. */
export interface ExpectedFinding {
  rule: string;
  severity?: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  /** A substring of the message. */
  message?: string;
}

/** Made at test time, because git cannot hold them nicely (links, names with CR/LF, .git contents). */
export type SetupStep =
  | { link: string; to: string }
  | { rename: string; to: string }
  | { write: string; content: string; repeat?: number }
  | { copy: string; to: string }
  | { edit: string; replace: string; with: string };

export interface HostileCase {
  /** `<category>/<case>`. */
  id: string;
  dir: string;
  title: string;
  category: string;
  /** The issue item the case covers (issue 6, sections 1–3). */
  covers: string;
  runner: 'cli' | 'action';
  /** Where the CLI runs: in the repository (default), or in `<ws>/elsewhere`, an empty directory beside it. */
  cwd: 'repo' | 'elsewhere';
  /** CLI arguments (runner: cli). */
  settings: string[];
  /** Action inputs (runner: action), over action.yml's defaults. */
  inputs: Record<string, string>;
  /** Action runner files made unwritable: `directory` puts a directory where the runner file should be. */
  runnerFiles: { summary?: 'directory'; output?: 'directory' };
  setup: SetupStep[];
  /** The case renders a Helm chart: it runs with helm v4 and with helm v3. */
  helm: boolean;
  /**
   * Present when the case has base/: the repository is a real git history (base B on main, the PR's head H, the
   * base moved to B2 when base-moved/ exists, HEAD detached at GitHub's merge commit M), cloned `depth` deep.
   */
  history?: { baseMoved: boolean; depth?: number; checkout: 'merge' | 'head' };
  /** Shard reports made before the run (untraced): `count` CLI runs with `--shard i/count`, under `<ws>/reports`. */
  shards?: { count: number; settings: string[] };
  /** The canary Pod is added unless the case says why it cannot be. */
  canary: true | { skip: string };
  expect: {
    exit: number;
    findings: ExpectedFinding[];
    /** A substring of the configuration error (stderr of the CLI, the `::error::` line of the action). */
    configError?: string;
    /**
     * A substring of what the run says besides findings (the action's stdout, the CLI's stderr), such as the
     * comparison's notice: checked where configError is, so a case sets one or the other.
     */
    notice?: string;
    /** Action: a substring of the failure message (`::error::` without a file). */
    failureMessage?: string;
    /** Action: GITHUB_OUTPUT values. */
    outputs?: Record<string, string>;
    /** The whole run must end within this many seconds. */
    maxSeconds?: number;
  };
}

export function loadCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const category of readdirSync(CORPUS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const categoryDir = join(CORPUS_DIR, category);
    for (const name of readdirSync(categoryDir).sort()) {
      const dir = join(categoryDir, name);
      if (existsSync(join(dir, 'case.yaml'))) cases.push(readCase(`${category}/${name}`, dir));
    }
  }
  return cases;
}

function readCase(id: string, dir: string): HostileCase {
  const raw = parse(readFileSync(join(dir, 'case.yaml'), 'utf8')) as Record<string, any>;
  const fail = (why: string): never => {
    throw new Error(`${id}/case.yaml: ${why}`);
  };
  for (const key of ['title', 'category', 'covers']) if (typeof raw[key] !== 'string' || !raw[key]) fail(`'${key}' is required`);
  if (raw.category !== id.split('/')[0]) fail(`category '${raw.category}' is not the folder's`);
  const runner = raw.runner ?? 'cli';
  if (runner !== 'cli' && runner !== 'action') fail(`runner '${runner}' is not cli or action`);
  const expectation = raw.expect ?? fail('expect is required');
  if (typeof expectation.exit !== 'number') fail('expect.exit is required');
  const findings = (expectation.findings ?? []) as ExpectedFinding[];
  for (const finding of findings) if (typeof finding.rule !== 'string') fail('every expected finding needs a rule');
  if (expectation.notice !== undefined && expectation.configError !== undefined) fail('expect has notice or configError, not both');
  if (expectation.notice !== undefined && findings.length === 0 && raw.canary?.skip === undefined) fail('expect.notice needs findings: it stands in for configError');
  const canary = raw.canary === undefined ? true : raw.canary;
  if (canary !== true && typeof canary?.skip !== 'string') fail('canary is either absent or {skip: why}');
  if (!existsSync(join(dir, 'repo'))) fail('repo/ is missing');
  const hasBase = existsSync(join(dir, 'base'));
  if (!hasBase && (raw.history !== undefined || existsSync(join(dir, 'base-moved')))) fail('history and base-moved/ need base/');
  const depth = raw.history?.depth;
  if (depth !== undefined && (!Number.isSafeInteger(depth) || depth < 1)) fail(`history.depth '${depth}' is not a whole number of commits from 1`);
  const checkout = raw.history?.checkout ?? 'merge';
  if (checkout !== 'merge' && checkout !== 'head') fail(`history.checkout '${checkout}' is not merge or head`);
  const shards = raw.shards;
  if (shards !== undefined && (!Number.isSafeInteger(shards.count) || shards.count < 1)) fail(`shards.count '${shards.count}' is not a whole number from 1`);
  return {
    id,
    dir,
    title: raw.title,
    category: raw.category,
    covers: raw.covers,
    runner,
    cwd: raw.cwd === 'elsewhere' ? 'elsewhere' : 'repo',
    settings: (raw.settings ?? []).map(String),
    inputs: Object.fromEntries(Object.entries(raw.inputs ?? {}).map(([key, value]) => [key, String(value)])),
    runnerFiles: raw.runnerFiles ?? {},
    setup: raw.setup ?? [],
    helm: raw.helm === true,
    ...(hasBase && { history: { baseMoved: existsSync(join(dir, 'base-moved')), checkout, ...(depth !== undefined && { depth }) } }),
    ...(shards !== undefined && { shards: { count: shards.count, settings: (shards.settings ?? []).map(String) } }),
    canary,
    expect: {
      exit: expectation.exit,
      findings,
      configError: expectation.configError ?? expectation.notice,
      notice: expectation.notice,
      failureMessage: expectation.failureMessage,
      outputs: expectation.outputs,
      maxSeconds: expectation.maxSeconds,
    },
  };
}
