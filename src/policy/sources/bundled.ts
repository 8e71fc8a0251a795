// Policies in our own style (entrypoint kpg/violations) as sources: the bundled library, and users' bundles like it.
import type { Resource } from '../../model.js';
import { loadBundle, type RuleInfo } from '../bundle.js';
import { createEvaluator, evaluatorFor, type Evaluation, type Evaluator } from '../evaluate.js';
import type { PolicySource } from './types.js';
import { mergeData } from '../data.js';
import type { CompiledPolicy, RuleNotes, WasmPolicy } from './wasm.js';
import type { EvaluationThreads } from '../threads.js';
import { errorMessage } from '../../errors.js';

/** Our library from dist/policy (or `bundleDir`); `data` is passed as given, data.kpg.run included. */
export async function loadBundledSource(bundleDir?: string, threads?: EvaluationThreads): Promise<PolicySource> {
  const bundle = await loadBundle(bundleDir);
  const evaluator = await createEvaluator(bundle, {});
  return {
    origin: 'kube-policy-gate',
    style: 'kpg',
    rules: bundle.rules,
    threadable: bundle.wasm,
    evaluateAll: evaluateWith(evaluator, (data) => data, bundle.wasm, threads),
    dataProblems(data) {
      evaluator.setData(data);
      return evaluator.dataProblems().map((problem) => `${problem.path.join('.')}: ${problem.message}`);
    },
  };
}

/**
 * A user's bundle in our style, evaluated by `policy` (a guarded thread, see guard.ts: the bundle comes from the
 * pull request). Rules are described by the METADATA of their `kpg.rules.<name>` packages when the bundle was
 * compiled here from Rego (`notes`); a prebuilt bundle carries no METADATA, so a rule is described when it first
 * reports: id from the violation, title = id, severity error.
 */
export function kpgSource(compiled: CompiledPolicy, policy: WasmPolicy): PolicySource {
  const evaluator = evaluatorFor(policy);
  const rules = compiled.notes ? describedRules(compiled.notes, compiled.origin) : [];
  const known = new Set(rules.map((rule) => rule.id));
  const evaluate = (resources: Resource[], data: Record<string, unknown>): Evaluation[] => {
    try {
      // data.kpg.run lists the bundled library's rule packages: it would silence every rule of this bundle.
      evaluator.setData(mergeData(compiled.data, withoutRun(data)));
    } catch (error) {
      // A policy that cannot take the data (or was stopped) judges none of the objects: each is reported.
      return resources.map((resource) => ({ resource, error: errorMessage(error) }));
    }
    return evaluator.evaluateAll(resources);
  };
  const describe = (evaluations: Evaluation[]) => {
    for (const id of reportedRules(evaluations)) {
      if (known.has(id)) continue;
      known.add(id);
      rules.push(customRule(id, compiled.origin, {}));
    }
    return evaluations;
  };
  return {
    origin: compiled.origin,
    style: 'kpg',
    rules,
    evaluateAll: (resources, data) => describe(evaluate(resources, data)),
  };
}

/** On the run's threads when it has started them (threads.ts), else in process: the same evaluations either way. */
function evaluateWith(evaluator: Evaluator, dataFor: (data: Record<string, unknown>) => Record<string, unknown>, wasm: ArrayBuffer, threads?: EvaluationThreads) {
  return (resources: Resource[], data: Record<string, unknown>): Evaluation[] | Promise<Evaluation[]> => {
    const pool = threads?.pool(wasm);
    if (pool) return pool.then((threaded) => threaded.evaluate(resources, dataFor(data)));
    evaluator.setData(dataFor(data));
    return evaluator.evaluateAll(resources);
  };
}

function withoutRun(data: Record<string, unknown>): Record<string, unknown> {
  const kpg = data.kpg;
  if (typeof kpg !== 'object' || kpg === null || !('run' in kpg)) return data;
  const { run: _run, ...rest } = kpg as Record<string, unknown>;
  return { ...data, kpg: rest };
}

function reportedRules(evaluations: Evaluation[]): Set<string> {
  return new Set(evaluations.flatMap((evaluation) => ('violations' in evaluation ? evaluation.violations.map((violation) => violation.rule) : [])));
}

/** Notes keyed `kpg.rules.<name>`: the rule id is METADATA's custom.id, else the package name with dashes. */
function describedRules(notes: Record<string, RuleNotes>, origin: string): RuleInfo[] {
  return Object.entries(notes)
    .filter(([path]) => /^kpg\.rules\.[^.]+$/.test(path))
    .map(([path, note]) => customRule(note.id ?? path.slice('kpg.rules.'.length).replaceAll('_', '-'), origin, note, path.slice('kpg.rules.'.length)));
}

/** A user's rule, reported in every profile; `name` is its Rego package (ours: the name under kpg.rules). */
export function customRule(id: string, origin: string, notes: RuleNotes, name = id.replaceAll('-', '_')): RuleInfo {
  const severity = notes.severity === 'warning' || notes.severity === 'notice' ? notes.severity : 'error';
  const rule: RuleInfo & { custom: boolean } = {
    id,
    package: name,
    title: notes.title ?? id,
    description: notes.description ?? `rule ${id} of policy bundle ${origin}`,
    severity,
    // Every profile, so that the profile never hides a rule the user asked for (`custom` says why).
    profiles: ['baseline', 'restricted', 'hardened'],
    optional: false,
    remediation: notes.remediation ?? '',
    references: notes.references ?? [],
    file: notes.file ?? origin,
    custom: true,
  };
  return rule;
}
