// Shared data types of the pipeline: discover → render → manifests → policy → outcome → report.
import type { RuleInfo } from './policy/bundle.js';
import type { PssJudgement, SkippedRule } from './policy/versions.js';
import type { RandomNamePattern } from './render/randomnames.js';
import type { ShardPart } from './shard/split.js';

export type Severity = 'error' | 'warning' | 'notice';

/** What a finding must reach to fail the run; `never` only reports. */
export type FailOn = Severity | 'never';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** A unit that renders to a set of Kubernetes objects. */
export interface Target {
  kind: 'kustomize' | 'helm' | 'manifests';
  /** Repository-relative path (POSIX separators): the kustomization directory, chart directory or YAML file. */
  path: string;
  /** Helm only: how the chart is rendered. */
  helm?: HelmVariant;
  /**
   * Kustomize only: repository paths of the kustomize targets that build this one too (directly or through other
   * bases), so a base that cannot render alone can be reported as checked through them (if they rendered).
   */
  includedBy?: string[];
  /** The render variant's name (a chart's `ci/<name>-values.yaml`, a config `variants` entry): shown as `path (variant)`. */
  variant?: string;
  /** The GitOps object (Argo CD Application, Flux Kustomization or HelmRelease) that deploys this target this way. */
  deployedBy?: Deployer;
  /**
   * The namespace the deploying tool puts each namespaced object it renders without `metadata.namespace` in: an
   * Argo CD Application's `destination.namespace`, a Flux HelmRelease's release namespace. Helm targets without it
   * land in their release namespace (`helm.namespace`, else `default`); see src/discover/gitops/namespace.ts.
   */
  namespace?: string;
  /** Kustomize only: what the deploying Application or Flux Kustomization sets on top of the kustomization. */
  kustomize?: KustomizeOptions;
  /** Flux `postBuild.substitute`: `${NAME}` in the rendered text replaced as Flux replaces it. */
  substitute?: Record<string, string>;
  /** Helm only: the chart comes from a chart repository (pulled with allow-network); `path` is then the deploying object's file. */
  chart?: RemoteChart;
}

/** A chart in a Helm repository or an OCI registry, as a HelmRelease or an Application names it. */
export interface RemoteChart {
  /** `https://…` Helm repository, or `oci://host/path` holding the chart as `<path>/<name>`. */
  repository: string;
  name: string;
  /** A version or a semver range; the newest when absent. */
  version?: string;
  /** Values files inside the chart (Argo CD valueFiles, Flux valuesFiles), applied before the variant's own. */
  valuesFiles?: string[];
}

export interface HelmVariant {
  releaseName: string;
  namespace?: string;
  /** Repository-relative values files, applied in order after the chart's own values.yaml. */
  valuesFiles: string[];
  kubeVersion?: string;
  /** Inline values (YAML text), applied after the values files in order (Argo CD `values`, Flux `spec.values`…). */
  values?: string[];
  /** `--set` pairs (`key=value`), applied last. */
  set?: string[];
  /** `--api-versions` for Helm's .Capabilities.APIVersions. */
  apiVersions?: string[];
}

/** An object in the repository that deploys a target: findings name it. */
export interface Deployer {
  kind: string;
  name: string;
  namespace?: string;
  /** Repository-relative file (the source file of the rendered object) and 1-based line. */
  file: string;
  line: number;
}

export interface KustomizeOptions {
  namePrefix?: string;
  nameSuffix?: string;
  namespace?: string;
  /** Kustomize `images` entries. */
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  commonLabels?: Record<string, string>;
  commonAnnotations?: Record<string, string>;
  /** Pass --enable-helm (with the pinned helm as --helm-command) for `helmCharts`. */
  enableHelm?: boolean;
  /**
   * What the deploying controller writes into the kustomization itself (Flux's generator, Argo CD's `kustomize
   * edit`): made in a copy of the target's directory before the build, so its patches and components run in the
   * kustomization's own order (the fields above are a wrapper's, applied on top). Never written into the wrapper.
   */
  edits?: KustomizationEdits;
}

