// Reads a tool's own configuration file (Chart.yaml, a kustomization) as the Go tools do: the first YAML document.
import { isMap, isScalar, parseAllDocuments } from 'yaml';

/**
 * The first document as a mapping, or undefined where our reading could differ from the tool's: a syntax error, a
 * duplicate key when `uniqueKeys` (the tool then keeps the last one), or a top-level `<<` merge, which go-yaml
 * resolves in key order and the yaml package with explicit keys first. Callers then fall back to what fails closed.
 */
export function readFirstMapping(text: string, options: { uniqueKeys: boolean }): Record<string, unknown> | undefined {
  const [document] = parseAllDocuments(text, { version: '1.1', uniqueKeys: options.uniqueKeys });
  if (!document || document.errors.length || !isMap(document.contents)) return undefined;
  if (document.contents.items.some((pair) => isScalar(pair.key) && pair.key.source === '<<')) return undefined;
  try {
    return document.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  } catch {
    // An alias bomb: the tool would choke on it too, and then it fails closed with a render error.
    return undefined;
  }
}
