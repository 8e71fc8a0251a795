// The one place that spawns processes: run a tool with a timeout, offline, and capture its output.
import { spawn } from 'node:child_process';

export interface ExecResult {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface ExecOptions {
  cwd: string;
  timeoutMs: number;
  /** Allow the tool to reach the network (remote bases, chart repositories). */
  network?: boolean;
}

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

export function execTool(command: string, args: string[], options: ExecOptions): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const env = options.network ? process.env : { ...process.env, ...OFFLINE_ENV };
    const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
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
