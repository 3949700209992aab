import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isStorableText, storableJson, storableText, unstorableTextPath } from './storableText';

/** What PostgreSQL text accepts: no NUL, and valid UTF-16 (encodeURIComponent throws on a lone surrogate). */
const storableByPostgres = (text: string) => {
  try {
    encodeURIComponent(text);
  } catch {
    return false;
  }
  return !text.includes('\u0000');
};

describe('storable text', () => {
  it('removes NUL and replaces lone surrogates with U+FFFD, keeping surrogate pairs', () => {
    expect(storableText('配电\u0000箱')).toBe('配电箱');
    expect(storableText('a\uD800b')).toBe('a\uFFFDb');
    expect(storableText('a\uDC00')).toBe('a\uFFFD');
    expect(storableText('𠀀 ok')).toBe('𠀀 ok');
    expect(isStorableText('𠀀')).toBe(true);
    expect(isStorableText('\uDC00\uD800')).toBe(false);
  });

  it('makes any string storable, and changes nothing that already was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const clean = storableText(text);
        expect(storableByPostgres(clean)).toBe(true);
        expect(isStorableText(text)).toBe(storableByPostgres(text));
        if (storableByPostgres(text)) expect(clean).toBe(text);
      }),
      { seed: 11, numRuns: 500 },
    );
    // 500 binary strings take well under a second alone, several on a loaded 2-core CI machine.
  }, 30_000);

  it('cleans every string and key of a document and finds the path of the first bad one', () => {
    const doc = { id: 'h-1', title: 'x\u0000', photos: ['ok', 'b\uD800'], nested: { 'k\u0000': 1 } };
    expect(storableJson(doc)).toEqual({ id: 'h-1', title: 'x', photos: ['ok', 'b\uFFFD'], nested: { k: 1 } });
    expect(unstorableTextPath(doc)).toBe('title');
    expect(unstorableTextPath({ a: [1, 'ok', { b: '\uDFFF' }] })).toBe('a[2].b');
    const clean = { id: 'h-1', list: [{ a: '配电箱' }] };
    expect(storableJson(clean)).toBe(clean);
    expect(unstorableTextPath(clean)).toBeUndefined();
  });
});
