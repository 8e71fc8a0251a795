// Thin emitter of the check run: one create, then an update per further 50 annotations.
import type { CheckRunRequests } from '../report/checks.js';
import { GitHubApiError, type GitHubApi } from './api.js';
import type { Repository } from './event.js';

/** Why a request failed, as the reader needs it: a permission (fork, token) or a rate limit are told apart from the rest. */
export type Refusal = 'forbidden' | 'rate-limited' | 'other';

export type CheckRunResult = { published: true; url?: string } | { published: false; refusal: Refusal; reason: string; url?: string };

/**
 * Each request's summary says how many annotations the check run holds after it (src/report/checks.ts), so a run
 * stopped part-way by a rate limit still says on its page that it is incomplete and where the rest are.
 */
export async function publishCheckRun(api: GitHubApi, repository: Repository, requests: CheckRunRequests): Promise<CheckRunResult> {
  let created: { id: number; html_url?: string | null };
  try {
    created = await api.createCheckRun(repository, requests.create);
  } catch (error) {
    return failed(error);
  }
  const url = created.html_url ?? undefined;
  // Annotations appended by each update: stop at the first failure, since the later ones would fail alike.
  for (const [index, update] of requests.updates.entries()) {
    try {
      await api.updateCheckRun(repository, created.id, update);
    } catch (error) {
      const result = failed(error);
      return { ...result, ...(url && { url }), reason: `${result.reason} (after ${index + 1} of ${requests.updates.length + 1} requests; the check run holds the annotations sent before and says so)` };
    }
  }
  return { published: true, ...(url && { url }) };
}

export function refusalOf(error: unknown): Refusal {
  if (!(error instanceof GitHubApiError)) return 'other';
  if (error.rateLimited) return 'rate-limited';
  return error.status === 403 ? 'forbidden' : 'other';
}

function failed(error: unknown): { published: false; refusal: Refusal; reason: string } {
  return { published: false, refusal: refusalOf(error), reason: error instanceof Error ? error.message : String(error) };
}
