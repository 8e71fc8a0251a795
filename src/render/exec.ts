// The one place that spawns processes: run a tool with a timeout, an output limit, offline, and capture its output.
// Offline is enforced where Linux lets us: the tool runs in a network namespace of its own (unshare), which has
// nothing but a loopback that is down; the proxy variables and git's empty protocol list stay as a second fence.
import { spawn } from 'node:child_process';
import { debuglog } from 'node:util';
import { findTool } from '../tools.js';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** stdout passed `maxOutputBytes`; the tool was stopped and `stdout` is empty. */
  overflowed: boolean;
}

export interface ExecOptions {
  cwd: string;
  timeoutMs: number;
  /** stdout beyond this stops the tool (a chart can print gigabytes from a three-line range loop). */
  maxOutputBytes: number;
  /** Allow the tool to reach the network (remote bases, chart repositories). */
  network?: boolean;
}

/** stderr is only shown as the tail of an error message; keep this much of it. */
const STDERR_KEEP_BYTES = 64 * 1024;

/**
 * An unroutable proxy: Go's HTTP clients fail at once instead of reaching out. An empty GIT_ALLOW_PROTOCOL is a list
 * of no protocols: git refuses every transport, `file://` (which runs `--upload-pack`) included.
 */
const OFFLINE_ENV = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
  GIT_ALLOW_PROTOCOL: '',
  GIT_TERMINAL_PROMPT: '0',
};

/** With the network on, git fetches over https only: never file://, ext::, ssh or a submodule's odd transport. */
const ONLINE_ENV = { GIT_ALLOW_PROTOCOL: 'https', GIT_TERMINAL_PROMPT: '0' };

/**
 * What a renderer may see of our environment. Tokens (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, INPUT_*) stay out: a
 * template must not be able to print them, whatever trick it finds.
 */
const PASSED_ENV = /^(PATH|Path|PATHEXT|HOME|USERPROFILE|TMPDIR|TMP|TEMP|LANG|LC_\w+|TZ|SystemRoot|SYSTEMROOT|ComSpec|APPDATA|LOCALAPPDATA|XDG_(CONFIG|CACHE|DATA)_HOME|HELM_(CACHE|CONFIG|DATA)_HOME|KUSTOMIZE_PLUGIN_HOME|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|SSL_CERT_(FILE|DIR))$/;

export function toolEnvironment(env: NodeJS.ProcessEnv, network: boolean): NodeJS.ProcessEnv {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED_ENV.test(name)));
  return { ...passed, ...(network ? ONLINE_ENV : OFFLINE_ENV) };
}

/** How tools run without the network on this machine: in a namespace of their own, or fenced by validation alone. */
export interface NetworkIsolation {
  /** Put before the command: `unshare --net --map-root-user --`; undefined where that does not work. */
  prefix?: string[];
  /** One line for the debug log saying which. */
  note: string;
}

const debug = debuglog('kube-policy-gate');
let isolation: Promise<NetworkIsolation> | undefined;

/**
 * Tried once per process: `unshare --net --map-root-user` (util-linux) runs its own binary in a new user and network
 * namespace. It fails on macOS and Windows, in containers without user namespaces, and where AppArmor forbids them
 * to unprivileged users (Ubuntu 24.04): there the checks before each render are the only fence.
 */
export function networkIsolation(): Promise<NetworkIsolation> {
  isolation ??= probeIsolation().then((found) => {
    debug('%s', found.note);
    return found;
  });
  return isolation;
}

async function probeIsolation(): Promise<NetworkIsolation> {
  if (process.platform !== 'linux') return { note: `tools run offline by validation only: no network namespaces on ${process.platform}` };
  const unshare = findTool('unshare');
  if (!unshare) return { note: 'tools run offline by validation only: util-linux unshare is not installed' };
  const prefix = [unshare, '--net', '--map-root-user', '--'];
  const works = await new Promise<boolean>((resolve) => {
    const child = spawn(unshare, [...prefix.slice(1), unshare, '--version'], { stdio: 'ignore', env: { PATH: process.env.PATH ?? '' }, timeout: 10_000 });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
  if (!works) return { note: `tools run offline by validation only: '${prefix.join(' ')}' is not permitted here (no unprivileged user namespaces)` };
  return { prefix, note: `tools run offline in a network namespace of their own (${prefix.join(' ')})` };
}

/** The program and arguments to spawn: the tool itself, or the tool inside `prefix`. */
export function isolatedCommand(command: string, args: string[], prefix: string[] | undefined): [string, string[]] {
  return prefix ? [prefix[0]!, [...prefix.slice(1), command, ...args]] : [command, args];
}

export async function execTool(command: string, args: string[], options: ExecOptions): Promise<ExecResult> {
  const network = options.network ?? false;
  const [file, argv] = isolatedCommand(command, args, network ? undefined : (await networkIsolation()).prefix);
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout or an overflow stops the tool and anything it started, at once.
    const group = process.platform !== 'win32';
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: toolEnvironment(process.env, network),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: group,
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = Buffer.alloc(0);
    let settled = false;
    const finish = (result: Omit<ExecResult, 'stdout' | 'stderr'>, keepStdout: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, stdout: keepStdout ? Buffer.concat(stdout).toString('utf8') : '', stderr: stderr.toString('utf8') });
    };
    // Settle before the pipes close: a grandchild holding them open must not make us wait past the limit.
    const stop = (reason: 'timedOut' | 'overflowed') => {
      kill(child.pid, group);
      stdout.length = 0;
      finish({ code: null, timedOut: reason === 'timedOut', overflowed: reason === 'overflowed' }, false);
    };
    const timer = setTimeout(() => stop('timedOut'), options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (settled) return;
      stdoutBytes += chunk.length;
      if (stdoutBytes > options.maxOutputBytes) stop('overflowed');
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const joined = Buffer.concat([stderr, chunk]);
      stderr = joined.length > STDERR_KEEP_BYTES ? joined.subarray(joined.length - STDERR_KEEP_BYTES) : joined;
    });
    child.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => finish({ code, timedOut: false, overflowed: false }, true));
  });
}

function kill(pid: number | undefined, group: boolean): void {
  if (pid === undefined) return;
  try {
    process.kill(group ? -pid : pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The end of a tool's stderr, where Go tools put the error that matters. */
export function trimStderr(stderr: string, maxLength = 1500): string {
  const text = stderr.trim();
  return text.length <= maxLength ? text : `…${text.slice(text.length - maxLength)}`;
}

/** Why a render failed when it tried to reach the network we closed (remote bases, chart repositories). */
export function offlineHint(stderr: string, network: boolean): string {
  if (network || !/127\.0\.0\.1:9\b|git fetch|transport '\w+' not allowed|network is unreachable|no such host/i.test(stderr)) return '';
  return ' (it tried to reach the network, which is off: set allow-network to true to fetch remote bases or charts)';
}

/** The render error for a tool that was stopped, or undefined when it ran to the end. */
export function stoppedReason(result: ExecResult, label: string, options: Pick<ExecOptions, 'timeoutMs' | 'maxOutputBytes'>): string | undefined {
  if (result.timedOut) return `${label} timed out after ${options.timeoutMs / 1000}s (render-timeout)`;
  if (result.overflowed) return `${label} printed more than ${formatBytes(options.maxOutputBytes)} and was stopped (max-render-bytes)`;
  return undefined;
}

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1 && value % 1024 === 0) {
    value /= 1024;
    unit++;
  }
  return `${value} ${units[unit]}`;
}
