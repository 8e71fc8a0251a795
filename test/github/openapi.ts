// GitHub's published OpenAPI description (@octokit/openapi): find the operation a request is for and check its body
// against the operation's request body schema, as GitHub would before acting on it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

interface Operation {
  operationId: string;
  requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operation: Operation;
}

export interface Match {
  operationId: string;
  /** Path parameters by name, as the template names them. */
  params: Record<string, string>;
  /** Empty when the body is what the operation accepts. */
  errors: string[];
}

let routes: Route[] | undefined;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

/** The dereferenced description of api.github.com (schemas inline, so each compiles on its own). */
function loadRoutes(): Route[] {
  if (routes) return routes;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const description = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Operation>> };
  routes = Object.entries(description.paths).flatMap(([template, methods]) =>
    Object.entries(methods)
      .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, '(?<$1>[^/]+)')}$`),
        operation,
      })),
  );
  // A literal segment beats a parameter (`/issues/comments/{id}` before `/issues/{number}/...`).
  routes.sort((a, b) => a.template.split('{').length - b.template.split('{').length);
  return routes;
}

/** The operation of `method path` and what is wrong with `body` for it; undefined when GitHub has no such endpoint. */
export function matchOperation(method: string, path: string, body: unknown): Match | undefined {
  const route = loadRoutes().find((candidate) => candidate.method === method && candidate.pattern.test(path));
  if (!route) return undefined;
  const params = { ...route.pattern.exec(path)!.groups };
  const schema = route.operation.requestBody?.content['application/json']?.schema;
  if (!schema) return { operationId: route.operation.operationId, params, errors: body === undefined ? [] : ['the operation takes no request body'] };
  if (body === undefined) return { operationId: route.operation.operationId, params, errors: route.operation.requestBody?.required ? ['missing request body'] : [] };
  let validate = validators.get(route.operation.operationId);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(route.operation.operationId, validate);
  }
  const valid = validate(body);
  const errors = valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  return { operationId: route.operation.operationId, params, errors };
}
