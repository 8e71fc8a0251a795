// The hostile corpus (issue 6): each case is a small repository a pull request could hold. For each we check the
// exact findings plus a canary privileged Pod, that no secret planted outside the repository leaks, that no
// workflow command can be forged, and (strace) that nothing but helm/kustomize/kubectl/git/opa runs, renders read only a
// sandbox copy, and with the network off no process tries an AF_INET/AF_INET6 connection. Cases that render Helm
// run with the pinned helm v4 and with helm v3.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCases, type HostileCase } from './cases.js';
import { actionFindings, cliFindings, compareFindings, forgedCommands, passingHeadings, type SeenFinding } from './output.js';
import { DIST, exists, HELM_V3, HELM_V4, limiter, runGate, type RunResult } from './run.js';
import { ALLOWED_PROGRAMS, NETWORK_FAMILIES, programName, RENDERERS, STRACE, straceAvailable } from './trace.js';
import { CANARY_FILE, CANARY_LINE, createWorkspace, type Workspace } from './workspace.js';

const cases = loadCases();
const pool = limiter(2);
const workspaces: Workspace[] = [];
afterAll(() => {
  if (process.env.KPG_HOSTILE_KEEP) return;
  for (const workspace of workspaces) rmSync(workspace.base, { recursive: true, force: true });
});

interface Variant {
  label: string;
  helm?: string;
  /** Why this variant cannot run here, if it cannot. */
  skip?: string;
}

const HELM_VARIANTS: Variant[] = [
  { label: 'helm v4' },
  {
    label: 'helm v3',
    helm: HELM_V3,
    skip: exists(HELM_V3) ? undefined : `${HELM_V3} is missing (go install helm.sh/helm/v3/cmd/helm@v3.19.5 there)`,
  },
];

const runs = new Map<string, Promise<{ result: RunResult; workspace: Workspace }>>();
/** One run per case and variant, shared by its tests. */
function runOnce(hostile: HostileCase, variant: Variant) {
  const key = `${hostile.id} ${variant.label}`;
  let run = runs.get(key);
  if (!run) {
    run = pool(async () => {
      const workspace = createWorkspace(hostile);
      workspaces.push(workspace);
      return { result: await runGate(hostile, workspace, { helm: variant.helm }), workspace };
    });
    runs.set(key, run);
  }
  return run;
}

function findingsOf(hostile: HostileCase, result: RunResult): { findings: SeenFinding[]; plainErrors: string[] } {
  if (hostile.runner === 'action') return actionFindings(result.stdout);
  try {
    return { findings: cliFindings(result.stdout), plainErrors: [] };
  } catch (error) {
    throw new Error(`stdout is not the JSON report (${String(error)}); exit ${result.exit}\nstdout: ${result.stdout.slice(0, 2000)}\nstderr: ${result.stderr.slice(0, 2000)}`);
  }
}

function describeRun(result: RunResult): string {
  return `exit ${result.exit} after ${result.seconds.toFixed(1)}s\nstdout:\n${result.stdout.slice(0, 6000)}\nstderr:\n${result.stderr.slice(0, 3000)}`;
}

/** The case turns the network on (the CLI flag or the action input); every other case must not try to reach it. */
function allowsNetwork(hostile: HostileCase): boolean {
  return hostile.settings.some((setting) => setting === '--allow-network' || setting === '--allow-network=true') || hostile.inputs['allow-network']?.trim() === 'true';
}

const TIMEOUT = 600_000;
/** A concurrent test, or a skipped one whose name says why. */
const maybe = (skip: boolean) => (skip ? it.skip : it.concurrent);

