// The pipeline as a recipe: discover → render → parse → evaluate → decide. Shared by the action and the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkValuesFiles, discoverTargets } from './discover/index.js';
import { isSelected, parseSelection } from './discover/select.js';
import { listFiles } from './discover/walk.js';
import { parseRendered } from './manifests/parse.js';
import { createLocator } from './manifests/source.js';
import type { Finding, Outcome, Resource, Target } from './model.js';
import { decideOutcome } from './outcome.js';
import { loadBundle } from './policy/bundle.js';
import { decide, namespaceLevels } from './policy/decision.js';
import { createEvaluator } from './policy/evaluate.js';
import { policyData } from './policy/inventory.js';
import { renderTarget, type RenderContext, type RenderResult } from './render/index.js';
import type { Settings } from './inputs.js';

export interface CheckOptions extends Settings {
  /** Directory holding policy.wasm and rules.json; defaults to the bundled one. */
  bundleDir?: string;
  /** Rule ids to report whatever the profile (optional rules included). */
  enable?: string[];
  /** Called as each target finishes rendering (progress for logs). */
  onRendered?: (result: RenderResult) => void;
}

export async function check(options: CheckOptions): Promise<Outcome> {
  const { files, skippedLinks } = await listFiles(options.root);
  checkValuesFiles(options.valuesFiles, new Set(files));
  const read = cachedReader(options.root);
  const targets = discoverTargets({ files, read: (path) => read(path) ?? '' }, options);

  const context: RenderContext = { root: options.root, timeoutMs: options.renderTimeoutMs, allowNetwork: options.allowNetwork };
  const rendered = await mapConcurrently(targets, 2, async (target) => {
    const result = await renderTarget(target, context);
    options.onRendered?.(result);
    return result;
  });

  const findings: Finding[] = [];
  const resources: Resource[] = [];
  for (const result of rendered) {
    if ('failure' in result) {
      findings.push(result.failure);
      continue;
    }
    const parsed = parseRendered(result.target, result.documents);
    resources.push(...parsed.resources);
    findings.push(...parsed.findings);
  }
  if (targets.length === 0) findings.push(noTargets(options.paths));
  // Links that could hold manifests; a link to a README outside the checkout is none of our business.
  const selection = parseSelection(options.paths);
  const relevantLinks = skippedLinks.filter((link) => (link.directory || /\.ya?ml$/i.test(link.path)) && isSelected(link.path, selection));
  findings.push(...relevantLinks.map(({ path, reason }) => skippedLink(path, reason)));

  const bundle = await loadBundle(options.bundleDir);
  const evaluator = await createEvaluator(bundle, policyData(resources));
  const evaluations = evaluator.evaluateAll(resources);
  findings.push(
    ...decide(
      evaluations,
      bundle.rules,
      { profile: options.profile, enabled: new Set(options.enable), namespaces: namespaceLevels(resources) },
      createLocator(read),
    ),
  );
  return decideOutcome(findings, options.failOn, targets.length, resources.length);
}

function noTargets(paths: string[]): Finding {
  const where = paths.length ? paths.join(', ') : 'the repository';
  return {
    ruleId: 'no-targets',
    severity: 'notice',
    title: 'Nothing to check',
    message: `no kustomization, Helm chart or Kubernetes manifest was found in ${where}`,
    target: { kind: 'manifests', path: '.' },
  };
}

function skippedLink(path: string, reason: string): Finding {
  return {
    ruleId: 'skipped-link',
    severity: 'notice',
    title: 'Not checked: symbolic link',
    message: `${path} is ${reason}; it was not checked`,
    target: { kind: 'manifests', path },
    location: { file: path, line: 1 },
  };
}

/** Reads repository files once each; undefined for a file that cannot be read. */
function cachedReader(root: string): (path: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(join(root, path), 'utf8'));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path);
  };
}

async function mapConcurrently<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
