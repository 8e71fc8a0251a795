// The one place that makes text from the pull request safe for each sink it reaches: log lines,
// workflow-command data and properties, Markdown, JSON.
//
// Hand-written because no library covers these sinks: @actions/core escapes only `%`, CR and LF in
// command data (and `:` and `,` in properties), while the runner (actions/runner ActionCommand.cs)
// also honours the legacy `##[name]` form anywhere in a line and `::name::` after any leading
// whitespace (.NET TrimStart), and log viewers and Markdown renderers break lines at the other
// Unicode terminators.

/** Every sequence that some reader of our output may take as the end of a line. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Characters that hide, reorder or restyle text (C0 and C1 controls but tab and the line breaks,
 * bidirectional overrides): shown as escapes so that what a reviewer reads is what the PR holds.
 */
const HIDDEN = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The runner's legacy command prefix: honoured anywhere in a line. */
const LEGACY_COMMAND = '##[';

/** Leading whitespace as .NET's TrimStart and JavaScript's trimStart see it (U+0085 for .NET). */
const COMMAND_AT_START = /^[\s\u0085]*::/;

const NAMED_ESCAPES: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\v': '\\v', '\f': '\\f' };

/** `\n`, `\r`, … or `\uXXXX`: a character made visible, as JSON would write it. */
function visible(character: string): string {
  return NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function showHidden(text: string): string {
  return text.replace(HIDDEN, visible);
}

/** `##[` becomes `##\[`: still readable, no longer a command. */
function breakLegacyCommands(text: string): string {
  return text.replaceAll(LEGACY_COMMAND, '##\\[');
}

/**
 * One line of log output (core.info, the CLI's text report, stderr): every line break shown as an
 * escape, no `##[`, and no `::` at the start of the line however much whitespace precedes it.
 */
export function logLine(text: string): string {
  const line = breakLegacyCommands(showHidden(text.replace(LINE_BREAK, (brk) => [...brk].map(visible).join(''))));
  return COMMAND_AT_START.test(line) ? line.replace('::', '\\::') : line;
}

/**
 * The message of an annotation or of setFailed, before @actions/core escapes `%`, CR and LF: every
 * line break becomes LF (so the annotation keeps its lines, and core turns it into %0A), no `##[`.
 */
export function commandData(text: string): string {
  return breakLegacyCommands(showHidden(text.replace(LINE_BREAK, '\n')));
}

/** A property of an annotation (file, title), before @actions/core escapes `%`, CR, LF, `:` and `,`. */
export function commandProperty(text: string): string {
  return logLine(text);
}

/** Markdown or HTML meaning: encoded as numeric character references (named for the four HTML ones). */
const MARKDOWN_SPECIAL = /[&<>"'|`[\]*_~\\#@$]/g;
const HTML_NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text for a Markdown table cell or paragraph: no HTML, emphasis, links, images, headings, math,
 * @-mentions or #-references, no bare-URL autolinks (`://` and `www.` are broken up), and every line
 * break a `<br>` so the text can never leave its table row.
 */
export function markdown(text: string): string {
  return showHidden(text)
    .replace(MARKDOWN_SPECIAL, (character) => HTML_NAMED[character] ?? `&#${character.charCodeAt(0)};`)
    .replaceAll('://', '&#58;//')
    .replace(/(www)\./gi, '$1&#46;')
    .replace(LINE_BREAK, '<br>');
}

/**
 * Markdown text whose `code spans` stay code: rule titles and remediation are written that way. Every other
 * character is escaped as markdown() does, and the code itself goes into <code> as character references.
 */
export function markdownWithCode(text: string): string {
  return text
    .split('`')
    .map((part, index, parts) => (index % 2 === 1 && index < parts.length - 1 ? `<code>${markdown(part)}</code>` : markdown(part)))
    .join('');
}

/** Characters XML 1.0 cannot hold at all, even as references: shown as escapes instead. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an XML element (JUnit): the five special characters as entities, nothing XML forbids. */
export function xml(text: string): string {
  return showHidden(text)
    .replace(NOT_XML, visible)
    .replace(/[&<>"']/g, (character) => XML_SPECIAL[character]!);
}

/** Text for an XML attribute: as xml(), and line breaks and tabs as references, since parsers turn them into spaces. */
export function xmlAttribute(text: string): string {
  return xml(text).replace(/[\r\n\t]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Plain text for SARIF messages and descriptions: viewers show it as it is, so nothing may hide or reorder it. */
export function sarifText(text: string): string {
  return showHidden(text);
}

/**
 * A JSON document for stdout, losslessly: JSON.stringify leaves U+2028, U+2029, U+0085 and `##[` as
 * they are; their `\u` escapes decode to the same strings.
 */
export function jsonText(json: string): string {
  return json.replace(/[\u0085\u2028\u2029]/g, visible).replaceAll(LEGACY_COMMAND, '##\\u005b');
}
