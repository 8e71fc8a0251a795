// Files a test harness matches against a live cluster, never applies: Chainsaw's `assert`/`error` files (partial
// trees, names optional, JMESPath keys) and kuttl's `NN-assert.yaml`/`NN-errors.yaml`. Judged as objects they are
// "broken" objects and copies of the chart's findings; what the same tests `apply` or `create` stays judged.
import { basename, dirname, join, normalize } from 'node:path/posix';
import { parseAllDocuments } from 'yaml';

interface HarnessView {
  files: string[];
  read(path: string): string;
}

/** kuttl names its assertions by step number (`00-assert.yaml`, `01-errors.yaml`). */
const KUTTL_ASSERTION = /^\d+-(assert|errors)\.ya?ml$/;

/** Every assertion file of the repository's Chainsaw tests and kuttl steps, with why it is not checked. */
export function testAssertions(view: HarnessView): Map<string, string> {
  const found = new Map<string, string>();
  const files = new Set(view.files);
  for (const file of view.files) {
    if (!/\.ya?ml$/i.test(file)) continue;
    if (KUTTL_ASSERTION.test(basename(file))) {
      found.set(file, 'kuttl assertion (matched against the cluster, never applied)');
      continue;
    }
    const text = view.read(file);
    if (!/^apiVersion:\s*["']?chainsaw\.kyverno\.io\//m.test(text)) continue;
    for (const assertion of chainsawAssertions(text)) {
      const path = normalize(join(dirname(file), assertion));
      if (files.has(path)) found.set(path, `Chainsaw assertion of ${file} (matched against the cluster, never applied)`);
    }
  }
  return found;
}

/** The `assert.file` and `error.file` operations of every step of a Chainsaw Test (try, catch, finally, cleanup). */
function chainsawAssertions(text: string): string[] {
  const paths: string[] = [];
  for (const document of parseAllDocuments(text, { uniqueKeys: false })) {
    let test: unknown;
    try {
      test = document.toJS({ maxAliasCount: 100 });
    } catch {
      continue; // an alias bomb or a broken document names no file
    }
    const spec = record(record(test).spec);
    for (const step of list(spec.steps)) {
      for (const phase of ['try', 'catch', 'finally', 'cleanup']) {
        for (const operation of list(record(step)[phase])) {
          for (const kind of ['assert', 'error']) {
            const file = record(record(operation)[kind]).file;
            // A glob (`*-assert.yaml`) or a templated name is left to be judged: only named files are excused.
            if (typeof file === 'string' && file !== '' && !/[*?[{$]/.test(file)) paths.push(file);
          }
        }
      }
    }
  }
  return paths;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
