// Renders a chart from a repository (a HelmRelease's HelmRepository or OCIRepository, an Application's chart source):
// pulled into the cache, rendered as a local chart, and every object pointed at the object that deploys it.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { errorMessage } from '../errors.js';
import type { RenderedDocument, SourceLocation, Target } from '../model.js';
import { renderHelm } from './helm.js';
import type { RenderContext } from './index.js';
import { describeChart, pullChart } from './remotecache.js';

export async function renderRemoteChart(target: Target, context: RenderContext): Promise<RenderedDocument[]> {
  const chart = target.chart!;
  if (!context.allowNetwork) throw new Error(`${describeChart(chart)} is a remote chart: set allow-network to true to render it`);
  const directory = await pullChart(chart, context);
  const helm = target.helm ?? { releaseName: chart.name, valuesFiles: [] };
  const inChart = (chart.valuesFiles ?? []).map((file) => chartFile(directory, file, describeChart(chart)));
  let documents: RenderedDocument[];
  try {
    documents = await renderHelm({ ...target, path: directory, helm: { ...helm, valuesFiles: [...inChart, ...helm.valuesFiles] } }, context);
  } catch (error) {
    throw new Error(errorMessage(error).replaceAll(`${dirname(directory)}/`, ''));
  }
  // The chart's files are no files of the pull request: its objects point at the line that deploys them.
  const location: SourceLocation = target.deployedBy ? { file: target.deployedBy.file, line: target.deployedBy.line } : { file: target.path, line: 1 };
  const repositoryValues = helm.valuesFiles.filter((file) => !isAbsolute(file));
  return documents.map((document) => ({ ...document, sourceFile: location.file, relatedFiles: repositoryValues, location }));
}

/** A values file named relative to the pulled chart, which must stay inside it. */
function chartFile(directory: string, file: string, chart: string): string {
  const path = resolve(directory, file);
  const inside = relative(directory, path);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || !existsSync(path)) throw new Error(`values file '${file}' is not a file of the chart ${chart}`);
  return path;
}
