// The fast block-YAML walker must answer exactly like locateWithParser or decline: focused constructs, then every
// path of every real document in the repository and the shared corpus, with the answered share and speed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { locateInBlockYaml } from '../../src/manifests/fastlocate.js';
import { locateInYaml, locateWithParser, type FieldPath } from '../../src/manifests/locate.js';
import { slowLoad } from '../../src/manifests/parse.js';
import { isBlankDocument, splitDocuments } from '../../src/manifests/split.js';

const root = new URL('../..', import.meta.url).pathname;

/** Asserts an answer that equals the reference, and returns it for explicit checks. */
function answers(text: string, path: FieldPath, rendered?: unknown) {
  const fast = locateInBlockYaml(text, path, rendered);
  expect(fast, `${JSON.stringify(text)} ${JSON.stringify(path)}`).toBeDefined();
  expect(fast).toEqual(locateWithParser(text, path, rendered));
  return fast;
}

function declines(text: string, path: FieldPath, rendered?: unknown): void {
  expect(locateInBlockYaml(text, path, rendered), `${JSON.stringify(text)} ${JSON.stringify(path)}`).toBeUndefined();
}

describe('locateInBlockYaml: answered constructs', () => {
  it('starts at the first key after comments and blank lines', () => {
    expect(answers('# c\n\n  # d\na: 1\n', [])).toEqual({ line: 4, column: 1, depth: 0 });
  });

  it('skips full-line and trailing comments, including ones with colons', () => {
    const text = '# head: x\n\napiVersion: v1 # trailing: colon\nkind: Pod\n# a: b\nmetadata:\n  # c: d\n  name: p # x\n';
    expect(answers(text, ['metadata', 'name'])).toEqual({ line: 8, column: 3, depth: 2 });
    answers(text, ['kind']);
    answers(text, ['metadata', 'missing']);
    answers(text, ['metadata', 'name', 'deeper']);
  });

  it('reads single- and double-quoted keys without escapes', () => {
    const text = `"a": 1\n'b': 2\n'it''s': 3\n"c d" : 4\nplain key: 5\n"0": zero\n`;
    expect(answers(text, ['a'])).toEqual({ line: 1, column: 1, depth: 1 });
    answers(text, ['b']);
    answers(text, ["it's"]);
    answers(text, ['c d']);
    answers(text, ['plain key']);
    answers(text, [0]);
  });

  it('skips block scalar content that looks like keys, items and comments', () => {
    const text = [
      'data:',
      '  script: |',
      '    key: not a key',
      '    - item',
      '',
      '    # hash',
      '  other: 1',
      'after: >-',
      '  text',
      '  more: x',
      'last: |+2',
      '    indented',
      '',
      'end: 1',
      '',
    ].join('\n');
    expect(answers(text, ['data', 'other'])).toEqual({ line: 7, column: 3, depth: 2 });
    answers(text, ['data', 'key']);
    answers(text, ['data', 'script', 'x']);
    answers(text, ['after']);
    answers(text, ['more']);
    answers(text, ['end']);
  });

  it('skips block scalars in sequence items and compact mappings', () => {
    const text = 'x:\n- |\n t\n- b\n- k: |2\n    t\n  m: 1\ny:\n  - a: >\n      folded\n    b: 2\n';
    answers(text, ['x', 1]);
    answers(text, ['x', 2, 'm']);
    answers(text, ['y', 0, 'b']);
  });

  it('skips multi-line plain and quoted scalars', () => {
    const text = 'a: one\n  two\n\n  three\nb: "x\n   y: z"\nc: \'p\n  q\'\nd:\n  - "m\n    n"\n  - e\ne: 1\n';
    answers(text, ['b']);
    answers(text, ['c']);
    answers(text, ['d', 1]);
    expect(answers(text, ['e'])).toEqual({ line: 13, column: 1, depth: 1 });
  });

  it('walks sequences indented under their key and at the same indent', () => {
    const text = 'spec:\n  containers:\n  - name: a\n    image: x\n  -   name: b\n      ports:\n        - containerPort: 80\n          name: http\n  volumes: []\n';
    expect(answers(text, ['spec', 'containers', 1, 'ports', 0, 'name'])).toEqual({ line: 8, column: 11, depth: 6 });
    expect(answers(text, ['spec', 'containers', 1])).toEqual({ line: 5, column: 7, depth: 3 });
    answers(text, ['spec', 'volumes']);
    answers(text, ['spec', 'containers', 2]);
    answers(text, ['spec', 'containers', 'name']);
  });

  it('finds items whose node starts on the line after the dash', () => {
    const text = 'x:\n-\n  # c\n  name: a\n-\n  - inner\n';
    expect(answers(text, ['x', 0])).toEqual({ line: 4, column: 3, depth: 2 });
    answers(text, ['x', 1, 0]);
  });

  it('handles Windows line endings and a missing final newline', () => {
    const text = 'a:\r\n  b: |\r\n    c: d\r\n  e: 1\r\nf:\r\n- g';
    expect(answers(text, ['a', 'e'])).toEqual({ line: 4, column: 3, depth: 2 });
    answers(text, ['f', 0]);
    answers('a:\n  b: 1', ['a', 'b']);
  });

  it('matches sequence items by name with a rendered object', () => {
    const text = 'spec:\n  containers:\n  - name: "a"\n    image: x\n  - image: y\n    name: \'b\'\n  - name: c\n';
    const rendered = { spec: { containers: [{ name: 'c' }, { name: 'b' }, { name: 'a', image: 'x' }, { image: 'no name' }] } };
    expect(answers(text, ['spec', 'containers', 0], rendered)).toEqual({ line: 7, column: 5, depth: 3 });
    expect(answers(text, ['spec', 'containers', 1, 'name'], rendered)).toEqual({ line: 6, column: 5, depth: 4 });
    answers(text, ['spec', 'containers', 2, 'image'], rendered);
    answers(text, ['spec', 'containers', 3, 'image'], rendered);
    answers(text, ['spec', 'containers', 0], { spec: { containers: [{ name: 'zz' }] } });
  });

  it('skips flow collections spanning lines, with comments and a closing bracket at the key\'s indent', () => {
    answers('a: [1,\n  2]\nb: 1\n', ['b']);
    answers('a: [1, 2\n]\nb: 1\n', ['b']);
    answers('x:\n  a: [1, # c: d\n    2]\n  b: 1\n', ['x', 'b']);
    answers('x:\n- {a: 1,\n   b: "}"}\n- c\n', ['x', 1]);
  });

  it('answers where the path stops at a flow value, an alias or an anchored value', () => {
    const text = 'args: ["a", "b: c"]\nlabels: {}\nbase: &b x\nref: *b\nmap: &m\n  k: 1\n';
    answers(text, ['args']);
    answers(text, ['labels']);
    answers(text, ['ref', 'deeper']);
    answers(text, ['map', 'k']);
  });

  it('reads keys with dots, slashes, spaced colons and YAML 1.1 words', () => {
    const text = 'metadata:\n  annotations:\n    app.kubernetes.io/name: web\n    helm.sh/chart : x\non: 1\nNULL: 2\n';
    answers(text, ['metadata', 'annotations', 'app.kubernetes.io/name']);
    answers(text, ['metadata', 'annotations', 'helm.sh/chart']);
    answers(text, ['true']);
    answers(text, ['null']);
  });
});

