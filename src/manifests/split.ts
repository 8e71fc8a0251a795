// Splits a multi-document YAML stream into documents the way Kubernetes clients do.

export interface DocumentText {
  text: string;
  /** 1-based line of the document's first line in the stream. */
  firstLine: number;
}

/**
 * A line starting with `---` and followed only by blanks or a comment separates documents, exactly as
 * k8s.io/apimachinery's YAMLReader does (so `--- foo` is content, not a separator).
 */
export function splitDocuments(stream: string): DocumentText[] {
  const lines = stream.split('\n');
  const documents: DocumentText[] = [];
  let start = 0;
  const flush = (end: number) => {
    documents.push({ text: lines.slice(start, end).join('\n'), firstLine: start + 1 });
  };
  for (let i = 0; i < lines.length; i++) {
    if (isSeparator(lines[i]!)) {
      flush(i);
      start = i + 1;
    }
  }
  flush(lines.length);
  return documents;
}

function isSeparator(line: string): boolean {
  if (!line.startsWith('---')) return false;
  const rest = line.slice(3).trim();
  return rest === '' || rest.startsWith('#');
}

/** True when a document holds nothing but blanks, comments and document markers. */
export function isBlankDocument(text: string): boolean {
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line === '...' || line.startsWith('%')) continue;
    return false;
  }
  return true;
}
