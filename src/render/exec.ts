// The one place that spawns processes: run a tool with a timeout, an output limit, offline, and capture its output.
import { spawn } from 'node:child_process';

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

/** An unroutable proxy: Go's HTTP clients fail at once instead of reaching out. */
const OFFLINE_ENV = {
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
  no_proxy: '',
  GIT_ALLOW_PROTOCOL: 'file',
  GIT_TERMINAL_PROMPT: '0',
};

/**
 * What a renderer may see of our environment. Tokens (GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN, INPUT_*) stay out: a
 * template must not be able to print them, whatever trick it finds.
 */
const PASSED_ENV = /^(PATH|Path|PATHEXT|HOME|USERPROFILE|TMPDIR|TMP|TEMP|LANG|LC_\w+|TZ|SystemRoot|SYSTEMROOT|ComSpec|APPDATA|LOCALAPPDATA|XDG_(CONFIG|CACHE|DATA)_HOME|HELM_(CACHE|CONFIG|DATA)_HOME|KUSTOMIZE_PLUGIN_HOME|HTTPS?_PROXY|https?_proxy|NO_PROXY|no_proxy|SSL_CERT_(FILE|DIR))$/;

export function toolEnvironment(env: NodeJS.ProcessEnv, network: boolean): NodeJS.ProcessEnv {
  const passed = Object.fromEntries(Object.entries(env).filter(([name]) => PASSED_ENV.test(name)));
  return network ? passed : { ...passed, ...OFFLINE_ENV };
}

export function execTool(command: string, args: string[], options: ExecOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout or an overflow stops the tool and anything it started, at once.
    const group = process.platform !== 'win32';
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: toolEnvironment(process.env, options.network ?? false),
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
  if (network || !/127\.0\.0\.1:9\b|git fetch|transport '\w+' not allowed/.test(stderr)) return '';
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
