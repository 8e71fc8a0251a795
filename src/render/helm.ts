// Renders a chart with the real `helm template`, mapping each document to the template that produced it.
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { HelmVariant, RenderedDocument, Target } from '../model.js';
import { isBlankDocument, splitDocuments } from '../manifests/split.js';
import { findTool } from '../tools.js';
import { RenderRefusal } from './confine.js';
import { fileDependencyDirs, fileDependencyFile } from './dependencies.js';
import { apiVersionsFor } from './apiversions.js';
import { isReleaseName } from './helmcharts.js';
import { randomNamePatterns, type RandomNamePattern } from './randomnames.js';
import { schemaProblem } from './schema.js';
import { execTool, offlineHint, stoppedReason, trimStderr } from './exec.js';
import type { RenderContext } from './index.js';
import { guardFetches } from './netguard.js';

export async function renderHelm(target: Target, context: RenderContext): Promise<RenderedDocument[]> {
  const helm = findTool('helm');
  if (!helm) throw new Error('`helm` was not found on PATH; install Helm (scripts/install-tools.sh does)');
  const variant = target.helm ?? { releaseName: 'release', valuesFiles: [] };
  for (const file of variant.valuesFiles) {
    if (!existsSync(resolve(context.root, file))) throw new Error(`values file '${file}' does not exist`);
  }
  // The chart, its subcharts (archived ones too) and the file:// dependencies helm packed in from the repository.
  const chartDir = resolve(context.root, target.path);
  // Dependencies first: a refusal then names their file, not the archive dependency build made of it in the sandbox.
  const fetches: string[] = [];
  const schema = schemaProblem(context.root, [...fileDependencyDirs(context.root, chartDir), chartDir], context.allowNetwork, fetches);
  if (schema) throw new RenderRefusal({ file: schema.file, line: 1, message: schema.message });
  await guardFetches(fetches, context.allowNetworkHosts);
  // Helm offline knows only the core APIs: tell charts what a cluster of the target version serves, and the CRDs.
  const apiVersions = [...new Set([...apiVersionsFor(variant.kubeVersion), ...(context.crdApiVersions ?? []), ...(variant.apiVersions ?? [])])];
  const result = await execTool(helm, templateArgs(target.path, { ...variant, apiVersions }, context.root), {
    cwd: context.root,
    timeoutMs: context.timeoutMs,
    maxOutputBytes: context.maxRenderBytes,
    network: context.allowNetwork,
  });
  const stopped = stoppedReason(result, 'helm template', { timeoutMs: context.timeoutMs, maxOutputBytes: context.maxRenderBytes });
  if (stopped) throw new Error(stopped);
  if (result.code !== 0) {
    const hint = offlineHint(result.stderr, context.allowNetwork);
    throw new Error(`helm template failed${hint}: ${trimStderr(result.stderr.replaceAll(`${context.root}/`, ''))}`);
  }

  const chartFiles = await listChart(resolve(context.root, target.path), target.path);
  // The user's values files first: they override the charts' own, so a key there is the one that counts.
  const valuesFiles = [...variant.valuesFiles.map(posix), ...chartFiles.filter(isChartValues)];
  const helpers = chartFiles.filter(isHelper);
  const randomNames = new Map<string, RandomNamePattern[]>();
  const patternsOf = (file: string) => {
    let patterns = randomNames.get(file);
    if (!patterns) randomNames.set(file, (patterns = templatePatterns(resolve(context.root, file))));
    return patterns;
  };
  return splitDocuments(result.stdout)
    .filter((document) => !isBlankDocument(document.text))
    .map((document) => {
      const sourceFile = templateFile(document.text, target.path, context.root);
      const patterns = patternsOf(sourceFile);
      return { text: document.text, firstLine: 1, sourceFile, relatedFiles: [...helpers, ...valuesFiles], textIsSource: false, ...(patterns.length && { randomNames: patterns }) };
    });
}

/** The random `name:` lines of a template file; none when it cannot be read (the render read it: rare). */
function templatePatterns(path: string): RandomNamePattern[] {
  try {
    return randomNamePatterns(readFileSync(path, 'utf8'));
  } catch {
    return [];
  }
}

/**
 * Helm's arguments: options in `--flag=value` form, then `--`, then the release name and the chart. Nothing from
 * the pull request (a directory named `--post-renderer=sh`) can be read as a flag, with helm v3 or v4.
 */
export function templateArgs(chartPath: string, variant: HelmVariant, root: string): string[] {
  if (!isReleaseName(variant.releaseName)) {
    throw new Error(`invalid release name '${variant.releaseName}': expected a DNS-1123 name (lowercase letters, digits, '-' and '.', at most 53 characters)`);
  }
  const args = ['template', '--include-crds'];
  if (variant.namespace) args.push(`--namespace=${variant.namespace}`);
  if (variant.kubeVersion) args.push(`--kube-version=${variant.kubeVersion}`);
  for (const file of variant.valuesFiles) args.push(`--values=${resolve(root, file)}`);
  for (const pair of variant.set ?? []) args.push(`--set=${pair}`);
  for (const version of variant.apiVersions ?? []) args.push(`--api-versions=${version}`);
  return [...args, '--', variant.releaseName, resolve(root, chartPath)];
}

export { isReleaseName } from './helmcharts.js';

/**
 * `# Source: <chart>/templates/x.yaml` (or `<chart>/charts/<sub>/templates/x.yaml`) → the file in the repository.
 * Up to the line feed only: a template named with a CR or U+2028 is still found (JavaScript's `.` stops there).
 */
function templateFile(text: string, chartPath: string, root: string): string {
  const source = /^# Source: ([^\n]+)$/m.exec(text)?.[1]?.trim();
  if (source) {
    const withinChart = source.split('/').slice(1).join('/');
    const candidate = posix(join(chartPath, withinChart));
    if (existsSync(resolve(root, candidate))) return candidate;
    // A file:// subchart that dependency build packed into charts/: its templates are in its own directory.
    const dependency = fileDependencyFile(root, chartPath, withinChart);
    if (dependency) return dependency;
  }
  return posix(join(chartPath, 'Chart.yaml'));
}

/** Repository paths of the files of a chart and its subcharts. */
async function listChart(chartDir: string, chartPath: string): Promise<string[]> {
  const entries = await readdir(chartDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => posix(join(chartPath, relative(chartDir, join(entry.parentPath, entry.name)))))
    .sort();
}

/** Named-template files (`_helpers.tpl`, `_labels.yaml`…): where `include` leads. */
function isHelper(file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return file.split('/').includes('templates') && (name.startsWith('_') || name.endsWith('.tpl'));
}

/** values.yaml of the chart and of each subchart. */
function isChartValues(file: string): boolean {
  return file.endsWith('/values.yaml') && !file.split('/').includes('templates');
}

function posix(path: string): string {
  return path.split('\\').join('/');
}
