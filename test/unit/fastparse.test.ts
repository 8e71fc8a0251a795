// The fast path (js-yaml) must read every real document exactly as the reference (the yaml package) does.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAST_PATH_DECLINED, fastLoad, slowLoad } from '../../src/manifests/parse.js';
import { isBlankDocument, splitDocuments } from '../../src/manifests/split.js';
import { CORPUS, FIXTURES, ROOT } from '../helpers.js';

function documents(directory: string): { where: string; text: string }[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ya?ml$/.test(file) && !file.split('/').includes('templates'))
    .flatMap((file) =>
      splitDocuments(readFileSync(join(directory, file), 'utf8'))
        .filter((d) => !isBlankDocument(d.text))
        .map((d) => ({ where: `${file}:${d.firstLine}`, text: d.text })),
    );
}

describe('fast YAML path', () => {
  const all = [FIXTURES, join(ROOT, 'examples'), join(ROOT, 'test/e2e/repo'), CORPUS].flatMap(documents);

  it('agrees with the reference parser on every document it reads', () => {
    let compared = 0;
    for (const { where, text } of all) {
      const reference = slowLoad(text);
      if (!('value' in reference)) continue;
      const fast = fastLoad(text);
      if (fast === FAST_PATH_DECLINED) continue; // the slow path reads it
      expect(fast, where).toEqual(reference.value);
      compared++;
    }
    console.log(`fast path: ${compared} of ${all.length} documents compared`);
    expect(compared / all.length).toBeGreaterThan(0.9);
  });
});