describe('locateInBlockYaml: declined constructs', () => {
  it('declines to enter flow collections', () => {
    declines('a: {b: 1}\n', ['a', 'b']);
    declines('a: [1, 2]\n', ['a', 0]);
    declines('a: [1,\n  2]\nb: 1\n', ['a', 1]);
  });

  it('declines anchors on items, tags, merge keys and complex keys', () => {
    declines('x:\n- &a foo\n', ['x', 0]);
    declines('a: !!str 1\n', ['a']);
    declines('base: &b\n  x: 1\nd:\n  <<: *b\n  y: 2\n', ['d', 'y']);
    declines('? a\n: 1\n', ['a']);
  });

  it('declines what is not a block mapping at the root, directives and document markers', () => {
    declines('- a\n- b\n', [0]);
    declines('%YAML 1.1\na: 1\n', ['a']);
    declines('a: 1\n--- b\n', ['a']);
    declines('\ufeffa: 1\n', ['a']);
  });

  it('declines nested compact sequences, empty items and scalars on the line after their key', () => {
    declines('x:\n- - a\n', ['x', 0, 0]);
    declines('x:\n-\n- a\n', ['x', 1]);
    declines('a:\n  text\nb: 1\n', ['b']);
  });

  it('declines tabs in indentation and bad indentation', () => {
    declines('a:\n\tb: 1\n', ['a', 'b']);
    declines('a:\n  b: |\n      x\n    y\n  c: 1\n', ['a', 'c']);
    declines('x:\n  a: "x\n  y"\n  b: 1\n', ['x', 'b']);
    declines('a: x\n  # c\n  y\nb: 1\n', ['b']);
  });

  it('declines keys it cannot read for certain', () => {
    declines('a: 1\na: 2\n', ['a']);
    declines('"a\\tb": 1\n', ['a\tb']);
    declines('1: a\n', ['1']);
    declines('0x10: a\nb: 1\n', ['b']);
  });

  it('declines name matching on names it cannot read', () => {
    const rendered = { x: [{ name: 'ab' }] };
    declines('x:\n- name: "a\\x62"\n', ['x', 0], rendered);
    declines('x:\n- name: a\n    b\n', ['x', 0], { x: [{ name: 'a b' }] });
    declines('x:\n- name: 12\n- name: ab\n', ['x', 0], rendered);
    declines('x:\n- {name: ab}\n', ['x', 0], rendered);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Differential test over real documents.

interface Sample {
  label: string;
  text: string;
  paths: FieldPath[];
  shuffled: unknown;
}

function yamlFiles(directory: string, skipTemplates: boolean): string[] {
  if (!existsSync(directory)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || (skipTemplates && entry.name === 'templates')) continue;
      files.push(...yamlFiles(path, skipTemplates));
    } else if (/\.ya?ml$/.test(entry.name)) {
      files.push(path);
    }
  }
  return files.sort();
}

function samplesOf(label: string, fileText: string): Sample[] {
  const samples: Sample[] = [];
  for (const [index, document] of splitDocuments(fileText).entries()) {
    if (isBlankDocument(document.text)) continue;
    // The object as the pipeline reads it; documents it refuses (alias bombs, duplicate keys) have nothing to locate.
    const read = slowLoad(document.text);
    if (!('value' in read)) continue;
    const object: unknown = read.value;
    samples.push({ label: `${label}#${index}`, text: document.text, paths: pathsOf(object), shuffled: reversedArrays(object) });
  }
  return samples;
}

/** Every prefix of every leaf, plus missing extensions: an unknown key, a number on a mapping, an index past the end. */
function pathsOf(value: unknown, prefix: FieldPath = [], out: FieldPath[] = []): FieldPath[] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
    out.push([...prefix, value.length], [...prefix, 'doesNotExist']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
    out.push([...prefix, 'doesNotExist'], [...prefix, 0]);
  } else {
    out.push([...prefix, 'doesNotExist']);
  }
  return out;
}

/** The object with every sequence reversed, so that indexes only meet the source items through their names. */
function reversedArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedArrays).reverse();
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reversedArrays(item)]));
}

