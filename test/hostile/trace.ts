// Reads an strace log (`-f -qq -Y -y -s 4096 -e trace=execve,openat,open,openat2,connect`): which programs ran, what
// each process opened, with every path made absolute (strace -y names the directory of a relative open), and which
// addresses each process tried to connect to.
import { existsSync } from 'node:fs';

export const STRACE = '/usr/bin/strace';
export const straceAvailable = existsSync(STRACE);

/** The strace arguments that put the log in `file`; the command follows. */
/** No --seccomp-bpf: it attaches to a new child late enough to miss its execve, so a program could run unseen. */
export function straceArgs(file: string): string[] {
  return ['-f', '-qq', '-Y', '-y', '-s', '4096', '-e', 'trace=execve,openat,open,openat2,connect', '-o', file, '--'];
}

export interface TraceEvent {
  pid: number;
  /** The process's name when it made the call (a tool's threads share it). */
  comm: string;
  call: 'execve' | 'open' | 'connect';
  /** As passed to the call; for connect, the address as strace prints it (`{sa_family=AF_INET, …}`). */
  path: string;
  /** Absolute: the file opened (from the returned descriptor), else the path joined to its directory. */
  absolute: string;
  /** connect only: the address family (`AF_INET`, `AF_INET6`, `AF_UNIX`…) and the address with its port. */
  family?: string;
  address?: string;
  ok: boolean;
  line: string;
}

const HEAD = /^(\d+)<((?:[^>\\]|\\.)*)> (.*)$/;
const RESUMED = /^<\.\.\. (\w+) resumed>(.*)$/;
const QUOTED = /"((?:[^"\\]|\\.)*)"/;
const DECORATED = /<((?:[^>\\]|\\.)*)>/;

export function readTrace(log: string): TraceEvent[] {
  const pending = new Map<number, string>();
  const events: TraceEvent[] = [];
  for (const line of log.split('\n')) {
    const head = HEAD.exec(line);
    if (!head) continue;
    const pid = Number(head[1]);
    const comm = unescape(head[2]!);
    let call = head[3]!;
    if (call.endsWith('<unfinished ...>')) {
      pending.set(pid, call.slice(0, -'<unfinished ...>'.length));
      continue;
    }
    const resumed = RESUMED.exec(call);
    if (resumed) {
      call = `${pending.get(pid) ?? `${resumed[1]}(`}${resumed[2]}`;
      pending.delete(pid);
    }
    const event = parseCall(pid, comm, call, line);
    if (event) events.push(event);
  }
  return events;
}

function parseCall(pid: number, comm: string, call: string, line: string): TraceEvent | undefined {
  const name = /^(\w+)\(/.exec(call)?.[1];
  if (name === 'connect') return parseConnect(pid, comm, call, line);
  if (name !== 'execve' && name !== 'open' && name !== 'openat' && name !== 'openat2') return undefined;
  const quoted = QUOTED.exec(call);
  if (!quoted) return undefined;
  const path = unescape(quoted[1]!);
  const at = call.lastIndexOf(') = ');
  const result = at < 0 ? null : /^\) = (-?\d+)(?:<((?:[^>\\]|\\.)*)>)?/.exec(call.slice(at));
  const ok = result !== null && Number(result[1]) >= 0;
  if (name === 'execve') return { pid, comm, call: 'execve', path, absolute: path, ok, line };
  let absolute = path;
  if (result?.[2]) absolute = unescape(result[2]);
  else if (!path.startsWith('/')) {
    const directory = name === 'open' ? undefined : DECORATED.exec(call.slice(call.indexOf('(') + 1, quoted.index))?.[1];
    absolute = directory ? `${unescape(directory)}/${path}` : path;
  }
  return { pid, comm, call: 'open', path, absolute: normalize(absolute), ok, line };
}

/** `connect(3<socket:[1]>, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("10.0.0.1")}, 16) = -1 …` */
function parseConnect(pid: number, comm: string, call: string, line: string): TraceEvent | undefined {
  const sockaddr = /\{sa_family=(\w+)(.*?)\}, \d+\s*\)/.exec(call);
  if (!sockaddr) return undefined;
  const [, family, rest] = sockaddr as unknown as [string, string, string];
  const port = /port=htons\((\d+)\)/.exec(rest)?.[1];
  const host = /inet_addr\("([^"]*)"\)|inet_pton\(AF_INET6, "([^"]*)"|sun_path=(@?"(?:[^"\\]|\\.)*")/.exec(rest);
  const address = `${host?.[1] ?? host?.[2] ?? host?.[3] ?? ''}${port === undefined ? '' : `:${port}`}`;
  const at = call.lastIndexOf(') = ');
  const ok = at >= 0 && /^\) = 0\b/.test(call.slice(at));
  return { pid, comm, call: 'connect', path: sockaddr[0], absolute: address, family, address, ok, line };
}

/** Families whose connect leaves the machine (or reaches a service on it through the network stack). */
export const NETWORK_FAMILIES = new Set(['AF_INET', 'AF_INET6']);

/** strace's C-style escapes (`\n`, `\"`, octal `\342\200\250`, hex `\x85`) back to text. */
function unescape(text: string): string {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, a: 7, b: 8, '"': 34, '\\': 92, "'": 39, '<': 60, '>': 62 };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '\\' || i + 1 >= text.length) {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = text[i + 1]!;
    const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
      bytes.push(parseInt(text.slice(i + 2, i + 4), 16));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

/**
 * Programs the gate may run: itself, the renderers, git (for remote bases when allowed), opa (which compiles a
 * policy directory) and unshare, which starts a tool in a network namespace of its own when the network is off.
 */
export const ALLOWED_PROGRAMS = new Set(['node', 'helm', 'kustomize', 'kubectl', 'git', 'opa', 'unshare']);
/** Processes that render what the PR wrote. */
export const RENDERERS = new Set(['helm', 'kustomize', 'kubectl']);

export function programName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
