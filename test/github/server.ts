// A loopback stand-in for api.github.com: check runs, pull request files and issue comments, kept in memory.
// Every request is recorded with the OpenAPI operation it matched and what is wrong with its body for it; GitHub's
// size limits are enforced in bytes as GitHub counts them, and scripted faults answer as GitHub does.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchOperation } from './openapi.js';

export interface RecordedRequest {
  method: string;
  /** When it arrived (ms since the epoch): writes must be paced. */
  at: number;
  /** The status the server answered. */
  status?: number;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
  /** The operation GitHub's description names for this request; undefined when GitHub has no such endpoint. */
  operationId?: string;
  /** Why GitHub would refuse the body (empty when valid). */
  errors: string[];
}

export interface FakeFile {
  filename: string;
  status: string;
  previous_filename?: string;
  patch?: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeCheckRun {
  id: number;
  create: Record<string, unknown>;
  updates: Record<string, unknown>[];
  /** Every annotation the run holds: those of the create and each update appended. */
  annotations: unknown[];
}

/** One scripted answer: the next request of `operation` (an OpenAPI operation id; any when absent) gets it instead. */
export interface Fault {
  operation?: string;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many requests in a row get it (default 1). */
  times?: number;
  /** How many matching requests pass first (default 0). */
  skip?: number;
}

/** GitHub's answers, as documented and as observed, for the faults tests script. */
export const FAULTS = {
  /** The hourly budget is spent: 403 with no requests left and the reset time. */
  primaryRateLimit: (resetInSeconds: number): Fault => ({
    status: 403,
    message: 'API rate limit exceeded for installation ID 1.',
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-limit': '1000', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds) },
  }),
  /** Too many writes too fast: 403 with retry-after. */
  secondaryRateLimit: (retryAfter: number): Fault => ({ status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': String(retryAfter) } }),
  tooManyRequests: (retryAfter: number): Fault => ({ status: 429, message: 'You have exceeded a secondary rate limit.', headers: { 'retry-after': String(retryAfter) } }),
  badGateway: (): Fault => ({ status: 502, message: 'Server Error' }),
  /** A token without the permission (a fork's): 403 with requests left. */
  forbidden: (): Fault => ({ status: 403, message: 'Resource not accessible by integration', headers: { 'x-ratelimit-remaining': '999' } }),
};

export interface FakeGitHubOptions {
  /** Which writes answer 403 as they do for a fork's read-only token. */
  forbid?: ('checks' | 'comments')[];
  /** Answers given in order, before the request is played. */
  faults?: Fault[];
  /** A comment another run creates just before the first create of this one arrives (two runs racing). */
  racing?: FakeComment;
  files?: FakeFile[];
  comments?: FakeComment[];
}

export interface FakeGitHub {
  /** `http://127.0.0.1:<port>`: GITHUB_API_URL for the code under test. */
  url: string;
  requests: RecordedRequest[];
  checkRuns: FakeCheckRun[];
  comments: FakeComment[];
  close(): Promise<void>;
}

const FORBIDDEN = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' };

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = { requests: [] as RecordedRequest[], checkRuns: [] as FakeCheckRun[], comments: [...(options.comments ?? [])] };
  let nextId = 1000;
  const forbidden = new Set(options.forbid ?? []);
  const faults = (options.faults ?? []).map((fault) => ({ ...fault, left: fault.times ?? 1, skip: fault.skip ?? 0 }));
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = text ? (JSON.parse(text) as unknown) : undefined;
      const match = matchOperation(request.method ?? 'GET', url.pathname, body);
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        at: Date.now(),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        ...(request.headers.authorization && { authorization: request.headers.authorization }),
        ...(body !== undefined && { body }),
        ...(match && { operationId: match.operationId }),
        errors: match ? [...match.errors, ...sizeErrors(match.operationId, body)] : ['GitHub has no such endpoint'],
      };
      state.requests.push(recorded);
      const send = (reply: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) => {
        recorded.status = status;
        answer(reply, status, payload, headers);
      };
      const sendPage = (reply: ServerResponse, at: URL, base: string, items: unknown[]) => {
        recorded.status = 200;
        answerPage(reply, at, base, items);
      };
      if (!match) return send(response, 404, { message: 'Not Found' });
      if (recorded.errors.length) return send(response, 422, { message: 'Validation Failed', errors: recorded.errors });
      const fault = faults.find((candidate) => candidate.left > 0 && (candidate.operation === undefined || candidate.operation === match.operationId));
      if (fault && fault.skip > 0) fault.skip--;
      else if (fault) {
        fault.left--;
        return send(response, fault.status, { message: fault.message ?? 'fault', documentation_url: 'https://docs.github.com/rest', status: String(fault.status) }, fault.headers);
      }
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const record = body as Record<string, unknown>;
      switch (match.operationId) {
        case 'checks/create': {
          if (forbidden.has('checks')) return send(response, 403, FORBIDDEN);
          const run: FakeCheckRun = { id: nextId++, create: record, updates: [], annotations: [...annotationsOf(record)] };
          state.checkRuns.push(run);
          return send(response, 201, { id: run.id, html_url: `https://github.com/${match.params.owner}/${match.params.repo}/runs/${run.id}`, name: record.name, head_sha: record.head_sha });
        }
        case 'checks/update': {
          if (forbidden.has('checks')) return send(response, 403, FORBIDDEN);
          const run = state.checkRuns.find((candidate) => candidate.id === Number(match.params.check_run_id));
          if (!run) return send(response, 404, { message: 'Not Found' });
          run.updates.push(record);
          run.annotations.push(...annotationsOf(record));
          return send(response, 200, { id: run.id });
        }
        case 'pulls/list-files':
          return sendPage(response, url, base, options.files ?? []);
        case 'issues/list-comments':
          return sendPage(response, url, base, state.comments);
        case 'issues/create-comment': {
          if (forbidden.has('comments')) return send(response, 403, FORBIDDEN);
          if (options.racing && !state.comments.some((candidate) => candidate.id === options.racing!.id)) state.comments.push({ ...options.racing });
          const comment: FakeComment = { id: nextId++, body: String(record.body), user: { login: 'github-actions[bot]', type: 'Bot' } };
          state.comments.push(comment);
          return send(response, 201, { ...comment, html_url: `https://github.com/${match.params.owner}/${match.params.repo}/pull/${match.params.issue_number}#issuecomment-${comment.id}` });
        }
        case 'issues/update-comment': {
          if (forbidden.has('comments')) return send(response, 403, FORBIDDEN);
          const comment = state.comments.find((candidate) => candidate.id === Number(match.params.comment_id));
          if (!comment) return send(response, 404, { message: 'Not Found' });
          comment.body = String(record.body);
          return send(response, 200, { ...comment, html_url: `https://github.com/${match.params.owner}/${match.params.repo}/pull/1#issuecomment-${comment.id}` });
        }
        case 'issues/delete-comment': {
          if (forbidden.has('comments')) return send(response, 403, FORBIDDEN);
          const index = state.comments.findIndex((candidate) => candidate.id === Number(match.params.comment_id));
          if (index < 0) return send(response, 404, { message: 'Not Found' });
          state.comments.splice(index, 1);
          recorded.status = 204;
          response.writeHead(204);
          return response.end();
        }
        default:
          return send(response, 501, { message: `${match.operationId} is not played by the test server` });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...state,
    // Closing twice is fine: a test may close it early to play an unreachable GitHub.
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** GitHub's limits, counted in bytes as GitHub counts them (a JavaScript length counts UTF-16 units). */
export const LIMITS = { output: 65_535, message: 65_536, title: 255, annotations: 50, comment: 65_536 };

function sizeErrors(operation: string, body: unknown): string[] {
  const bytes = (value: unknown) => (typeof value === 'string' ? Buffer.byteLength(value, 'utf8') : 0);
  const errors: string[] = [];
  const record = (body ?? {}) as Record<string, unknown>;
  if (operation === 'checks/create' || operation === 'checks/update') {
    const output = (record.output ?? {}) as { summary?: unknown; text?: unknown; annotations?: { message?: unknown; title?: unknown }[] };
    for (const field of ['summary', 'text'] as const) if (bytes(output[field]) > LIMITS.output) errors.push(`output.${field} is ${bytes(output[field])} bytes; at most ${LIMITS.output}`);
    const annotations = output.annotations ?? [];
    if (annotations.length > LIMITS.annotations) errors.push(`${annotations.length} annotations; at most ${LIMITS.annotations} a request`);
    for (const [index, annotation] of annotations.entries()) {
      if (bytes(annotation.message) > LIMITS.message) errors.push(`annotations[${index}].message is ${bytes(annotation.message)} bytes; at most ${LIMITS.message}`);
      if (bytes(annotation.title) > LIMITS.title) errors.push(`annotations[${index}].title is ${bytes(annotation.title)} bytes; at most ${LIMITS.title}`);
    }
  }
  if ((operation === 'issues/create-comment' || operation === 'issues/update-comment') && bytes(record.body) > LIMITS.comment) {
    errors.push(`body is ${bytes(record.body)} bytes; at most ${LIMITS.comment}`);
  }
  return errors;
}

function annotationsOf(body: Record<string, unknown>): unknown[] {
  const output = body.output as { annotations?: unknown[] } | undefined;
  return output?.annotations ?? [];
}

/** One page as GitHub pages lists: `per_page` (default 30, at most 100), `page`, and a Link header to the next. */
function answerPage(response: ServerResponse, url: URL, base: string, items: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (page * perPage < items.length) {
    const next = new URL(url.pathname, base);
    next.searchParams.set('per_page', String(perPage));
    next.searchParams.set('page', String(page + 1));
    response.setHeader('link', `<${next.href}>; rel="next"`);
  }
  answer(response, 200, slice);
}

function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
