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
  return [...documentsOf(stream)];
}

/**
 * splitDocuments one document at a time, each a slice of the stream: a big file is neither split into lines nor
 * copied, and a reader that needs only the first object (discovery) stops there.
 */
export function* documentsOf(stream: string): Generator<DocumentText> {
  let start = 0;
  let startLine = 1;
  let line = 1;
  for (let at = 0; ; line++) {
    const end = stream.indexOf('\n', at);
    const lineEnd = end === -1 ? stream.length : end;
    if (stream.startsWith('---', at) && isSeparator(stream.slice(at, lineEnd))) {
      yield { text: stream.slice(start, Math.max(start, at - 1)), firstLine: startLine };
      // A separator on the last line ends the stream: no document starts after it (nor past the file's last line).
      if (end === -1) return;
      start = end + 1;
      startLine = line + 1;
    }
    if (end === -1) break;
    at = end + 1;
  }
  yield { text: stream.slice(start), firstLine: startLine };
}

function isSeparator(line: string): boolean {
  if (!line.startsWith('---')) return false;
  const rest = goTrimSpace(line.slice(3));
  return rest === '' || rest.startsWith('#');
}

/**
 * Go's strings.TrimSpace, which the YAMLReader uses: unlike String.prototype.trim it removes NEL (U+0085) and
 * keeps a byte order mark, so `---` + NEL separates documents for kubectl and `---` + BOM does not.
 */
const GO_TRIM = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

function goTrimSpace(text: string): string {
  return text.replace(GO_TRIM, '');
}

/**
 * True when a document holds nothing but blanks, comments and document markers, with lines ended where go-yaml
 * ends them: a `# comment` followed by U+2028 and an object is not blank for the cluster.
 */
export function isBlankDocument(text: string): boolean {
  // A BOM is skipped where the stream starts, and nowhere else; YAML's white space is space and tab only.
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|[\n\r\u0085\u2028\u2029]/)) {
    const line = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (line === '' || line.startsWith('#') || line === '...' || line.startsWith('%')) continue;
    return false;
  }
  return true;
}
