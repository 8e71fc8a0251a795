// The commit a shard judged, recorded in its report so that merge-reports can refuse a report of another commit
// (an artifact of an earlier run, or one planted beside the artifacts: its author cannot know the merge commit's id).
import { execTool } from '../render/exec.js';

const GIT_LIMITS = { timeoutMs: 30_000, maxOutputBytes: 64 * 1024 };
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** HEAD of the git checkout holding `root`, or undefined when it is none (the CLI on a plain directory). */
export async function checkoutCommit(root: string): Promise<string | undefined> {
  const result = await execTool('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root, ...GIT_LIMITS }).catch(() => undefined);
  const sha = result?.code === 0 ? result.stdout.trim() : '';
  return SHA.test(sha) ? sha : undefined;
}
