// Runs a policy from the pull request (a user's bundle, conftest rules, a Gatekeeper template) on a thread of its own
// with a time budget: past it the thread is terminated and the policy stops, and what it prints goes nowhere.
//
// Why a thread with a synchronous channel: opa-wasm runs a policy on the calling thread, so a loop in the policy
// (or in a module's start function) would hold the whole run; only terminating a Worker stops wasm that is running.
// Waiting with Atomics.wait and taking the reply with receiveMessageOnPort keeps the sources' evaluate() calls
// synchronous, as they were in process (the pattern of the synckit package, a few lines here rather than a
// dependency whose worker file the bundle would have to ship).
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import { startThread } from './threads.js';
import type { GuardReply, GuardRequest } from './worker.js';

/** The evaluation budget of a policy when none is set: the render timeout's default. */
export const DEFAULT_POLICY_BUDGET_MS = 120_000;

/** A thread that has not started within this is a broken installation, not a slow policy (not charged to the budget). */
const STARTUP_MS = 60_000;

/**
 * Time a policy (or several: a Gatekeeper source's templates) may spend loading and evaluating over a whole run.
 * Spent on each call; once used up, every later call fails at once with `stopped`.
 */
export class PolicyBudget {
  spentMs = 0;
  /** Why the policies sharing this budget no longer run. */
  stopped?: string;

  readonly totalMs: number;

  // No parameter properties: threads run these sources with types stripped under vitest.
  constructor(totalMs: number) {
    this.totalMs = totalMs;
  }

  get remainingMs(): number {
    return Math.max(0, this.totalMs - this.spentMs);
  }
}

/** A policy stopped by its budget: every object it did not judge is an evaluation error, not a pass. */
export class PolicyStopped extends Error {
  override name = 'PolicyStopped';
}

/** A loaded policy behind a thread: the calls of opa-wasm's LoadedPolicy, synchronous, within the budget. */
export interface GuardedPolicy {
  /** Entrypoint names ([] when loading was stopped). */
  readonly entrypoints: string[];
  /** Set when the budget stopped it while loading: nothing can be evaluated. */
  readonly stopped?: string;
  setData(data: Record<string, unknown>): void;
  /** The entrypoint's value for `input` (undefined when undefined), or throws. */
  evaluate(input: object | ArrayBuffer, entrypoint: string): unknown;
}

export interface HostOptions {
  budget: PolicyBudget;
  /** Custom builtins the thread adds (see worker.ts); none by default. */
  builtins?: 'gatekeeper';
}

/**
 * A thread that loads and runs policies which share one budget (a Gatekeeper source's templates): one thread for
 * them all, since a thread costs some megabytes, and the budget stops them together anyway.
 */
export interface GuardedHost {
  /**
   * Loads `wasm` on the thread; `label` names it in messages (`policy bundle 'policies/x.wasm'`). Throws an Error
   * with opa-wasm's message when the module does not load; a policy stopped by the budget while loading (a start
   * function that loops) is returned stopped.
   */
  load(wasm: ArrayBuffer, label: string): GuardedPolicy;
  close(): Promise<void>;
}

export function startGuardedHost(options: HostOptions): GuardedHost {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = startThread('worker', { workerData: { role: 'guarded', signal: signal.buffer, port: port2, builtins: options.builtins }, transferList: [port2] });
  // Neither keeps the run alive: a stopped policy's thread may still be winding down when the run ends.
  worker.unref();
  port1.unref();
  const channel = new Channel(worker, port1, signal, options.budget);
  channel.awaitReady();
  let next = 0;
  return {
    load(wasm, label) {
      const id = next++;
      const entrypoints = channel.call({ op: 'load', id, wasm }, label, 'loading');
      const stopped = channel.stopped;
      return {
        entrypoints: stopped ? [] : (entrypoints as string[]),
        ...(stopped && { stopped }),
        setData: (data) => void channel.call({ op: 'setData', id, data }, label, 'evaluating'),
        evaluate: (input, entrypoint) => channel.call({ op: 'evaluate', id, input, entrypoint }, label, 'evaluating'),
      };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

/** A host of its own for one policy (a policy-bundles entry). */
export function loadGuardedPolicy(wasm: ArrayBuffer, options: HostOptions & { label: string }): GuardedPolicy {
  return startGuardedHost(options).load(wasm, options.label);
}

class Channel {
  stopped?: string;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private readonly budget: PolicyBudget;

  constructor(worker: Worker, port: MessagePort, signal: Int32Array, budget: PolicyBudget) {
    this.worker = worker;
    this.port = port;
    this.signal = signal;
    this.budget = budget;
  }

  awaitReady(): void {
    const reply = this.wait(STARTUP_MS);
    if (!reply) {
      void this.worker.terminate();
      throw new Error(`the evaluation thread did not start within ${STARTUP_MS / 1000} s`);
    }
  }

  /** One request within what is left of the budget; once stopped, loading gives nothing and evaluating throws at once. */
  call(request: GuardRequest, label: string, doing: 'loading' | 'evaluating'): unknown {
    const { budget } = this;
    this.stopped ??= budget.stopped;
    if (this.stopped) {
      if (doing === 'loading') return undefined;
      throw new PolicyStopped(this.stopped);
    }
    const started = performance.now();
    this.port.postMessage(request);
    const reply = this.wait(budget.remainingMs);
    budget.spentMs += performance.now() - started;
    if (!reply) {
      void this.worker.terminate();
      budget.stopped ??= stopMessage(label, budget, doing);
      this.stopped = budget.stopped;
      if (doing === 'loading') return undefined;
      throw new PolicyStopped(this.stopped);
    }
    if ('error' in reply) throw new Error(reply.error);
    return reply.value;
  }

  /** The next reply, or undefined when none came within `ms`. */
  private wait(ms: number): GuardReply | undefined {
    const deadline = performance.now() + ms;
    for (;;) {
      const seen = Atomics.load(this.signal, 0);
      const received = receiveMessageOnPort(this.port);
      if (received) return received.message as GuardReply;
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.signal, 0, seen, left);
    }
  }
}

function stopMessage(label: string, budget: PolicyBudget, doing: 'loading' | 'evaluating'): string {
  const seconds = Math.round(budget.totalMs / 100) / 10;
  const what = doing === 'loading' ? 'did not finish loading within' : 'ran past';
  return `${label} ${what} its time budget (${seconds} s of evaluation in all, the render-timeout) and was stopped; this object was not judged by it`;
}
