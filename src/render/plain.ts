// Plain manifest files render to themselves, one document per YAML document.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedDocument, Target } from '../model.js';
import { splitDocuments } from '../manifests/split.js';
import { formatBytes } from './exec.js';
import type { RenderContext } from './index.js';

export async function renderManifests(target: Target, context: RenderContext): Promise<RenderedDocument[]> {
  const path = join(context.root, target.path);
  // The same limit as a tool's output: a 600 MB file must be a finding, not a crash of the whole run.
  const { size } = await stat(path);
  if (size > context.maxRenderBytes) throw new Error(`the file has ${size} bytes, more than max-render-bytes (${formatBytes(context.maxRenderBytes)})`);
  const text = await readFile(path, 'utf8');
  return splitDocuments(text).map((document) => ({
    text: document.text,
    firstLine: document.firstLine,
    sourceFile: target.path,
    relatedFiles: [],
    textIsSource: true,
  }));
}
