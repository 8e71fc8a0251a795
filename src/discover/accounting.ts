// Every YAML, JSON, Jsonnet and template file under `paths`, accounted for: checked as part of a target, or listed
// with the reason it was not. "Checked 40 of 52 files" is the line that keeps a green run honest.
import { chartTemplateReason, isChartTemplateFile, nonObjectFileReason } from './kinds.js';
import { basename, dirname, join } from 'node:path/posix';
import type { FileAccounting, Target } from '../model.js';
import { CHART_FILE, chartRole, isLibraryChart, isWithin, owningChart } from './helm.js';
import { generatorInputs, KUSTOMIZATION_FILES, readKustomization, type Kustomization } from './kustomize.js';
import { isTemplated, notAppliedFiles } from './index.js';
import { isSelected, parseSelection } from './select.js';
import type { SkippedDirectory, SkippedLink } from './walk.js';

/** Files that could hold or make Kubernetes objects. */
const ACCOUNTED = /\.(ya?ml|json|jsonnet|libsonnet|tpl|gotmpl)$/i;

export interface AccountingInput {
  files: string[];
  read(path: string): string;
  paths: string[];
  /** Every target rendered, GitOps ones included. */
  targets: Target[];
  skippedDirectories?: SkippedDirectory[];
  skippedLinks?: SkippedLink[];
  /** Reasons discovery already knows (a plugin's directory). */
  notChecked?: { file: string; reason: string }[];
  /** The config file, which configures the gate and deploys nothing. */
  configFile?: string;
}

export function accountFiles(input: AccountingInput): FileAccounting {
  const selection = parseSelection(input.paths);
  const candidates = input.files.filter((file) => isSelected(file, selection) && (ACCOUNTED.test(file) || KUSTOMIZATION_FILES.includes(basename(file))));
  const checked = checkedFiles(input);
  const known = new Map((input.notChecked ?? []).map((entry) => [entry.file, entry.reason]));
  const why = reasons(input);
  const notChecked = candidates.filter((file) => !checked.has(file)).map((file) => ({ file, reason: known.get(file) ?? why(file) }));
  const unwalked: { file: string; reason: string }[] = [];
  for (const directory of input.skippedDirectories ?? []) {
    for (const file of directory.files.filter((item) => isSelected(item, selection))) {
      unwalked.push({ file, reason: `dependency directory ${directory.path}/: add it to paths to check it` });
    }
  }
  for (const link of input.skippedLinks ?? []) {
    if (!link.directory && ACCOUNTED.test(link.path) && isSelected(link.path, selection)) unwalked.push({ file: link.path, reason: `symbolic link not followed: ${link.reason}` });
  }
  const total = candidates.length + unwalked.length;
  const all = [...notChecked, ...unwalked].sort((a, b) => a.file.localeCompare(b.file));
  return { total, checked: total - all.length, notChecked: all };
}

/** Files some target renders or reads as its own: manifests, chart files helm reads, what kustomizations build from. */
function checkedFiles(input: AccountingInput): Set<string> {
  const checked = new Set<string>();
  const charts = input.files.filter((file) => basename(file) === CHART_FILE).map(dirname);
  const kustomizations = readKustomizations(input);
  for (const target of input.targets) {
    if (target.kind === 'manifests') checked.add(target.path);
    if (target.kind === 'helm') {
      for (const file of input.files) if (isWithin(file, target.path) && chartRole(file, charts, new Set()) === 'chart') checked.add(file);
      for (const file of target.helm?.valuesFiles ?? []) checked.add(file);
    }
    if (target.kind === 'kustomize') {
      for (const directory of reachable(target.path, kustomizations)) {
        const kustomization = kustomizations.get(directory)!;
        checked.add(kustomization.file);
        for (const file of [...kustomization.references, ...kustomization.fragments, ...kustomization.generated]) checked.add(file);
        for (const chart of kustomization.helmCharts ?? []) for (const file of input.files) if (isWithin(file, chart.chartDirectory)) checked.add(file);
      }
    }
  }
  return checked;
}

type KustomizationFile = Kustomization & { file: string; generated: string[] };

function readKustomizations(input: AccountingInput): Map<string, KustomizationFile> {
  const kustomizations = new Map<string, KustomizationFile>();
  for (const file of input.files) {
    if (!KUSTOMIZATION_FILES.includes(basename(file)) || kustomizations.has(dirname(file))) continue;
    const text = input.read(file);
    kustomizations.set(dirname(file), { file, ...readKustomization(file, text), generated: generatorInputs(dirname(file), text) });
  }
  return kustomizations;
}

function reachable(start: string, kustomizations: Map<string, Kustomization>): string[] {
  const seen = new Set<string>(kustomizations.has(start) ? [start] : []);
  const pending = [...seen];
  while (pending.length) {
    for (const path of kustomizations.get(pending.pop()!)!.references) {
      if (kustomizations.has(path) && !seen.has(path)) {
        seen.add(path);
        pending.push(path);
      }
    }
  }
  return [...seen];
}

/** Why a file no target renders was not checked, in the user's terms. */
function reasons(input: AccountingInput): (file: string) => string {
  const charts = input.files.filter((file) => basename(file) === CHART_FILE).map(dirname);
  const libraries = new Set(charts.filter((chart) => isLibraryChart(input.read(join(chart, CHART_FILE)))));
  const rendered = new Set(input.targets.filter((target) => target.kind === 'helm').map((target) => target.path));
  let unused: Map<string, string> | undefined;
  return (file) => {
    unused ??= notAppliedFiles(input, readKustomizations(input));
    const beside = unused.get(file);
    if (beside) return beside;
    if (/\.(jsonnet|libsonnet)$/i.test(file)) return 'jsonnet: not supported';
    if (file === input.configFile) return 'kube-policy-gate configuration';
    const chart = owningChart(file, charts);
    if (chart !== undefined && libraries.has(chart)) return `library chart ${chart}: rendered only through the charts that depend on it`;
    if (chart !== undefined && isChartTemplateFile(file, input.read(file), charts)) return chartTemplateReason(chart);
    if (chart !== undefined && rendered.has(chart)) {
      return /values/i.test(basename(file)) ? `values file of chart ${chart} that no render uses` : `file of chart ${chart} that helm does not render`;
    }
    if (chart !== undefined) return `in chart ${chart}, which is not checked`;
    if (/\.(tpl|gotmpl)$/i.test(file)) return 'template outside a Helm chart';
    if (KUSTOMIZATION_FILES.includes(basename(file))) return 'kustomization that is not built (a Component no checked kustomization uses)';
    const text = input.read(file);
    return nonObjectFileReason(text) ?? (isTemplated(text) ? 'template (Jinja or Go templating) that is not YAML as it stands' : 'not a Kubernetes manifest (no apiVersion and kind)');
  };
}
