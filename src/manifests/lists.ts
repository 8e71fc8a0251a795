// Flattens list objects into the objects kubectl, Helm and Argo CD apply, with where each sits in its document.
import type { FieldPath } from './locate.js';

export interface ListedObject {
  object: Record<string, unknown>;
  /** Path of the object within its document: `[]` for the document itself, `['items', 3]` for an item. */
  path: FieldPath;
}

export interface FlattenedObjects {
  objects: ListedObject[];
  problems: { message: string; path: FieldPath }[];
}

/**
 * kubectl decodes any object with an `items` key as a list (unstructuredJSONScheme, whatever its kind or
 * apiVersion) and its builder flattens every list (meta.IsListType: an `items` array) into its items, recursively;
 * an item with neither kind nor apiVersion takes the list's kind without `List` and the list's apiVersion
 * (decodeToList), so `kind: PodList` with bare items creates Pods. The list object itself is never applied.
 * Checked against `kubectl label --local -o json`. Iterative: nesting depth comes from the PR.
 */
export function flattenLists(root: Record<string, unknown>): FlattenedObjects {
  const objects: ListedObject[] = [];
  const problems: FlattenedObjects['problems'] = [];
  const stack: ListedObject[] = [{ object: root, path: [] }];
  while (stack.length > 0) {
    const { object, path } = stack.pop()!;
    if (!Object.hasOwn(object, 'items')) {
      objects.push({ object, path });
      continue;
    }
    const items = object.items;
    // `items: null` is an empty list: kubectl applies nothing and says nothing.
    if (items === null) continue;
    if (!Array.isArray(items)) {
      problems.push({ message: `\`items\` is ${describe(items)}: Kubernetes clients read an object with \`items\` as a list and refuse it`, path: [...path, 'items'] });
      continue;
    }
    const children: ListedObject[] = [];
    items.forEach((item, index) => {
      const itemPath = [...path, 'items', index];
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        problems.push({ message: `item ${index} of a list is ${describe(item)}, not a Kubernetes object`, path: itemPath });
      } else {
        children.push({ object: inheritKind(item as Record<string, unknown>, object), path: itemPath });
      }
    });
    stack.push(...children.reverse());
  }
  return { objects, problems };
}

function inheritKind(item: Record<string, unknown>, list: Record<string, unknown>): Record<string, unknown> {
  if (nonEmptyString(item.kind) || nonEmptyString(item.apiVersion)) return item;
  const kind = nonEmptyString(list.kind) ? list.kind.replace(/List$/, '') : '';
  const apiVersion = nonEmptyString(list.apiVersion) ? list.apiVersion : '';
  return { ...item, apiVersion, kind };
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `a ${typeof value} scalar`;
}
