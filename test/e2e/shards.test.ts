// Four shards and a merge over test/fixtures/shards, through the built CLI and action: the merged outcome must be
// the single job's (findings, counts, verdict, files), though the facts that cross targets sit in other shards.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Outcome } from '../../src/model.js';
import { FIXTURES, ROOT } from '../helpers.js';

const DIST = process.env.KPG_DIST ?? join(ROOT, 'dist');
const WORK = mkdtempSync(join(tmpdir(), 'kpg-shards-'));
const REPO = join(WORK, 'repo');
cpSync(join(FIXTURES, 'shards'), REPO, { recursive: true });
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [join(DIST, 'cli.js'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 300_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every shard's JSON report in a folder of its own, as download-artifact leaves them. */
function runShards(directory: string, count = 4): void {
  for (let index = 1; index <= count; index++) {
    const run = cli(['--shard', `${index}/${count}`, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    mkdirSync(join(directory, `report-${index}`), { recursive: true });
    writeFileSync(join(directory, `report-${index}`, 'report.json'), run.stdout);
  }
}

const single = cli(['--format', 'json']);
const reports = join(WORK, 'reports');
runShards(reports);

describe('shards and merge-reports (built CLI)', () => {
  it('merges 4 shards into exactly the single job outcome', () => {
    expect(single.status, single.stderr).toBe(1);
    const merged = cli(['--merge-reports', reports, '--format', 'json']);
    expect(merged.status, merged.stderr).toBe(1);
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(single.stdout));
    for (const format of ['text', 'sarif', 'junit']) {
      expect(cli(['--merge-reports', reports, '--format', format]).stdout).toBe(cli(['--format', format]).stdout);
    }
  });

  it('splits the targets so that the cross-target facts sit in other shards than the findings they change', () => {
    const owner = (path: string, variant?: string) =>
      [1, 2, 3, 4].filter((index) => {
        const report = JSON.parse(readFileSync(join(reports, `report-${index}`, 'report.json'), 'utf8')) as Outcome;
        return report.shard!.evaluated.some(({ finding }) => finding.target.path === path && finding.target.variant === variant);
      });
    // The relaxed Namespace and the NetworkPolicy (setup/) judge workloads of apps/; base repeats in both overlays.
    expect(owner('setup/namespaces.yaml')).not.toEqual(owner('apps/legacy.yaml'));
    expect(owner('setup/namespaces.yaml')).not.toEqual(owner('apps/team.yaml'));
    expect(new Set([...owner('base'), ...owner('overlays/prod'), ...owner('overlays/staging')]).size).toBeGreaterThan(1);
    expect(owner('charts/web', 'root')).not.toEqual(owner('charts/web', 'small'));
    const outcome = JSON.parse(single.stdout) as Outcome;
    const ids = outcome.findings.map((finding) => finding.ruleId);
    expect(ids.filter((id) => ['no-targets', 'not-checked', 'render-error', 'exception-unused'].includes(id))).toEqual(['render-error', 'exception-unused', 'not-checked']);
    expect(outcome.findings.find((finding) => finding.ruleId === 'namespace-pss-relaxed')?.message).toContain('8 findings on 2 objects');
    expect(outcome.findings.some((finding) => finding.suppressed && finding.resource?.name === 'legacy-batch')).toBe(true);
    expect(outcome.findings.some((finding) => finding.ruleId === 'network-policy-coverage' && finding.resource?.namespace === 'team')).toBe(false);
  });

  it('gives the same shards on every run', () => {
    const again = join(WORK, 'again');
    runShards(again);
    for (let index = 1; index <= 4; index++) {
      // The time exceptions are judged at is the only difference.
      const text = (directory: string) => readFileSync(join(directory, `report-${index}`, 'report.json'), 'utf8').replace(/"now": "[^"]+"/, '');
      expect(text(again)).toBe(text(reports));
    }
  });

  it('refuses a missing, corrupt, foreign, planted, duplicated or other run\'s report, naming it', () => {
    const broken = (name: string, change: (directory: string) => void) => {
      const directory = join(WORK, name);
      cpSync(reports, directory, { recursive: true });
      change(directory);
      return cli(['--merge-reports', directory, '--format', 'json']);
    };
    expect(broken('missing', (d) => rmSync(join(d, 'report-3'), { recursive: true }))).toMatchObject({ status: 2, stderr: expect.stringContaining('Missing shard reports in') });
    expect(broken('missing', (d) => rmSync(join(d, 'report-3'), { recursive: true })).stderr).toContain(': 3/4 (found ');
    expect(broken('corrupt', (d) => writeFileSync(join(d, 'report-2', 'report.json'), '{"findings": ['))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("Invalid shard report 'report-2/report.json': it is not JSON"),
    });
    const versioned = broken('version', (d) => {
      const file = join(d, 'report-4', 'report.json');
      const report = JSON.parse(readFileSync(file, 'utf8')) as Outcome;
      writeFileSync(file, JSON.stringify({ ...report, shard: { ...report.shard, version: '0.0.1' } }));
    });
    expect(versioned).toMatchObject({ status: 2, stderr: expect.stringContaining("Invalid shard report 'report-4/report.json': written by kube-policy-gate 0.0.1") });
    expect(broken('plain', (d) => writeFileSync(join(d, 'report-4', 'report.json'), single.stdout)).stderr).toContain("Invalid shard report 'report-4/report.json': it has no shard part");
    expect(broken('twice', (d) => cpSync(join(d, 'report-1'), join(d, 'report-5'), { recursive: true })).stderr).toContain("'report-5/report.json' (shard 1/4): 'report-1/report.json' is shard 1/4 too");
    const edited = (name: string, index: number, edit: (report: Outcome) => Outcome, to = `report-${index}`) =>
      broken(name, (d) => {
        const report = JSON.parse(readFileSync(join(d, `report-${index}`, 'report.json'), 'utf8')) as Outcome;
        mkdirSync(join(d, to), { recursive: true });
        writeFileSync(join(d, to, 'report.json'), JSON.stringify(edit(report)));
      });
    expect(edited('planted', 4, (report) => ({ ...report, shard: { ...report.shard!, index: 5 } }), 'planted')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("Invalid shard report 'planted/report.json': it claims shard 5/4."),
    });
    expect(edited('commit', 3, (report) => ({ ...report, shard: { ...report.shard!, commit: 'a'.repeat(40) } })).stderr).toContain(
      "Invalid shard report 'report-3/report.json' (shard 3/4): its commit differs from 'report-1/report.json'.",
    );
    expect(edited('strict', 2, (report) => ({ ...report, failOn: 'never' })).stderr).toContain("'report-2/report.json' (shard 2/4): its fail-on differs from 'report-1/report.json'.");
    expect(edited('common', 2, (report) => ({ ...report, shard: { ...report.shard!, common: [{ ruleId: 'planted' } as never] } })).stderr).toContain(
      "Invalid shard report 'report-2/report.json': shard 2/4 carries the run's common findings, which only shard 1 writes.",
    );
    expect(cli(['--merge-reports', join(WORK, 'nowhere')])).toMatchObject({ status: 2, stderr: expect.stringContaining("Invalid merge-reports '") });
    expect(cli(['--shard', '5/4'])).toMatchObject({ status: 2, stderr: expect.stringContaining("Invalid shard '5/4'. Expected i/n") });
  });
});

describe('shards and merge-reports (built action)', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  function runAction(inputs: Record<string, string>, name: string) {
    const temp = join(WORK, `runner-${name}`);
    mkdirSync(temp, { recursive: true });
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: temp, GITHUB_WORKSPACE: REPO, GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary.md') };
    for (const [input, spec] of Object.entries(action.inputs)) env[`INPUT_${input.toUpperCase()}`] = inputs[input] ?? spec.default ?? '';
    writeFileSync(env.GITHUB_OUTPUT!, '');
    writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
    const run = spawnSync(process.execPath, [join(DIST, 'index.js')], { env, encoding: 'utf8', timeout: 300_000 });
    const read = (file: string) => readFileSync(join(temp, file), 'utf8');
    return { status: run.status, stdout: run.stdout, report: () => read('kube-policy-gate/report.json'), sarif: () => read('kube-policy-gate/results.sarif'), summary: () => read('summary.md') };
  }

  it('shards pass and annotate nothing; the merge job reports as the single job does', () => {
    const whole = runAction({}, 'single');
    const artifacts = join(WORK, 'artifacts');
    for (let index = 1; index <= 4; index++) {
      const shard = runAction({ shard: `${index}/4` }, `shard-${index}`);
      expect(shard.status, shard.stdout).toBe(0);
      expect(shard.stdout).not.toMatch(/^::(error|warning|notice) /m);
      mkdirSync(join(artifacts, `kpg-shard-${index}`), { recursive: true });
      writeFileSync(join(artifacts, `kpg-shard-${index}`, 'report.json'), shard.report());
    }
    const merged = runAction({ 'merge-reports': artifacts }, 'merge');
    expect(merged.status).toBe(1);
    expect(merged.report()).toBe(whole.report());
    expect(merged.sarif()).toBe(whole.sarif());
    expect(merged.summary()).toBe(whole.summary());
    const commands = (stdout: string) => stdout.split('\n').filter((line) => /^::(error|warning|notice)/.test(line));
    expect(commands(merged.stdout)).toEqual(commands(whole.stdout));
  });
});
