// Plain manifest files render to themselves, one document per YAML document.
import { constants } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedDocument, Target } from '../model.js';
import { splitDocuments } from '../manifests/split.js';
import { formatBytes } from './exec.js';
import type { RenderContext } from './index.js';

/** The longest string Node makes (about 512 MiB); UTF-8 bytes are at least as many as characters. */
const MAX_TEXT_BYTES = constants.MAX_STRING_LENGTH;

export async function renderManifests(target: Target, context: RenderContext): Promise<RenderedDocument[]> {
  const path = join(context.root, target.path);
  // The same limit as a tool's output: a 600 MB file must be a finding, not a crash of the whole run.
  const { size } = await stat(path);
  if (size > context.maxRenderBytes) {
    throw new Error(`the file has ${size} bytes, more than max-render-bytes (${formatBytes(context.maxRenderBytes)}): too large to judge. Raise max-render-bytes, or leave the file out with paths ('!${target.path}') if it deploys nothing`);
  }
  // Past this Node cannot hold the text as one string (a 1 GiB file was once listed as "not a manifest" for that).
  if (size > MAX_TEXT_BYTES) throw new Error(`the file has ${size} bytes, more than one text can hold (${formatBytes(MAX_TEXT_BYTES)}): too large to judge`);
  const text = decode(await readFile(path));
  return splitDocuments(text).map((document) => ({
    text: document.text,
    firstLine: document.firstLine,
    sourceFile: target.path,
    relatedFiles: [],
    textIsSource: true,
  }));
}

/**
 * kubectl reads UTF-16 files that start with a byte-order mark (k8s.io/apimachinery's YAML decoder transcodes them),
 * so a manifest saved as UTF-16 deploys; read it as UTF-16 too, rather than report it unreadable.
 */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return bytes.toString('utf8');
}