interface Tally {
  pairs: number;
  answered: number;
  answeredByName: number;
  mismatches: string[];
}

function compare(samples: Sample[]): Tally {
  const tally: Tally = { pairs: 0, answered: 0, answeredByName: 0, mismatches: [] };
  const check = (sample: Sample, path: FieldPath, rendered: unknown) => {
    const fast = locateInBlockYaml(sample.text, path, rendered);
    if (fast === undefined) return false;
    const reference = locateWithParser(sample.text, path, rendered);
    if (JSON.stringify(fast) !== JSON.stringify(reference)) {
      const how = rendered === undefined ? 'by index' : 'by name';
      tally.mismatches.push(`${sample.label} ${JSON.stringify(path)} ${how}: fast ${JSON.stringify(fast)}, reference ${JSON.stringify(reference)}`);
    }
    return true;
  };
  for (const sample of samples) {
    for (const path of sample.paths) {
      tally.pairs++;
      if (check(sample, path, undefined)) tally.answered++;
      if (check(sample, path, sample.shuffled)) tally.answeredByName++;
    }
  }
  return tally;
}

let realSamplesRead: { files: number; samples: Sample[] } | undefined;

/** The real documents, read once for the tests below. */
function realSamples(): { files: number; samples: Sample[] } {
  realSamplesRead ??= readRealSamples();
  return realSamplesRead;
}

function readRealSamples(): { files: number; samples: Sample[] } {
  // The exhaustion corpus is built to cost time (10,000 aliases), not to hold documents worth locating in.
  const sources = [
    ...yamlFiles(join(root, 'test/fixtures'), false).filter((file) => !file.includes('/hostile/exhaustion/')),
    ...yamlFiles(join(root, 'examples'), true),
    ...yamlFiles(join(root, 'test/e2e/repo'), true),
    ...yamlFiles(join(root, '../shared/corpus'), true),
  ];
  const samples = sources.flatMap((file) => samplesOf(file.slice(root.length), readFileSync(file, 'utf8')));
  return { files: sources.length, samples };
}

