import { describe, expect, it } from 'vitest';
import type { Checkpoint } from '@anxun/shared-schema';
import { MemoryStorage } from '../testing/MemoryStorage';
import { ScopeSweep } from './scopeSweep';

const at = (seq: number, scope: string): Checkpoint => ({ seq, id: `d${seq}`, scope });
const page = (ids: string[], checkpoint: Checkpoint | undefined) => ({ documents: ids.map((id) => ({ id })), checkpoint });

describe('ScopeSweep', () => {
  it('keeps nothing apart while the scope stays the same', () => {
    const sweep = new ScopeSweep('k', new MemoryStorage());
    expect(sweep.observe(undefined, page(['a', 'b'], at(2, 'S1')), 2)).toBeNull();
    expect(sweep.observe(at(2, 'S1'), page(['c'], at(3, 'S1')), 2)).toBeNull();
  });

  it('after a scope change, answers every id of the restarted pull once it has caught up', () => {
    const sweep = new ScopeSweep('k', new MemoryStorage());
    expect(sweep.observe(at(40, 'S1'), page(['a', 'b'], at(2, 'S2')), 2)).toBeNull();
    expect(sweep.observe(at(2, 'S2'), page(['c', 'd'], at(4, 'S2')), 2)).toBeNull();
    expect(sweep.observe(at(4, 'S2'), page(['e'], at(5, 'S2')), 2)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
    // Done: later pages are ordinary again.
    expect(sweep.observe(at(5, 'S2'), page([], at(5, 'S2')), 2)).toBeNull();
  });

  it('starts over when the scope changes again during the sweep', () => {
    const sweep = new ScopeSweep('k', new MemoryStorage());
    sweep.observe(at(40, 'S1'), page(['a', 'b'], at(2, 'S2')), 2);
    expect(sweep.observe(at(2, 'S2'), page(['x'], at(1, 'S3')), 2)).toEqual(new Set(['x']));
  });

  it('a sweep interrupted by closing the app pulls from the beginning at the next start', () => {
    const storage = new MemoryStorage();
    new ScopeSweep('k', storage).observe(at(40, 'S1'), page(['a', 'b'], at(2, 'S2')), 2);
    const next = new ScopeSweep('k', storage);
    expect(next.from(at(2, 'S2'))).toBeUndefined();
    expect(next.observe(undefined, page(['a'], at(1, 'S2')), 2)).toEqual(new Set(['a']));
    expect(next.from(at(1, 'S2'))).toEqual(at(1, 'S2'));
    expect(storage.getItem('k')).toBeNull();
  });
});
