// The loopback server's referee: GitHub's OpenAPI description refuses what GitHub would refuse.
import { describe, expect, it } from 'vitest';
import { matchOperation } from './openapi.js';

const annotation = { path: 'a.yaml', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };

describe('matchOperation', () => {
  it('names the operation and its path parameters, preferring a literal segment', () => {
    expect(matchOperation('PATCH', '/repos/acme/gitops/issues/comments/12', { body: 'x' })).toEqual({ operationId: 'issues/update-comment', params: { owner: 'acme', repo: 'gitops', comment_id: '12' }, errors: [] });
    expect(matchOperation('GET', '/repos/acme/gitops/pulls/7/files', undefined)?.operationId).toBe('pulls/list-files');
    expect(matchOperation('POST', '/repos/acme/gitops/nothing-here', {})).toBeUndefined();
  });

  it('refuses 51 annotations in one request, a completed check run without a conclusion, an unknown level, a comment without a body', () => {
    const create = (body: object) => matchOperation('POST', '/repos/acme/gitops/check-runs', { name: 'kube-policy-gate', head_sha: 'c'.repeat(40), ...body })!.errors;
    expect(create({ output: { title: 't', summary: 's', annotations: Array(50).fill(annotation) } })).toEqual([]);
    expect(create({ output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } })).toEqual([expect.stringContaining('must NOT have more than 50 items')]);
    expect(create({ output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] } }).join()).toContain('must be equal to one of the allowed values');
    expect(create({ output: { title: 't', summary: 'x'.repeat(65_536) } }).join()).toContain('must NOT have more than 65535 characters');
    expect(matchOperation('PATCH', '/repos/acme/gitops/check-runs/5', { status: 'completed' })!.errors.join()).toContain("must have required property 'conclusion'");
    expect(matchOperation('POST', '/repos/acme/gitops/issues/7/comments', { text: 'x' })!.errors.join()).toContain("must have required property 'body'");
  });
});