describe(`hostile corpus (${cases.length} cases, dist: ${DIST})`, () => {
  it('holds at least 100 cases across the issue\'s categories', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(cases.map((hostile) => hostile.category)).size).toBeGreaterThanOrEqual(8);
  });

  for (const hostile of cases) {
    const variants = hostile.helm ? HELM_VARIANTS : [{ label: 'default' }];
    for (const variant of variants) {
      const name = `${hostile.id} [${hostile.runner}${hostile.helm ? `, ${variant.label}` : ''}]`;
      describe(name, () => {
        const skipped = variant.skip ? ` (skipped: ${variant.skip})` : '';

        maybe(Boolean(variant.skip))(`exit code and exactly the expected findings, canary included${skipped}`, async () => {
          const { result } = await runOnce(hostile, variant);
          const context = `${hostile.title}\n${describeRun(result)}`;
          const { expect: want } = hostile;
          if (want.configError !== undefined) {
            const where = hostile.runner === 'action' ? result.stdout : result.stderr;
            expect(where, `the configuration error\n${context}`).toContain(want.configError);
          }
          expect(result.exit, `exit code\n${context}`).toBe(want.exit);
          if (want.maxSeconds !== undefined) expect(result.seconds, `run time\n${context}`).toBeLessThanOrEqual(want.maxSeconds);
          if (want.configError !== undefined && want.findings.length === 0) return;

          const { findings, plainErrors } = findingsOf(hostile, result);
          const canary = findings.filter((finding) => finding.file === CANARY_FILE);
          const others = findings.filter((finding) => finding.file !== CANARY_FILE);
          if (hostile.canary === true) {
            expect(
              canary.filter((finding) => finding.rule === 'privileged' && finding.line === CANARY_LINE),
              `the canary's privileged finding at ${CANARY_FILE}:${CANARY_LINE}\n${context}`,
            ).toHaveLength(1);
          }
          const { missing, unexpected } = compareFindings(want.findings, others);
          expect({ missing, unexpected }, `findings besides the canary's\n${context}`).toEqual({ missing: [], unexpected: [] });
          if (want.failureMessage !== undefined) {
            expect(plainErrors.join('\n'), `the failure message\n${context}`).toContain(want.failureMessage);
          }
          if (want.outputs) {
            const outputs = Object.fromEntries([...result.output.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)].map((match) => [match[1], match[3]]));
            expect(outputs, `GITHUB_OUTPUT\n${context}`).toMatchObject(want.outputs);
          }
        }, TIMEOUT);

        maybe(Boolean(variant.skip))(`leaks no secret and forges no workflow command${skipped}`, async () => {
          const { result, workspace } = await runOnce(hostile, variant);
          const texts = { stdout: result.stdout, stderr: result.stderr, summary: result.summary, 'GITHUB_OUTPUT': result.output };
          const leaks = Object.entries(texts).flatMap(([where, text]) =>
            Object.entries(workspace.secrets)
              .filter(([, token]) => text.includes(token))
              .map(([which]) => `the ${which} secret in ${where}`),
          );
          expect(leaks, describeRun(result)).toEqual([]);
          expect(forgedCommands(result.stdout), describeRun(result)).toEqual([]);
          if (hostile.runner === 'action' && result.exit !== 0) {
            expect(passingHeadings(result.summary), `summary headings claiming a pass in a failed run\n${result.summary}`).toEqual([]);
          }
          expect(exists(workspace.marker), `the payload's marker ${workspace.marker} was created`).toBe(false);
        }, TIMEOUT);

        const noStrace = straceAvailable ? '' : ` (skipped: strace is missing at ${STRACE})`;
        maybe(Boolean(variant.skip) || !straceAvailable)(
          `runs only node/helm/kustomize/kubectl/git/opa, renders read only a sandbox copy, nothing connects offline (strace)${skipped || noStrace}`,
          async () => {
            const { result, workspace } = await runOnce(hostile, variant);
            const trace = result.trace ?? [];
            expect(trace.length, 'the strace log is empty').toBeGreaterThan(0);
            const executions = trace.filter((event) => event.call === 'execve');
            const foreign = executions.filter((event) => !ALLOWED_PROGRAMS.has(programName(event.path))).map((event) => event.line);
            expect(foreign, 'programs run besides node, helm, kustomize, kubectl, git, opa and unshare').toEqual([]);

            const inside = (path: string, directory: string) => path === directory || path.startsWith(`${directory}/`);
            // A process is the program it last tried to execute: strace's -Y name can still be the parent's thread name
            // (`MainThread`) for a child node started, e.g. git, and with -f an execve's result may be logged apart
            // from the call (`<unfinished ...>`), so the attempt counts, not only a parsed success.
            const programs = new Map<number, string>();
            for (const event of trace) if (event.call === 'execve') programs.set(event.pid, programName(event.path));
            const program = (event: (typeof trace)[number]) => programs.get(event.pid) ?? event.comm;
            const forbidden = trace
              .filter((event) => event.call === 'open')
              .filter((event) => {
                const renderer = RENDERERS.has(program(event));
                if (renderer && inside(event.absolute, workspace.repo)) return true;
                if (event.absolute === workspace.secretFiles.outside) return true;
                if (/^\/proc\/[^/]+\/environ$/.test(event.absolute)) return true;
                return program(event) !== 'git' && event.absolute === workspace.secretFiles.gitConfig;
              })
              .map((event) => `${program(event)}: ${event.line}`);
            expect(forbidden, 'opens of the real checkout by a renderer, or of the planted secrets').toEqual([]);

            // With the network off nothing may even try: an attempt that failed (a namespace without a network, an
            // unroutable proxy) is still a tool that was given a remote reference no check stopped.
            if (!allowsNetwork(hostile)) {
              const connects = trace
                .filter((event) => event.call === 'connect' && NETWORK_FAMILIES.has(event.family ?? ''))
                .map((event) => `${program(event)}: ${event.line}`);
              expect(connects, 'network connections tried with the network off').toEqual([]);
            }

            const helms = executions.filter((event) => programName(event.path) === 'helm').map((event) => event.path);
            const wanted = variant.helm ?? HELM_V4;
            expect(helms.filter((path) => path !== wanted), `helm binaries run instead of ${wanted}`).toEqual([]);
            if (hostile.helm && hostile.expect.configError === undefined) {
              expect(helms.length, `${wanted} rendered the chart`).toBeGreaterThan(0);
            }
          },
          TIMEOUT,
        );
      });
    }
  }
});
