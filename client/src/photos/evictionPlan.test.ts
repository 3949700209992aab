import { describe, expect, it } from 'vitest';
import { planEviction, type EvictionCandidate } from './evictionPlan';

const photo = (hash: string, createdAt: string, status: EvictionCandidate['status'] = 'uploaded', bytes = 100): EvictionCandidate => ({ hash, bytes, status, createdAt });
const refs = (open: string[], closed: string[]) => ({ open: new Set(open), closed: new Set(closed) });

describe('planEviction', () => {
  it('evicts nothing while the store fits the budget', () => {
    expect(planEviction([photo('a', '2026-01-01'), photo('b', '2026-01-02')], refs([], ['a', 'b']), 200)).toEqual([]);
  });

  it('evicts photos of closed work first, oldest first, only as many as needed', () => {
    const photos = [photo('orphan', '2025-01-01'), photo('closed-new', '2026-03-01'), photo('closed-old', '2026-01-01'), photo('open', '2024-01-01')];
    expect(planEviction(photos, refs(['open'], ['closed-new', 'closed-old']), 300)).toEqual(['closed-old']);
    expect(planEviction(photos, refs(['open'], ['closed-new', 'closed-old']), 200)).toEqual(['closed-old', 'closed-new']);
    expect(planEviction(photos, refs(['open'], ['closed-new', 'closed-old']), 100)).toEqual(['closed-old', 'closed-new', 'orphan']);
  });

  it('never evicts a photo the server does not have, nor one open work needs, even over budget', () => {
    const photos = [photo('pending', '2020-01-01', 'pending'), photo('failed', '2020-01-01', 'failed'), photo('uploading', '2020-01-01', 'uploading'), photo('open', '2020-01-01')];
    expect(planEviction(photos, refs(['open'], ['pending', 'failed', 'uploading']), 0)).toEqual([]);
  });

  it('keeps a photo that both closed and open work reference', () => {
    expect(planEviction([photo('shared', '2020-01-01'), photo('closed', '2021-01-01')], refs(['shared'], ['shared', 'closed']), 0)).toEqual(['closed']);
  });
});
