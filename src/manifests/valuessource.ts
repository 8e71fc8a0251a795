// A place a chart's values come from (a values file, the values part of a deploying object), read as positions and
// values along a `.Values` path; YAML parsed once per text for every locator that asks.
import { parse } from 'yaml';
import { locateInYaml, type TextPosition } from './locate.js';
import { valueAt } from './paths.js';
import type { ValuesPath } from './templatescan.js';

export type Reader = (path: string) => string | undefined;

/** A place values come from: a values file, or the values part of the object that deploys the chart. */
export interface ValuesOrigin {
  file: string;
  /** The line of `path` in `file` (of its longest existing part: `depth` counts the elements of `path` found). */
  locate(path: ValuesPath): TextPosition | undefined;
  /** What the source gives `path`, undefined when it gives nothing there. */
  value(path: ValuesPath): unknown;
}

/**
 * The values of `text` at `at` (the whole text for a values file, `spec.values` in a HelmRelease), `text` being the
 * part of `file` that starts at its 1-based line `firstLine`, `indent` columns in (a block scalar's content).
 */
export function textOrigin(file: string, text: string, at: (string | number)[] = [], firstLine = 1, indent = 0): ValuesOrigin {
  return {
    file,
    locate: (path) => {
      const position = safeLocate(text, [...at, ...path]);
      if (!position || position.depth < at.length) return undefined;
      return { line: firstLine - 1 + position.line, column: position.column + indent, depth: position.depth - at.length };
    },
    value: (path) => valueAt(parsedText(text), [...at, ...path]),
  };
}

function safeLocate(text: string, path: ValuesPath): ReturnType<typeof locateInYaml> {
  try {
    return locateInYaml(text, path);
  } catch {
    return undefined;
  }
}

/** YAML text parsed (undefined when it does not parse), read-only to callers. */
export function parsedText(text: string): unknown {
  // Every finding of a chart asks for the same Chart.yaml, values files and deploying object: parsed once per text.
  if (parsedYaml.has(text)) return parsedYaml.get(text);
  let result: unknown;
  try {
    result = parse(text);
  } catch {
    result = undefined;
  }
  if (parsedYaml.size >= PARSED_YAML) parsedYaml.delete(parsedYaml.keys().next().value!);
  parsedYaml.set(text, result);
  return result;
}

/** Recent parses, by text; a few charts' files at a time. */
const parsedYaml = new Map<string, unknown>();
const PARSED_YAML = 64;
