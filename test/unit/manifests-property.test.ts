// Properties of splitting, parsing, scalar resolution and location over hostile input: nothing throws, and every
// location lies inside its file. Bounded runs (fixed seed per run) keep the suite fast.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateInBlockYaml } from '../../src/manifests/fastlocate.js';
import { normaliseLineBreaks } from '../../src/manifests/linebreaks.js';
import { locateInYaml, locateWithParser, type FieldPath } from '../../src/manifests/locate.js';
import { FAST_PATH_DECLINED, fastLoad, parseRendered, slowLoad } from '../../src/manifests/parse.js';
import { goFloatKey, isGoInteger, resolveNumber, wordKeyString } from '../../src/manifests/scalars.js';
import { createLocator } from '../../src/manifests/source.js';
import { isBlankDocument, splitDocuments } from '../../src/manifests/split.js';
import type { Target } from '../../src/model.js';

const RUNS = { numRuns: Number(process.env.KPG_PROPERTY_RUNS ?? 300) };

/** Pieces YAML and go-yaml treat specially, so random text hits the interesting paths often. */
const PIECES = [
  'a', 'b', 'name', 'kind', 'Pod', 'items', 'spec', 'privileged', 'on', 'true', '~', 'null', '0o17', '1e6', '.inf', '1_0', '-',
  ':', ': ', ' ', '  ', '\t', '\n', '\r\n', '\r', '#', '# c', '&a ', '*a', '<<: ', '<<', '!!merge ', '!', '{', '}', '[', ']', ',',
  '"', "'", '|', '>', '?', '!!float ', '!!int ', '!!bool ', '!!null ', '!!binary ', '!!str ', '!x ', '%', '@', '`', '---', '...', '\\', '\u0085', '\u2028', '\u2029', '\uFEFF', '\u0000', '\u00a0', 'é', '😀', '\ud800',
];
const yamlish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(yamlish, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

/** Structured YAML: nested block and flow collections with anchors, aliases and merges, deep enough to matter. */
const structured = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'true', 'on', '0644', '1e6', '~', '"q"', '*a', '&a {k: 1}', '[1, 2]', '{}'),
    fc.tuple(fc.constantFrom('a', 'b', '<<', 'items', 'kind', '1.5', 'on'), tie('node')).map(([key, value]) => `{${key}: ${value}}`),
    fc.array(tie('node'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc.array(fc.tuple(fc.constantFrom('a', 'b', '<<', 'items', 'on', '"true"'), tie('node')), { maxLength: 4 }).map((pairs) =>
      pairs.map(([key, value]) => `${key}: ${value}`).join(', ').replace(/^(.*)$/, '{$1}'),
    ),
  ),
})).node.map((value) => `apiVersion: v1\nkind: List\nmetadata: {name: n}\nitems: [${value}]\nx: ${value}\n`);

const pathArbitrary: fc.Arbitrary<FieldPath> = fc.array(fc.oneof(fc.constantFrom('a', 'b', 'items', 'spec', 'name', '<<', '__proto__'), fc.integer({ min: -1, max: 4 })), { maxLength: 6 });

function lineCount(text: string): number {
  return text.split('\n').length;
}

function expectInside(text: string, line: number, column: number | undefined): void {
  const lines = text.split('\n');
  expect(line).toBeGreaterThanOrEqual(1);
  expect(line).toBeLessThanOrEqual(lines.length);
  if (column !== undefined) {
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
  }
}

const target: Target = { kind: 'manifests', path: 'f.yaml' };
const documentsOf = (stream: string) => splitDocuments(stream).map((d) => ({ ...d, sourceFile: 'f.yaml', relatedFiles: [], textIsSource: true }));

describe('splitDocuments', () => {
  it('never throws, and gives back the stream: documents in order, each at its first line', () => {
    fc.assert(
      fc.property(anyText, (stream) => {
        const documents = splitDocuments(stream);
        const lines = stream.split('\n');
        for (const document of documents) {
          expectInside(stream, document.firstLine, undefined);
          if (document.text !== '') expect(lines.slice(document.firstLine - 1, document.firstLine - 1 + lineCount(document.text)).join('\n')).toBe(document.text);
          isBlankDocument(document.text);
        }
      }),
      RUNS,
    );
  });
});

describe('parseRendered', () => {
  it('never throws, and every finding lies inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, structured), (stream) => {
        const { resources, findings } = parseRendered(target, documentsOf(stream));
        for (const finding of findings) expectInside(stream, finding.location!.line, finding.location!.column);
        for (const resource of resources) expect(typeof resource.object).toBe('object');
      }),
      RUNS,
    );
  });

  it('survives nesting far deeper than any manifest', () => {
    for (const text of ['['.repeat(20_000), `a: ${'['.repeat(5_000)}${']'.repeat(5_000)}`, `${'- '.repeat(3_000)}x`, '{a: '.repeat(4_000)]) {
      const { findings } = parseRendered(target, documentsOf(text));
      expect(findings.length).toBeGreaterThan(0);
    }
  });

  it('the fast path reads every object it accepts exactly as the reference does', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, structured), (text) => {
        const fast = fastLoad(normaliseLineBreaks(text).text);
        // Only mappings become objects; js-yaml also takes a few scalars the reference refuses (`\ta`), both not objects.
        if (fast === FAST_PATH_DECLINED || fast === null || typeof fast !== 'object' || Array.isArray(fast)) return;
        expect(slowLoad(normaliseLineBreaks(text).text)).toEqual({ value: fast });
      }),
      RUNS,
    );
  });
});

describe('scalar resolution', () => {
  it('never throws on any plain scalar', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        resolveNumber(source);
        wordKeyString(source);
        isGoInteger(source);
        for (const read of [(text: string) => slowLoad(text), (text: string) => fastLoad(text)]) read(`v: ${source}\n${source}: v\n`);
      }),
      RUNS,
    );
  });

  it('formats any float key as Go does: a number that reads back as the same float32', () => {
    fc.assert(
      fc.property(fc.double(), (value) => {
        const key = goFloatKey(value);
        if (!Number.isFinite(Math.fround(value))) return;
        expect(Math.fround(Number(key))).toBe(Math.fround(value));
      }),
      RUNS,
    );
  });
});

describe('locating a field path', () => {
  it('never throws, and every position lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, structured), pathArbitrary, (text, path) => {
        for (const locate of [locateInYaml, locateInBlockYaml, locateWithParser]) {
          // The walker and the parser answer in the text's own lines only after normalisation (as locateInYaml calls them).
          const input = locate === locateInYaml ? text : normaliseLineBreaks(text).text;
          const position = locate(input, path);
          if (position) expectInside(input, position.line, position.column);
        }
      }),
      RUNS,
    );
  });

  it('the locator keeps every finding of every parsed object inside its file', () => {
    const locate = createLocator(() => undefined);
    fc.assert(
      fc.property(fc.oneof(structured, anyText), pathArbitrary, fc.integer({ min: 1, max: 50 }), (stream, path, padding) => {
        const text = `${'\n'.repeat(padding - 1)}${stream}`;
        for (const resource of parseRendered(target, documentsOf(text)).resources) {
          const location = locate(resource, path);
          expectInside(text, location.line, location.column);
        }
      }),
      RUNS,
    );
  });
});
