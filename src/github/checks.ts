// Thin emitter of the check run: one create, then an update per further 50 annotations.
import type { CheckRunRequests } from '../report/checks.js';
import { GitHubApiError, type GitHubApi } from './api.js';
import type { Repository } from './event.js';

export type CheckRunResult = { published: true; url?: string } | { published: false; forbidden: boolean; reason: string };

export async function publishCheckRun(api: GitHubApi, repository: Repository, requests: CheckRunRequests): Promise<CheckRunResult> {
  let created: { id: number; html_url?: string | null };
  try {
    created = await api.createCheckRun(repository, requests.create);
  } catch (error) {
    return failed(error);
  }
  // Annotations appended by each update: stop at the first failure, since the later ones would fail alike.
  for (const [index, update] of requests.updates.entries()) {
    try {
      await api.updateCheckRun(repository, created.id, update);
    } catch (error) {
      const result = failed(error);
      return { ...result, reason: `${result.reason} (after ${index + 1} of ${requests.updates.length + 1} requests; the check run holds the annotations sent before)` };
    }
  }
  return { published: true, ...(created.html_url && { url: created.html_url }) };
}

function failed(error: unknown): { published: false; forbidden: boolean; reason: string } {
  const status = error instanceof GitHubApiError ? error.status : undefined;
  return { published: false, forbidden: status === 403, reason: error instanceof Error ? error.message : String(error) };
}
