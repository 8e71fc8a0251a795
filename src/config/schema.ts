// Checks the config file against schema/config.schema.json and says what is wrong in the user's terms, at its line.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
// Bundled by esbuild, so the action needs no schema file beside it at run time; editors read the same file.
import schema from '../../schema/config.schema.json' with { type: 'json' };
import { lineAt, pathKey, problemAt, type ConfigDocument, type KeyPath } from './document.js';
import { suggestion } from './suggest.js';

export const CONFIG_SCHEMA = schema;

let compiled: ValidateFunction | undefined;

/** Compiled once: ajv turns the schema into code, which costs more than validating a file. */
function validator(): ValidateFunction {
  if (!compiled) {
    // verbose: each error carries the offending value and its schema, from which the message is written.
    const ajv = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true });
    // Our own annotation: what a value should look like, in words, for patterns and ranges.
    ajv.addKeyword('x-expected');
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** Every schema problem in the document, one line each, in file order; empty when the file is valid. */
export function schemaProblems(document: ConfigDocument): string[] {
  return schemaErrors(document).map((problem) => problem.text);
}

/** schemaProblems with the key path of each, so later checks can leave alone what the schema already refused. */
export function schemaErrors(document: ConfigDocument): SchemaError[] {
  const validate = validator();
  // An empty file is no settings at all.
  if (document.value === undefined || validate(document.value)) return [];
  const problems = (validate.errors ?? []).filter(relevant).map((error) => describeError(document, error));
  return [...new Map(problems.map((problem) => [problem.text, problem])).values()].sort((a, b) => a.line - b.line);
}

/** `type` with a union lists the same value twice through `minLength`/`minItems`; keep what the user can act on. */
function relevant(error: ErrorObject, _index: number, all: ErrorObject[]): boolean {
  if (error.keyword === 'type') return true;
  return !all.some((other) => other.keyword === 'type' && other.instancePath === error.instancePath);
}

export interface SchemaError {
  /** Where the value is (for a missing key, the mapping that lacks it). */
  path: KeyPath;
  line: number;
  text: string;
}

type Problem = SchemaError;

function describeError(document: ConfigDocument, error: ErrorObject): Problem {
  const path = keyPath(document.value, error.instancePath);
  if (error.keyword === 'additionalProperties') {
    const key = String((error.params as { additionalProperty: string }).additionalProperty);
    const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    return at(document, [...path, key], `unknown key '${key}'${suggestion(key, known)}; expected one of ${known.join(', ')}`);
  }
  if (error.keyword === 'required') {
    const key = String((error.params as { missingProperty: string }).missingProperty);
    const property = (error.parentSchema as { properties?: Record<string, { 'x-expected'?: string }> }).properties?.[key];
    return at(document, path, `missing '${key}'; expected ${property?.['x-expected'] ?? `a '${key}' key`}`);
  }
  const value = shown(document, path, error.data);
  if (error.keyword === 'enum') return at(document, path, `${value} is not one of ${(error.schema as unknown[]).join(', ')}`);
  if (error.keyword === 'type') return at(document, path, `${scalar(error.data) ? `${value} is` : 'found'} ${typeOf(error.data)}; expected ${expected(error) ?? typeWords(error.schema)}${quoteHint(error)}`);
  return at(document, path, `${value} is not ${expected(error) ?? `valid (${error.message ?? error.keyword})`}`);
}

function at(document: ConfigDocument, path: KeyPath, message: string): Problem {
  return { path, line: lineAt(document, path), text: problemAt(document, path, message) };
}

/** ajv's `/exceptions/0/rules` as a key path, with list indices as numbers so they print as `[0]`. */
function keyPath(value: unknown, instancePath: string): KeyPath {
  const path: KeyPath = [];
  let node = value;
  for (const raw of instancePath.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(node) ? Number(segment) : undefined;
    path.push(index ?? segment);
    node = index === undefined ? (node as Record<string, unknown> | undefined)?.[segment] : (node as unknown[])[index];
  }
  return path;
}

function expected(error: ErrorObject): string | undefined {
  return (error.parentSchema as { 'x-expected'?: string } | undefined)?.['x-expected'];
}

/** The value as written in the file where it was a scalar (`1.30`, not 1.3), quoted when it is text. */
function shown(document: ConfigDocument, path: KeyPath, value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') return 'a mapping';
  const written = document.sources.get(pathKey(path)) ?? String(value);
  return typeof value === 'string' ? `'${written}'` : written;
}

function scalar(value: unknown): boolean {
  return typeof value !== 'object';
}

function typeOf(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'a string';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  object: 'a mapping',
  array: 'a list',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((name) => TYPE_WORDS[String(name)] ?? String(name)).join(' or ');
}

/** A number or boolean where text was wanted is nearly always YAML reading an unquoted value: say how to keep it text. */
function quoteHint(error: ErrorObject): string {
  const wantsString = error.schema === 'string' || (Array.isArray(error.schema) && error.schema.includes('string'));
  return wantsString && (typeof error.data === 'number' || typeof error.data === 'boolean') ? ' (put the value in quotes)' : '';
}
