// The verdict: counts by severity and whether anything reaches the fail-on threshold.
import { fingerprints } from './compare/fingerprint.js';
import { PIPELINE_RULES, type Counts, type FailOn, type Finding, type Outcome, type Severity } from './model.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };
/** Rules about what kustomize overlays set by convention (the images transformer), not a base's own settings. */
const OVERLAY_SET_RULES: ReadonlySet<string> = new Set(['image-tag', 'image-digest']);

/**
 * Findings an exception accepted, and those the base commit has too (new-findings-only), stay in the list (reports
 * show them) but are not counted and fail nothing. Each finding gets its fingerprint here, once, in the final order.
 */
export function decideOutcome(findings: Finding[], failOn: FailOn, targets: number, resources: number): Outcome {
  const counts: Counts = { error: 0, warning: 0, notice: 0 };
  const counted = findings.filter(isCounted);
  for (const finding of counted) counts[finding.severity]++;
  const verdict = counted.some((finding) => fails(finding, failOn)) ? 'fail' : 'pass';
  const sorted = sortFindings(findings);
  const prints = fingerprints(sorted);
  return { findings: sorted.map((finding, index) => ({ ...finding, fingerprint: prints[index]! })), counts, failOn, verdict, targets, resources };
}

/** Neither accepted by an exception nor already in the base commit. */
export function isCounted(finding: Finding): boolean {
  return !finding.suppressed && finding.baseline !== 'existing';
}

/**
 * A kustomize base is checked on its own and again through each overlay that builds on it; a violation the overlay
 * keeps as it is (same rule, same source line, same message) is the base's to fix, so it is reported once, there.
 * Likewise the same object judged by two targets (a file both a kustomization and discovery check, because the
 * kustomization could not be read as kustomize reads it) gives one finding per problem, the first target's.
 */
export function withoutRepeats(findings: Finding[]): Finding[] {
  const at = (finding: Finding) => [finding.ruleId, finding.location?.file, finding.location?.line, finding.location?.column, finding.message];
  const key = (finding: Finding, target: string) => JSON.stringify([target, ...at(finding)]);
  // Every finding of a base, as it would read from each target that includes the base.
  const fromBases = new Set(findings.flatMap((finding) => (finding.target.includedBy ?? []).map((overlay) => key(finding, overlay))));
  const fromBase = (finding: Finding) => fromBases.size > 0 && fromBases.has(key(finding, finding.target.path));
  // A base is judged on its own: a pipeline may apply it alone, and a violation every overlay patches away is still
  // the base's (the hostile corpus holds the gate to that). The image reference is the exception: kustomize's idiom
  // is an untagged image in the base and `images: newTag` in each overlay, so an untagged image that no overlay
  // building on the base keeps is no finding, unless an overlay could not be rendered (then the base's own render is
  // the only judgement there is) or a controller object deploys the base itself.
  const own = new Set(findings.map((finding) => key(finding, finding.target.path)));
  const unrendered = new Set(findings.filter((finding) => finding.ruleId === PIPELINE_RULES.render).map((finding) => finding.target.path));
  const fixedByEveryIncluder = (finding: Finding) => {
    const includers = finding.target.includedBy ?? [];
    if (!includers.length || finding.target.deployedBy || !OVERLAY_SET_RULES.has(finding.ruleId)) return false;
    return includers.every((overlay) => !unrendered.has(overlay) && !own.has(key(finding, overlay)));
  };
  // A repeat from another render variant of the same target adds its name to the finding kept ("fails in prod, staging").
  const seen = new Map<string, number>();
  const copied = new Set<number>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    if (fromBase(finding) || fixedByEveryIncluder(finding)) continue;
    const variant = finding.target.variant;
    // A copy only where it will differ (or may, below): a big run has tens of thousands of findings.
    const named: Finding = variant === undefined ? finding : { ...finding, variants: [variant] };
    if (!finding.location) {
      kept.push(named);
      continue;
    }
    const { kind, namespace, name } = finding.resource ?? {};
    const same = JSON.stringify([...at(finding), kind, namespace, name]);
    const known = seen.get(same);
    if (known === undefined) {
      seen.set(same, kept.length);
      kept.push(named);
    } else {
      // The first is changed below: changed as a copy, never in the caller's array.
      if (!copied.has(known)) kept[known] = { ...kept[known]! };
      copied.add(known);
      const first = kept[known]!;
      if (variant !== undefined && first.variants && !first.variants.includes(variant)) first.variants.push(variant);
      // The same finding from a directory checked alone and as an Application deploys it names the Application.
      if (!first.target.deployedBy && finding.target.deployedBy) first.target = finding.target;
    }
  }
  return kept;
}