/** A GitOps controller's changes to a kustomization, as its controller makes them (see KustomizeOptions.edits). */
export interface KustomizationEdits {
  /** The directory has no kustomization: one listing its manifests is generated first, as Flux does. */
  generate?: boolean;
  namespace?: string;
  namePrefix?: string;
  nameSuffix?: string;
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  /** Appended to `patches`: inline (`patch`) or a repository file relative to the kustomization (`path`). */
  patches?: { patch?: string; path?: string; target?: Record<string, unknown>; options?: Record<string, boolean> }[];
  /** Appended to `patchesStrategicMerge` (inline YAML). */
  patchesStrategicMerge?: string[];
  /** Appended to `patchesJson6902` (the operations as JSON text). */
  patchesJson6902?: { patch: string; target: Record<string, unknown> }[];
  /** Appended to `components`: directories relative to the kustomization, inside the repository. */
  components?: string[];
  /** `replicas` entries, replacing one of the same name. */
  replicas?: { name: string; count: number }[];
}

/** One YAML document as rendered, with where it came from. */
export interface RenderedDocument {
  /** The YAML text of this document alone. */
  text: string;
  /** 1-based line of `text` within the file it was read from, for plain files. */
  firstLine: number;
  /** Repository-relative file this document comes from (the template for Helm, the origin for Kustomize). */
  sourceFile: string;
  /** Further repository-relative files that may hold the document's fields (Kustomize patches, Helm values files). */
  relatedFiles: string[];
  /** True when `text` is the source file's own content (plain manifests), so positions in it are positions in the PR. */
  textIsSource: boolean;
  /** Helm: the template's `name:` lines that render a random part (src/render/randomnames.ts). */
  randomNames?: RandomNamePattern[];
  /** Annotations the renderer added for its own bookkeeping; removed before evaluation. */
  internalAnnotations?: string[];
  /** Where every finding in this document points, when its source is no file of the repository (a pulled chart). */
  location?: SourceLocation;
  /** Kustomize only: every transformer that ran over the object, in the order it ran (transformerAnnotations). */
  transformations?: KustomizeTransformation[];
  /** Kustomize only: the generator that made the object (`ConfigMapGenerator`…), configured in `sourceFile`. */
  generator?: string;
}

export interface KustomizeTransformation {
  /** Repository-relative kustomization file that configured it; absent for our wrapper (a deployer's overrides). */
  file?: string;
  /** kustomize's builtin kind: `PatchTransformer`, `NamespaceTransformer`, `ImageTagTransformer`… */
  kind: string;
}

export interface Rendered {
  target: Target;
  documents: RenderedDocument[];
}

/** A rendered Kubernetes object ready for evaluation. */
export interface Resource {
  object: Record<string, unknown>;
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  target: Target;
  document: RenderedDocument;
  /** Where the object sits in its document when a list held it (`['items', 3]`); absent for a whole document. */
  documentPath?: (string | number)[];
}

export interface SourceLocation {
  /** Repository-relative path. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column?: number;
}

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  /** The name as it stays from one render to the next when Helm writes part of it at random (`web-test-*`). */
  stableName?: string;
}

/** Rule ids of findings that mean "could not check", as opposed to "checked and failed". */
export const PIPELINE_RULES = {
  render: 'render-error',
  parse: 'parse-error',
  evaluation: 'evaluation-error',
} as const;

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  target: Target;
  resource?: ResourceRef;
  /** JSON path of the offending field within the object (closest existing parent when missing). */
  fieldPath?: (string | number)[];
  location?: SourceLocation;
  /** An exception accepted it: it is reported (JSON, summary) but neither counted nor failing the run. */
  suppressed?: Suppression;
  /** The render variants that gave this same finding (`prod`, `staging`), when the target has variants. */
  variants?: string[];
  /**
   * The other objects with this same problem at this same place (a chart line every variant renders, an overlay's
   * `namespace:` line every workload takes): one place to fix, one finding, naming each object (src/outcome.ts).
   */
  alsoFor?: FoldedFinding[];
  /** Stable identity (rule, object, field path, variant; see src/compare/fingerprint.ts), set by the outcome. */
  fingerprint?: string;
  /**
   * Compared with the base commit (new-findings-only): `new` the pull request introduces it, `existing` the base has
   * it too, so it is reported but neither counted nor failing the run. Absent when nothing was compared.
   */
  baseline?: 'new' | 'existing';
}

