import { describe, expect, it } from 'vitest';
import { isBlankDocument, splitDocuments } from '../../src/manifests/split.js';

describe('splitDocuments', () => {
  it('splits on --- lines and keeps each document first line', () => {
    const docs = splitDocuments('a: 1\n---\nb: 2\n--- # comment\nc: 3\n');
    expect(docs.map((d) => [d.text, d.firstLine])).toEqual([
      ['a: 1', 1],
      ['b: 2', 3],
      ['c: 3\n', 5],
    ]);
  });

  it('does not split on --- followed by content, as kubectl does', () => {
    expect(splitDocuments('a: 1\n--- b\n')).toHaveLength(1);
  });

  it('keeps a leading separator as an empty first document', () => {
    const docs = splitDocuments('---\nkind: Pod\n');
    expect(docs[1]).toEqual({ text: 'kind: Pod\n', firstLine: 2 });
    expect(isBlankDocument(docs[0]!.text)).toBe(true);
  });

  it('treats comments and document end markers as blank', () => {
    expect(isBlankDocument('# only a comment\n...\n')).toBe(true);
    expect(isBlankDocument('# c\nkind: Pod')).toBe(false);
  });
});

describe('splitDocuments and isBlankDocument as kubectl reads lines', () => {
  it('trims a separator as Go strings.TrimSpace does: NEL is space, a byte order mark is not', () => {
    expect(splitDocuments('a: 1\n---\u0085\nb: 2\n').map((d) => d.text)).toEqual(['a: 1', 'b: 2\n']);
    expect(splitDocuments('a: 1\n---\uFEFF\nb: 2\n')).toHaveLength(1);
    expect(splitDocuments('a: 1\n--- \u3000# c\r\nb: 2\n')).toHaveLength(2);
  });

  it('ends comment lines where go-yaml does, so an object after U+2028 makes a document non-blank', () => {
    expect(isBlankDocument('# c\u2028kind: Pod')).toBe(false);
    expect(isBlankDocument('# c\u0085kind: Pod')).toBe(false);
    expect(isBlankDocument('# c\rkind: Pod')).toBe(false);
    expect(isBlankDocument('\uFEFF# only a comment\r\n\r\n')).toBe(true);
    expect(isBlankDocument('\u00a0# NBSP is no YAML white space')).toBe(false);
  });
});
