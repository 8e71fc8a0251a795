// Thin emitter of the sticky comment: our own comment (a bot's, carrying the marker) is updated in place, else one is created.
import { COMMENT_MARKER } from '../report/comment.js';
import type { GitHubApi, IssueComment } from './api.js';
import type { PullRequest } from './event.js';

export interface CommentResult {
  action: 'created' | 'updated' | 'none';
  url?: string;
}

/** `updateOnly`: change our comment if there is one (a stale "failed" that now passes), never create one. */
export async function upsertComment(api: GitHubApi, pull: PullRequest, body: string, updateOnly = false, marker = COMMENT_MARKER): Promise<CommentResult> {
  const existing = findOurComment(await api.listIssueComments(pull.repository, pull.number), marker);
  if (existing) {
    if (existing.body === body) return { action: 'none' };
    const updated = await api.updateIssueComment(pull.repository, existing.id, body);
    return { action: 'updated', ...(updated.html_url && { url: updated.html_url }) };
  }
  if (updateOnly) return { action: 'none' };
  const created = await api.createIssueComment(pull.repository, pull.number, body);
  // Two runs that started together both found none and both created one: the oldest stays, each later one removes
  // its own and writes the oldest instead, so the pull request ends with one comment. Only a first comment pays this.
  const oldest = findOurComment(await api.listIssueComments(pull.repository, pull.number), marker);
  if (oldest && oldest.id !== created.id) {
    await api.deleteIssueComment(pull.repository, created.id);
    const updated = await api.updateIssueComment(pull.repository, oldest.id, body);
    return { action: 'updated', ...(updated.html_url && { url: updated.html_url }) };
  }
  return { action: 'created', ...(created.html_url && { url: created.html_url }) };
}

/**
 * Our comment: it starts with the marker and a bot wrote it (github-actions[bot] with GITHUB_TOKEN, an app's bot with
 * an app token). A person's comment is never ours, even when it starts with the marker, so it is never overwritten.
 * The oldest wins when several exist (two runs that raced each created one): later runs keep updating that one.
 */
export function findOurComment(comments: IssueComment[], marker = COMMENT_MARKER): IssueComment | undefined {
  // The marker ends its line: another job's marker (a matrix) starts alike but goes on.
  return comments.find((comment) => (comment.body ?? '').startsWith(`${marker}\n`) && comment.user?.type === 'Bot');
}
