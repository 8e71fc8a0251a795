// The pinned tools for scripts: the same lookup as the action (src/tools.ts, run with Node's type stripping).
import { findTool } from '../src/tools.ts';

export function requireTool(name) {
  const found = findTool(name);
  if (!found) {
    console.error(`${name} was not found; run: bash scripts/install-tools.sh`);
    process.exit(1);
  }
  return found;
}
