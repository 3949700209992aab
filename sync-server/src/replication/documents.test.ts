import { describe, expect, it } from 'vitest';
import { canonical } from './documents';

/** The definition canonical() must keep: push digests stored in the history were made with it. */
const sortedStringify = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

describe('canonical', () => {
  it('writes the same text as JSON.stringify over objects rebuilt with sorted keys', () => {
    const values: unknown[] = [
      null, 0, -0, 1.5, 1e21, Number.NaN, Infinity, '', '引号"\\\n\u2028\ud800', true, [], {},
      { b: 1, a: [3, undefined, null, { z: 1, y: undefined }], c: { '10': 1, '9': 2, x: 3, '01': 4, '-1': 5 } },
      { updatedAt: new Date(0), nested: { list: [{ id: 'b' }, { id: 'a' }] }, skip: undefined, fn: () => 1 },
      { B: 1, a: 2, _c: 3, Á: 4, '4294967295': 5, '4294967294': 6 },
    ];
    for (const value of values) expect(canonical(value)).toBe(sortedStringify(value));
  });

  it('does not depend on key order', () => {
    expect(canonical({ a: 1, b: { c: 2, d: 3 } })).toBe(canonical({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
