// Plain manifest files render to themselves, one document per YAML document.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedDocument, Target } from '../model.js';
import { splitDocuments } from '../manifests/split.js';
import type { RenderContext } from './index.js';

export async function renderManifests(target: Target, context: RenderContext): Promise<RenderedDocument[]> {
  const text = await readFile(join(context.root, target.path), 'utf8');
  return splitDocuments(text).map((document) => ({
    text: document.text,
    firstLine: document.firstLine,
    sourceFile: target.path,
    relatedFiles: [],
    textIsSource: true,
  }));
}
