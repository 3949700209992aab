import { expect, it } from 'vitest';
import type { CollectionName, Hazard } from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import { enterpriseIn, gridIn, hazardFor, inspectionFor } from '../testing/fixtures';
import { onEveryStore, wire, type DemoUser } from './hostileServer';

/**
 * Hole 8, push side: an issued hazard is never deleted (it is voided by an event), and neither
 * is any other record of the ledger. A deletion pushed with a correct, null or forged assumed
 * state leaves the document as it was; a stored deletion is not undone by a push either.
 */
onEveryStore('ledger records cannot be deleted through a push', (h) => {
  let n = 0;
  const major = (source: Hazard['source'], foundBy: string, enterpriseId = 'ent-001'): Hazard => ({ ...hazardFor(enterpriseId, `hz-del-${++n}`, source, foundBy), proposedLevel: 'major' });

  async function tryDelete(user: DemoUser, collection: CollectionName, original: DocumentData) {
    await h.arrange(collection, [{ data: original }]);
    for (const assumed of [wire(original), null, wire({ ...original, title: '伪造' })]) {
      const answer = await h.push(user, collection, [{ assumedMasterState: assumed, newDocumentState: wire({ ...original, updatedAt: new Date().toISOString() }, true) }]);
      expect(answer.status).toBe(200);
      const stored = (await h.stored(collection, [original.id])).get(original.id);
      expect(stored?.deleted, `${user} deleted ${collection} ${original.id} (assumed ${assumed ? 'given' : 'null'})`).toBe(false);
    }
  }

  it('a grid officer cannot delete an open major hazard found by an enforcement officer', async () => {
    await tryDelete('wangge', 'hazards', major('enforcement', 'u-enforcer-1'));
  });

  it('an enterprise cannot delete its own self-reported major hazard', async () => {
    await tryDelete('qiye', 'hazards', major('enterpriseSelfCheck', 'u-ent-1'));
  });

  it.each(['zhifa', 'zhuanjia', 'jianguan', 'shijianguan'] as const)('%s cannot delete a hazard either', async (user) => {
    await tryDelete(user, 'hazards', major('gridPatrol', 'u-officer-1'));
  });

  it.each(['wangge', 'jianguan', 'shijianguan'] as const)('%s cannot delete an enterprise or an inspection', async (user) => {
    await tryDelete(user, 'enterprises', enterpriseIn('grid-ys-01', '320582100001', `ent-del-${++n}`));
    await tryDelete(user, 'inspections', inspectionFor('ent-001', `insp-del-${++n}`));
  });

  it('a deleted hazard is not brought back by a push under its old id', async () => {
    const gone = major('gridPatrol', 'u-officer-1');
    await h.arrange('hazards', [{ data: gone, deleted: true }]);
    for (const user of ['wangge', 'jianguan'] as const) {
      await h.push(user, 'hazards', [{ assumedMasterState: wire(gone, true), newDocumentState: wire({ ...gone, foundBy: user === 'wangge' ? 'u-officer-1' : 'u-sup-1' }) }]);
      expect((await h.stored('hazards', [gone.id])).get(gone.id)?.deleted).toBe(true);
    }
  });

  it('a supervisor may still delete a grid of the town (reference data, not a ledger record)', async () => {
    const grid = gridIn('320582100', `grid-del-${++n}`);
    await h.arrange('grids', [{ data: grid }]);
    const answer = await h.push('jianguan', 'grids', [{ assumedMasterState: wire(grid), newDocumentState: wire(grid, true) }]);
    expect(answer.refused).toEqual([]);
    expect((await h.stored('grids', [grid.id])).get(grid.id)?.deleted).toBe(true);
  });
});
