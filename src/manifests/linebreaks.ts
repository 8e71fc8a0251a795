// Reads a document's line breaks as go-yaml does, so JS parsers see the lines Kubernetes clients see.

/**
 * go-yaml (scannerc.go is_break) ends a line at LF, CR, NEL (U+0085), LS (U+2028) and PS (U+2029); the YAML 1.2
 * parsers we use end lines at LF and CR only. Text after an LS inside a `# comment` is therefore live YAML for the
 * cluster and a comment for a JS parser: `# ok\u2028privileged: true` hides a field from the gate. Checked with
 * `kubectl label --local -o json` (test/unit/parse.test.ts).
 */
const GO_YAML_BREAKS = new Map<string, string>([
  ['\r', 'U+000D (CARRIAGE RETURN)'],
  ['\u0085', 'U+0085 (NEXT LINE)'],
  ['\u2028', 'U+2028 (LINE SEPARATOR)'],
  ['\u2029', 'U+2029 (PARAGRAPH SEPARATOR)'],
]);

const NEEDS_NORMALISING = /[\r\u0085\u2028\u2029\uFEFF]/;

export interface HiddenLineBreak {
  /** 1-based line and column of the character in the original text (lines counted at LF, as editors and GitHub do). */
  line: number;
  column: number;
  /** Which character, as `U+2028 (LINE SEPARATOR)`. */
  character: string;
}

export interface NormalisedText {
  /** The text with every go-yaml line break as LF, CRLF as LF and a leading byte order mark removed. */
  text: string;
  /** Line breaks that only go-yaml sees (CRLF and a CR ending the text are ordinary line ends, not listed). */
  hidden: HiddenLineBreak[];
  /** Maps a 1-based line and column of `text` back to the original text. */
  original: (line: number, column: number) => { line: number; column: number };
}

/** `text` as go-yaml reads it; the identity (and cheap) for the usual LF-only text. */
export function normaliseLineBreaks(text: string): NormalisedText {
  if (!NEEDS_NORMALISING.test(text)) return { text, hidden: [], original: (line, column) => ({ line, column }) };
  // For each output line: the original line it starts on and the original column (0-based) it starts at.
  // A byte order mark starts the stream only at its very beginning (go-yaml's determine_encoding, and kubectl's
  // BOMOverride); elsewhere kubectl keeps it as an ordinary character, and so do the JS parsers.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const starts: [number, number][] = [[1, bom]];
  const hidden: HiddenLineBreak[] = [];
  const parts: string[] = [];
  let line = 1;
  let lineStart = 0;
  let copied = bom;
  for (const match of text.matchAll(/[\n\r\u0085\u2028\u2029]/g)) {
    const i = match.index;
    const char = match[0];
    parts.push(text.slice(copied, i));
    copied = i + 1;
    if (char === '\n') {
      parts.push('\n');
      line++;
      lineStart = i + 1;
      starts.push([line, 0]);
    } else if (char === '\r' && (text[i + 1] === '\n' || i + 1 === text.length)) {
      // CRLF is one line end for everyone; a CR ending a document is the CR of a CRLF the splitter cut at LF.
    } else {
      hidden.push({ line, column: i - lineStart + 1, character: GO_YAML_BREAKS.get(char)! });
      parts.push('\n');
      starts.push([line, i - lineStart + 1]);
    }
  }
  parts.push(text.slice(copied));
  const out = parts.join('');
  return {
    text: out,
    hidden,
    original: (outLine, column) => {
      const [originalLine, offset] = starts[Math.min(Math.max(outLine, 1), starts.length) - 1]!;
      return { line: originalLine, column: column + offset };
    },
  };
}

/** What to tell the author about a line break only Kubernetes sees. */
export function describeHiddenLineBreak(hiddenBreak: HiddenLineBreak): string {
  return (
    `${hiddenBreak.character} at column ${hiddenBreak.column}: Kubernetes clients (go-yaml) read it as a line break, ` +
    'so what follows it is YAML to the cluster even where an editor shows one line (inside a comment too); ' +
    'use an ordinary line break, or write it as an escape in a double-quoted string'
  );
}