/**
 * The same problem at the same place for several objects is one finding, naming each (`alsoFor`): a chart line that
 * every `ci/` variant renders under another name, an overlay's one `namespace:` line that every workload takes, a
 * subchart's line judged alone and through its parent, a values line shared by differently named containers. A
 * reviewer fixes one line, so one annotation. The same rule, severity, place and message shape (messageShape; a
 * deploying object's `not-checked` whatever its message: each copy of a HelmRelease names the version an overlay
 * gave it), and the same acceptance: after exceptions, so an exception for
 * one of the objects still accepts only that one's finding. Each object stays in the finding's identity for
 * new-findings-only (src/compare/compare.ts).
 */
export function foldByPlace(findings: Finding[]): Finding[] {
  const first = new Map<string, number>();
  const copied = new Set<number>();
  const kept: Finding[] = [];
  for (const finding of findings) {
    const { location, resource } = finding;
    if (!location) {
      kept.push(finding);
      continue;
    }
    // A deploying object's not-checked copies (a base and each overlay that patches its version) are one; an
    // ApplicationSet's Applications at its one line are each their own.
    const deployer = finding.target.deployedBy;
    // Its namespace is left out: a hub's Kustomizations apply one HelmRelease file into a namespace each.
    const message = finding.ruleId === 'not-checked' && deployer ? JSON.stringify([deployer.kind, deployer.name, deployer.file, deployer.line]) : messageShape(finding);
    const key = JSON.stringify([finding.ruleId, finding.severity, location.file, location.line, location.column, message, finding.suppressed ?? null]);
    const at = first.get(key);
    // Within one object, two names at one line (two volumes located at `volumes:`) are two problems: each is shown.
    if (at !== undefined && [kept[at]!, ...(kept[at]!.alsoFor ?? [])].some((other) => sameResource(other, finding) && other.message !== finding.message)) {
      kept.push(finding);
      continue;
    }
    if (at === undefined) {
      first.set(key, kept.length);
      kept.push(finding);
      continue;
    }
    // Copied once, then grown in place: a namespace line can carry a thousand workloads.
    if (!copied.has(at)) {
      const into = kept[at]!;
      kept[at] = { ...into, alsoFor: [...(into.alsoFor ?? [])], ...(into.variants && { variants: [...into.variants] }) };
      copied.add(at);
    }
    const into = kept[at]!;
    into.alsoFor!.push({ ...(resource && { resource }), target: finding.target, ...(finding.fieldPath && { fieldPath: finding.fieldPath }), message: finding.message }, ...(finding.alsoFor ?? []));
    for (const variant of finding.variants ?? []) if (into.variants && !into.variants.includes(variant)) into.variants.push(variant);
  }
  return kept;
}

function sameResource(a: Pick<Finding, 'resource'>, b: Pick<Finding, 'resource'>): boolean {
  const [x, y] = [a.resource, b.resource];
  return x !== undefined && y !== undefined && x.kind === y.kind && x.namespace === y.namespace && x.name === y.name;
}

/**
 * A message as the same problem reads for any object: the names it quotes (a container, an image, an RBAC resource
 * of one flow list) and the object's kind (`the pods of this StatefulSet`) left out. One values line that sets the
 * security context of four differently named containers is one place to fix.
 */
function messageShape(finding: Finding): string {
  const quoted = finding.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\b(?:init|ephemeral) container "…"/g, 'container "…"');
  const kind = finding.resource?.kind;
  return kind ? quoted.replaceAll(`this ${kind}`, 'this …') : quoted;
}

/** What the pull request introduces first (new-findings-only), then most severe first, then by file and line, so every report lists the same order. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.baseline === 'existing') - Number(b.baseline === 'existing') ||
      RANK[b.severity] - RANK[a.severity] ||
      (a.location?.file ?? '').localeCompare(b.location?.file ?? '') ||
      (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId) ||
      a.message.localeCompare(b.message),
  );
}

/** Whether a finding is at or above the fail-on threshold. */
export function fails(finding: Finding, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[finding.severity] >= RANK[failOn];
}

/** How many findings fail the run. */
export function failingCount(outcome: Outcome): number {
  return outcome.findings.filter((finding) => isCounted(finding) && fails(finding, outcome.failOn)).length;
}
