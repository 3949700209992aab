import { describe, expect, it } from 'vitest';
import { sameReplicatedState } from './sameState';

describe('sameReplicatedState', () => {
  it('ignores key order and the storage engine fields', () => {
    expect(sameReplicatedState({ a: 1, b: { c: 2, d: 3 }, _rev: '1-x' }, { b: { d: 3, c: 2 }, a: 1, _meta: { lwt: 5 } })).toBe(true);
  });
  it('sees a changed value, a changed list order and a deletion flag', () => {
    expect(sameReplicatedState({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameReplicatedState({ l: [1, 2] }, { l: [2, 1] })).toBe(false);
    expect(sameReplicatedState({ a: 1, _deleted: false }, { a: 1, _deleted: true })).toBe(false);
  });
});
