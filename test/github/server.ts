// A loopback stand-in for api.github.com: check runs, pull request files and issue comments, kept in memory.
// Every request is recorded with the OpenAPI operation it matched and what is wrong with its body for it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchOperation } from './openapi.js';

export interface RecordedRequest {
  method: string;
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

export interface FakeGitHubOptions {
  /** Which writes answer 403 as they do for a fork's read-only token. */
  forbid?: ('checks' | 'comments')[];
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
  const server = createServer((request, response) => {
    void readBody(request).then((text) => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const body = text ? (JSON.parse(text) as unknown) : undefined;
      const match = matchOperation(request.method ?? 'GET', url.pathname, body);
      state.requests.push({
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        ...(request.headers.authorization && { authorization: request.headers.authorization }),
        ...(body !== undefined && { body }),
        ...(match && { operationId: match.operationId }),
        errors: match ? match.errors : ['GitHub has no such endpoint'],
      });
      if (!match) return send(response, 404, { message: 'Not Found' });
      if (match.errors.length) return send(response, 422, { message: 'Validation Failed', errors: match.errors });
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

function annotationsOf(body: Record<string, unknown>): unknown[] {
  const output = body.output as { annotations?: unknown[] } | undefined;
  return output?.annotations ?? [];
}

/** One page as GitHub pages lists: `per_page` (default 30, at most 100), `page`, and a Link header to the next. */
function sendPage(response: ServerResponse, url: URL, base: string, items: unknown[]): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const page = Number(url.searchParams.get('page') ?? 1);
  const slice = items.slice((page - 1) * perPage, page * perPage);
  if (page * perPage < items.length) {
    const next = new URL(url.pathname, base);
    next.searchParams.set('per_page', String(perPage));
    next.searchParams.set('page', String(page + 1));
    response.setHeader('link', `<${next.href}>; rel="next"`);
  }
  send(response, 200, slice);
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
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
