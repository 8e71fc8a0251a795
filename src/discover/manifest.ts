// Decides whether a file holds Kubernetes objects by parsing it as kubectl does, not by matching lines.
import { load } from 'js-yaml';
import { KUBERNETES_FAST_SCHEMA } from '../manifests/scalars.js';
import { documentsOf, isBlankDocument } from '../manifests/split.js';
import { MANIFEST_EXTENSIONS } from './walk.js';

/**
 * kubectl (and Argo CD) read `.yaml`, `.yml` and `.json` files; a file is a manifest when one of its documents is a
 * mapping with string `apiVersion` and `kind` (a list, with `items`, needs only the kind). A file that mentions both but does not
 * parse is a manifest as well: it goes on to the parser, whose parse-error says what is wrong (fail closed).
 * `unparsable: false` drops that last rule, for files that are templates by design (a library chart's). A file that
 * could not be read (`text` undefined) is a manifest unless `unparsable` is false.
 */
export function isManifestFile(path: string, text: string | undefined, { unparsable = true } = {}): boolean {
  if (!MANIFEST_EXTENSIONS.test(path)) return false;
  // Not read (too large to judge, or unreadable): whatever it holds would deploy unjudged, so it is rendered as a
  // manifest and its render-error says why (render/plain.ts), never listed as "not a Kubernetes manifest".
  if (text === undefined) return unparsable;
  const mentions = text.includes('apiVersion') && text.includes('kind');
  // Escapes in quoted keys (`"\u0061piVersion"`, `"api\<newline>Version"`) hide the words from the cheap test.
  if (!mentions && !text.includes('\\')) return hasLostUtf16Bom(text);
  // go-yaml ends a comment at U+0085, U+2028 and U+2029; js-yaml does not, so its reading cannot be trusted.
  if (mentions && /[\u0085\u2028\u2029]/.test(text)) return true;
  return hasObject(text, mentions, unparsable);
}

function hasObject(text: string, mentions: boolean, unparsable: boolean): boolean {
  // kubectl reads a stream that starts with `{` as JSON; JSON.parse is far faster than a YAML parser on big files.
  if (text.trimStart().startsWith('{')) {
    try {
      return isObject(JSON.parse(text) as unknown);
    } catch {
      // Not one JSON value (a JSON stream, JSON with comments, or flow-style YAML): read it as YAML below.
    }
  }
  for (const document of documentsOf(text)) {
    // js-yaml 5 throws on an empty document (`---` at the top of a values file): nothing there, not a parse error.
    if (isBlankDocument(document.text)) continue;
    let value: unknown;
    try {
      value = load(document.text, { schema: KUBERNETES_FAST_SCHEMA });
    } catch {
      if (mentions && unparsable) return true;
      continue;
    }
    if (isObject(value)) return true;
    // The fast schema leaves `<<` a plain key (go-yaml merges in its own order): the parser decides what it merges.
    if (mentions && isMapping(value) && Object.hasOwn(value, '<<')) return true;
  }
  return false;
}

/** kubectl needs a `kind`; a list (any object with `items`) also goes through without an `apiVersion`. */
function isObject(value: unknown): boolean {
  if (!isMapping(value)) return false;
  const { apiVersion, kind, items } = value;
  return typeof kind === 'string' && (typeof apiVersion === 'string' || Array.isArray(items));
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * go-yaml decodes UTF-16 with a byte order mark; read as UTF-8 its mark is two U+FFFD and every ASCII letter is
 * followed by NUL, so no word test can see `apiVersion`. Such a file goes on to the parser, which rejects it.
 */
function hasLostUtf16Bom(text: string): boolean {
  return text.startsWith('\uFFFD\uFFFD') && text.includes('\u0000');
}