/** What a finding folded into another at the same place keeps: enough to tell it from the base's (src/compare). */
export type FoldedFinding = Pick<Finding, 'resource' | 'target' | 'fieldPath' | 'message'>;

/** Why a finding is reported but does not count: the exception that accepted it. */
export interface Suppression {
  by: 'config' | 'annotation';
  reason: string;
  owner?: string;
  expires?: string;
  /** Where the exception is written: the config file, or the object's annotation once located. */
  file?: string;
  line?: number;
}

export interface Counts {
  error: number;
  warning: number;
  notice: number;
}

export interface Outcome {
  findings: Finding[];
  counts: Counts;
  failOn: FailOn;
  /** `fail` when a finding is at or above `failOn`. */
  verdict: 'pass' | 'fail';
  targets: number;
  resources: number;
  /** Every rule the run could report, as the config set them (custom ones included): reports describe findings by them. */
  rules?: RuleInfo[];
  /** What the config file changed about the rules, for reviewers: the file is part of the pull request. */
  configuration?: ConfigurationSummary;
  /** Rules the target Kubernetes version is too old for, with why. */
  skippedRules?: SkippedRule[];
  /** The Pod Security level and policy version that judged each namespace. */
  podSecurity?: PssJudgement[];
  /** Every YAML, JSON, Jsonnet and template file under `paths`: how many were checked, and why the others were not. */
  files?: FileAccounting;
  /** The base commit judged too (new-findings-only): what the pull request introduces and fixes. */
  comparison?: Comparison;
  /** A shard's run (shard: i/n): what merge-reports needs to join it with the other shards (src/shard). */
  shard?: ShardPart;
}

/** Findings of the pull request against those of its base commit; counts leave out findings an exception accepted. */
export interface Comparison {
  /** The base commit judged (absent when there was none to judge). */
  base?: string;
  /** Findings the pull request introduces: the only ones that count. */
  introduced: number;
  /** Findings the base has too: reported, not counted. */
  existing: number;
  /** Findings of the base the pull request removes. */
  fixed: number;
  /** Why the base could not be judged, in whole or in part (then the findings there count as new). */
  notice?: string;
}

/** "Checked N of M files": `checked + notChecked.length === total`. */
export interface FileAccounting {
  total: number;
  checked: number;
  notChecked: { file: string; reason: string }[];
}

export interface ConfigurationSummary {
  /** Repository-relative path of the config file. */
  file: string;
  disabled: string[];
  enabled: string[];
  regraded: { rule: string; severity: Severity }[];
  /** Rules whose parameters it sets. */
  parameters: string[];
  exceptions: number;
  /** Changes the pull request's config makes that wait for the merge (src/config/trust.ts). */
  pending?: PendingConfigChange[];
  /** The base commit whose config decided what may loosen, or why it could not be read. */
  trustedFrom?: { commit: string; file?: string } | { problem: string };
}

/** A setting the pull request's config would loosen: shown, not applied, until the change is merged. */
export interface PendingConfigChange {
  /** As the config file names it: `fail-on`, `rules.privileged.enabled`, `exceptions[2]`. */
  key: string;
  /** The config file the pull request changes. */
  file: string;
  /** Where the PR writes it (absent when the PR removes the key or the file). */
  line?: number;
  /** What the pull request asks for, as written; absent when it removes the setting. */
  proposed?: string;
  /** What applies instead. */
  applied: string;
  /** The sentence every report shows. */
  message: string;
}