/** A small deterministic generator, so that a failing mutation can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Tokens that change how a line reads: indicators, quotes, tabs, markers, words that resolve to non-strings. */
const MUTATION_TOKENS = [': ', ' #', '#', '- ', '-', '"', "'", '|', '>', '[', ']', '{', '}', '&a ', '*a', '!t ', '\t', ' ', ':', '? ', '---', '%', '\\', '|2', '>-', ',', 'name: ', '\r', '<<: ', 'yes', '0', '.5'];

/** One to three random edits: re-indenting, inserting a token, duplicating, deleting or splitting a line. */
function mutated(text: string, random: () => number): string {
  const lines = text.split('\n');
  for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
    const index = Math.floor(random() * lines.length);
    const line = lines[index] ?? '';
    const at = Math.floor(random() * (line.length + 1));
    const choice = random();
    if (choice < 0.25) lines[index] = random() < 0.5 ? ` ${line}` : line.replace(/^ {1,2}/, '');
    else if (choice < 0.7) lines[index] = line.slice(0, at) + MUTATION_TOKENS[Math.floor(random() * MUTATION_TOKENS.length)] + line.slice(at);
    else if (choice < 0.8) lines.splice(index, 0, line);
    else if (choice < 0.9) lines.splice(index, 1);
    else lines.splice(index, 1, line.slice(0, at), ' '.repeat(Math.floor(random() * 6)) + line.slice(at));
  }
  return lines.join('\n');
}

const ADVERSARIAL = [
  'data:\n  config.yaml: |\n    spec:\n      containers:\n      - name: fake\n  other: |-\n\n    key: value\n  tail: >+\n    x\n\nspec:\n  containers:\n  - name: real\n',
  'a: |\n  deeper:\n    and: deeper\n  # not a comment\nb:\n  c: |2\n      more indented\n    same\n  d: 1\n',
  '# comment: with colon\nmetadata: # another: one\n  labels:\n    app.kubernetes.io/name: x # tail: y\n    "quoted.key/x": y\n    \'single\': z\n  annotations:\n    empty:\n    also-empty: ""\n',
  'spec:\n  template:\n    spec:\n      containers:\n      - name: a\n        args:\n        - --flag\n        - "--other: x"\n        env:\n        - name: A\n          value: "1"\n      - name: b\n        ports:\n        - containerPort: 80\n          protocol: TCP\n      volumes:\n      - name: v\n        emptyDir: {}\n',
  'items:\n-\n  - nested\n  - items\n- - compact\n',
  'a:\r\n  b:\r\n  - name: x\r\n    c: |\r\n      d: e\r\n  f: g\r\n',
  'text: this is\n  a long plain\n  scalar\nquoted: "and a\n  long quoted"\nsingle: \'it\'\'s\n  here\'\nafter: 1',
  'key:\n- a\n- b: 1\n  c: 2\n-   d: 3\nnext: 4\n',
  'args: ["sh", "-c", "echo hi: there"]\nmap: {a: 1, b: [2, 3]}\nempty: []\nlast: x\n',
];

describe('locateInBlockYaml: anchor and alias names', () => {
  it('declines a name holding a flow indicator, where the parser ends the name and breaks the rest', () => {
    const text = 'a: &x 1\nb:\n  port: *x}y\nservice:\n  labels: {}\n';
    expect(locateWithParser(text, ['service', 'labels'])).toEqual({ line: 1, column: 1, depth: 0 });
    expect(locateInBlockYaml(text, ['service', 'labels'])).toBeUndefined();
    expect(locateInBlockYaml('a: &x{ 1\nb: 2\n', ['b'])).toBeUndefined();
    expect(locateInBlockYaml('a: &x 1\nb: *x\n', ['b'])).toEqual({ line: 2, column: 1, depth: 1 });
  });
});

