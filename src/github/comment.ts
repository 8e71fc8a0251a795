// Thin emitter of the sticky comment: the one carrying our marker is updated in place, else one is created.
import { COMMENT_MARKER } from '../report/comment.js';
import type { GitHubApi, IssueComment } from './api.js';
import type { PullRequest } from './event.js';

export interface CommentResult {
  action: 'created' | 'updated';
  url?: string;
}

export async function upsertComment(api: GitHubApi, pull: PullRequest, body: string): Promise<CommentResult> {
  const existing = findOurComment(await api.listIssueComments(pull.repository, pull.number));
  if (existing) {
    const updated = await api.updateIssueComment(pull.repository, existing.id, body);
    return { action: 'updated', ...(updated.html_url && { url: updated.html_url }) };
  }
  const created = await api.createIssueComment(pull.repository, pull.number, body);
  return { action: 'created', ...(created.html_url && { url: created.html_url }) };
}

/**
 * The comment that starts with our marker; a bot's first (ours is github-actions[bot]'s with GITHUB_TOKEN), so that
 * a person quoting the marker does not take its place. The oldest wins when several exist.
 */
export function findOurComment(comments: IssueComment[]): IssueComment | undefined {
  const marked = comments.filter((comment) => (comment.body ?? '').startsWith(COMMENT_MARKER));
  return marked.find((comment) => comment.user?.type === 'Bot') ?? marked[0];
}
