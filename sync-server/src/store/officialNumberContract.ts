import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpenedStore } from './openStore';
import type { OfficialSeries, Store } from './Store';

const notice: OfficialSeries = { townCode: '320582100', kind: 'rectificationNotice', year: 2026 };
const format = (n: number) => `杨舍应急隐通〔2026〕${n}号`;
const formatOf = (s: OfficialSeries) => (n: number) => `${s.townCode}-${s.kind}〔${s.year}〕${n}号`;

const assign = (store: Store, documentId: string, series = notice) =>
  store.writeTransaction((tx) => tx.assignOfficialNumber(series, documentId, series === notice ? format : formatOf(series)));

/**
 * Official writ numbers, on every store: one gapless series per town, kind and year, even when
 * pushes commit concurrently or roll back.
 */
export function officialNumberContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`Official numbers — ${name}`, () => {
    let opened: OpenedStore;
    beforeEach(async () => {
      opened = await open();
    });
    afterEach(() => opened.store.close());

    it('numbers each series from 1 without gaps, separately per town, kind and year', async () => {
      const { store } = opened;
      expect(await assign(store, 'w1')).toEqual({ number: 1, officialNo: '杨舍应急隐通〔2026〕1号' });
      expect((await assign(store, 'w2')).number).toBe(2);
      expect((await assign(store, 'w3', { ...notice, kind: 'recheckOpinion' })).number).toBe(1);
      expect((await assign(store, 'w4', { ...notice, townCode: '320582101' })).number).toBe(1);
      expect((await assign(store, 'w5', { ...notice, year: 2027 })).number).toBe(1);
      expect((await assign(store, 'w6')).number).toBe(3);
    });

    it('gives a document the number it already has instead of a second one', async () => {
      const first = await assign(opened.store, 'w1');
      expect(await assign(opened.store, 'w1')).toEqual(first);
      expect((await assign(opened.store, 'w2')).number).toBe(2);
    });

    it('gives the number back when the push that took it rolls back', async () => {
      const { store } = opened;
      await assign(store, 'w1');
      await expect(store.writeTransaction(async (tx) => {
        await tx.assignOfficialNumber(notice, 'w-rolled-back', format);
        throw new Error('push failed after numbering');
      })).rejects.toThrow('push failed');
      expect((await assign(store, 'w2')).number).toBe(2);
      const { rows } = await opened.db.query<{ document_id: string }>('SELECT document_id FROM official_numbers ORDER BY number');
      expect(rows.map((r) => r.document_id)).toEqual(['w1', 'w2']);
    });

    it('never gives two documents the same number when 24 pushes number at once', async () => {
      const numbers = await Promise.all(Array.from({ length: 24 }, (_, i) => assign(opened.store, `w${i}`)));
      expect(numbers.map((n) => n.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(new Set(numbers.map((n) => n.officialNo)).size).toBe(24);
    });
  });
}
