// Reading a rendered object along a JSON field path, for the locators.

/** The child of an object or array, or undefined. */
export function childAt(value: unknown, element: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<string | number, unknown>)[element];
}

/** The value at `path`, or undefined where the path leaves the object. */
export function valueAt(value: unknown, path: (string | number)[]): unknown {
  let current = value;
  for (const element of path) current = childAt(current, element);
  return current;
}

/** An item's `name` (containers, volumes, ports…), the key strategic merge patches merge lists by. */
export function nameOf(value: unknown): string | undefined {
  const name = childAt(value, 'name');
  return typeof name === 'string' ? name : undefined;
}