describe('locateInBlockYaml: differential test against locateWithParser', () => {
  it('agrees on adversarial synthetic documents', () => {
    const samples = ADVERSARIAL.flatMap((text, index) => samplesOf(`adversarial ${index}`, text));
    const tally = compare(samples);
    console.log(`adversarial: ${samples.length} documents, ${tally.pairs} paths, ${tally.answered} answered, ${tally.answeredByName} answered by name`);
    expect(tally.mismatches).toEqual([]);
    expect(tally.answered).toBeGreaterThan(tally.pairs / 2);
  });

  it('agrees on every path of every real document and answers at least 90% of them', () => {
    const { files, samples } = realSamples();
    const tally = compare(samples);
    const share = tally.answered / tally.pairs;
    console.log(
      `differential: ${files} files, ${samples.length} documents, ${tally.pairs} paths; answered ${tally.answered} ` +
        `(${(share * 100).toFixed(1)}%), by name ${tally.answeredByName} (${((tally.answeredByName / tally.pairs) * 100).toFixed(1)}%), ` +
        `mismatches ${tally.mismatches.length}`,
    );
    expect(tally.mismatches.slice(0, 20)).toEqual([]);
    expect(samples.length).toBeGreaterThan(50);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('agrees on broken variants of real documents (the reference answers on invalid YAML too)', () => {
    const { samples } = realSamples();
    const random = seededRandom(7);
    let checked = 0;
    let answered = 0;
    const mismatches: string[] = [];
    for (let round = 0; round < 1500; round++) {
      const sample = samples[Math.floor(random() * samples.length)]!;
      const text = mutated(sample.text, random);
      for (const path of sample.paths.filter((_, index) => index % 7 === round % 7)) {
        for (const rendered of [undefined, sample.shuffled]) {
          checked++;
          const fast = locateInBlockYaml(text, path, rendered);
          if (fast === undefined) continue;
          answered++;
          const reference = locateWithParser(text, path, rendered);
          if (JSON.stringify(fast) !== JSON.stringify(reference)) mismatches.push(`${JSON.stringify(text)} ${JSON.stringify(path)}`);
        }
      }
    }
    console.log(`mutations: ${checked} lookups in 1500 broken variants, ${answered} answered, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('reports the speed against the reference', () => {
    const { samples } = realSamples();
    // Fresh texts so that neither side finds a cached parse: the cost of the first lookup in a document.
    const fresh = samples.map((sample, index) => ({ text: `${sample.text}\n# timing ${index}\n`, path: sample.paths.at(-1) ?? [] }));
    const time = (run: () => void) => {
      const start = performance.now();
      run();
      return performance.now() - start;
    };
    const coldReference = time(() => fresh.forEach(({ text, path }) => locateWithParser(text, path)));
    const coldFast = time(() => fresh.forEach(({ text, path }) => locateInBlockYaml(text, path)));
    const allReference = time(() => samples.forEach((sample) => sample.paths.forEach((path) => locateWithParser(sample.text, path))));
    const allFast = time(() => samples.forEach((sample) => sample.paths.forEach((path) => locateInBlockYaml(sample.text, path))));
    const pairs = samples.reduce((sum, sample) => sum + sample.paths.length, 0);
    console.log(
      `speed: first lookup per document (${fresh.length}): reference ${coldReference.toFixed(1)} ms, fast ${coldFast.toFixed(1)} ms, ` +
        `${(coldReference / coldFast).toFixed(1)}x; all ${pairs} paths (both cache the last parse): reference ${allReference.toFixed(1)} ms, ` +
        `fast ${allFast.toFixed(1)} ms, ${(allReference / allFast).toFixed(1)}x`,
    );
  });
});

describe('locateInYaml', () => {
  it('answers with the walker where it can and the parser where it declines', () => {
    const block = 'spec:\n  containers:\n    - name: a\n      image: x\n';
    const flow = 'spec: {containers: [{name: a, image: x}]}\n';
    expect(locateInBlockYaml(flow, ['spec', 'containers', 0, 'image'])).toBeUndefined();
    for (const text of [block, flow]) {
      expect(locateInYaml(text, ['spec', 'containers', 0, 'image'])).toEqual(locateWithParser(text, ['spec', 'containers', 0, 'image']));
    }
  });
});

describe('word keys', () => {
  it('finds keys that resolve to booleans, null and special floats under their stringified names', () => {
    const text = 'on: 1\nNULL: 2\n.inf: 3\nplain: 4\n';
    for (const key of ['true', 'null', 'Infinity', 'plain']) {
      expect(locateInBlockYaml(text, [key]), key).toEqual(locateWithParser(text, [key]));
      expect(locateWithParser(text, [key])?.depth, key).toBe(1);
    }
  });
});
