// Where a conftest or Gatekeeper result points: `details.path` or `details.field`, as the object's field path.

/**
 * A list (`["spec", "containers", 0]`) as it is; a string split at dots and brackets
 * (`spec.containers.0.image`, `spec.containers[0].image`), a digit segment being an index where the object holds a
 * list there. Anything else locates the finding at the object itself.
 */
export function resultPath(value: unknown, object: unknown): (string | number)[] {
  if (Array.isArray(value)) return value.every((part) => typeof part === 'string' || typeof part === 'number') ? value : [];
  if (typeof value !== 'string') return [];
  let node = object;
  return [...value.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, bracket]) => {
    const segment = bracket !== undefined ? Number(bracket) : Array.isArray(node) && /^\d+$/.test(key!) ? Number(key) : key!;
    node = (node as Record<string | number, unknown> | undefined)?.[segment];
    return segment;
  });
}
