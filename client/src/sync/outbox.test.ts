import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../testing/MemoryStorage';
import { Outbox } from './outbox';

describe('Outbox', () => {
  it('counts each document once however often it is saved, and survives a reload', () => {
    const storage = new MemoryStorage();
    const outbox = new Outbox('o', storage);
    outbox.record({ collection: 'enterprises', id: 'e1', updatedAt: '2026-03-01T01:00:00.000Z' });
    outbox.record({ collection: 'enterprises', id: 'e1', updatedAt: '2026-03-01T01:05:00.000Z' });
    outbox.record({ collection: 'hazards', id: 'e1', updatedAt: '2026-03-01T01:05:00.000Z' });
    expect(new Outbox('o', storage).count()).toBe(2);
  });

  it('keeps an entry when only an older version was confirmed (a save after the push started)', () => {
    const outbox = new Outbox('o', new MemoryStorage());
    outbox.record({ collection: 'enterprises', id: 'e1', updatedAt: '2026-03-01T01:05:00.000Z' });
    outbox.confirm('enterprises', [{ id: 'e1', updatedAt: '2026-03-01T01:00:00.000Z' }]);
    expect(outbox.count()).toBe(1);
    outbox.confirm('enterprises', [{ id: 'e1', updatedAt: '2026-03-01T01:05:00.000Z' }]);
    expect(outbox.count()).toBe(0);
  });

  it('tells listeners the new count', () => {
    const outbox = new Outbox('o', new MemoryStorage());
    const seen: number[] = [];
    outbox.subscribe((n) => seen.push(n));
    outbox.record({ collection: 'hazards', id: 'h1', updatedAt: 'a' });
    outbox.confirm('hazards', [{ id: 'h1', updatedAt: 'a' }]);
    expect(seen).toEqual([1, 0]);
  });

  it('shows the count written by another tab of the same user', () => {
    const storage = new MemoryStorage();
    const here = new Outbox('o', storage);
    const seen: number[] = [];
    here.subscribe((n) => seen.push(n));
    new Outbox('o', storage).record({ collection: 'enterprises', id: 'e1', updatedAt: 'a' });
    here.noticeStorageEvent({ key: 'other-key' });
    here.noticeStorageEvent({ key: 'o' });
    expect(seen).toEqual([1]);
  });
});
