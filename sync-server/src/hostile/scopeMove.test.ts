import { beforeEach, expect, it } from 'vitest';
import type { CollectionName, WireDocument } from '@anxun/shared-schema';
import { canonical } from '../replication/documents';
import { enterpriseIn, hazardFor, inspectionFor } from '../testing/fixtures';
import { onEveryStore, wire, type DemoUser } from './hostileServer';

const strip = ({ _deleted: _ignored, ...data }: WireDocument) => data;

/**
 * Hole 4: an officer moved an enterprise out of every scope (areaCode, another town's grid),
 * and its hazards vanished for the town and city supervisors. Only supervisors move documents,
 * only inside their own area, and only under grids that exist there.
 */
onEveryStore('nobody moves a document out of the scopes that must see it', (h) => {
  let victim: WireDocument;
  beforeEach(async () => {
    // An enterprise of grid-ys-01 (wangge's grid), not qiye's own, fresh for every test.
    victim = (await h.pull('jianguan', 'enterprises')).find((e) => e.id !== 'ent-001' && (e['gridIds'] as string[]).includes('grid-ys-01')) as WireDocument;
    expect(victim).toBeDefined();
  });

  async function move(user: DemoUser, change: object, assumed: WireDocument | null = victim) {
    return h.push(user, 'enterprises', [{ assumedMasterState: assumed, newDocumentState: { ...victim, ...change, updatedAt: new Date().toISOString() } }]);
  }
  async function expectStillInPlace() {
    expect(canonical((await h.stored('enterprises', [victim.id])).get(victim.id)?.data)).toBe(canonical(strip(victim)));
    for (const supervisor of ['jianguan', 'shijianguan'] as const) {
      expect((await h.pull(supervisor, 'enterprises')).map((e) => e.id), supervisor).toContain(victim.id);
    }
  }

  it.each([
    ['changes the areaCode to another town', { areaCode: '320582101001', townName: '塘桥镇' }],
    ['adds another town’s grid', { gridIds: ['grid-ys-01', 'grid-tq-01'] }],
    ['removes every grid', { gridIds: [] }],
    ['moves it to a grid that does not exist', { gridIds: ['grid-nowhere'] }],
    // Inside the officer's own scope and the town, still a supervisor's decision.
    ['moves it to another of the officer’s own grids', { gridIds: ['grid-ys-03'] }],
    ['changes its area to the town as a whole', { areaCode: '320582100' }],
  ] as const)('a grid officer who %s is refused', async (_label, change) => {
    for (const assumed of [victim, null]) {
      const answer = await move('wangge', change, assumed);
      // An enterprise without grids does not even parse (400, nothing stored); the others are refused rows.
      if ('gridIds' in change && change.gridIds.length === 0) expect(answer.status).toBe(400);
      else expect(answer.refused.map((r) => r.id)).toEqual([victim.id]);
      await expectStillInPlace();
    }
  });

  it('a town supervisor cannot move an enterprise out of the town, nor under a grid of another town', async () => {
    await move('jianguan', { areaCode: '320582101001', gridIds: ['grid-tq-01'], townName: '塘桥镇' });
    await move('jianguan', { gridIds: ['grid-tq-01'] });
    await expectStillInPlace();
  });

  it('the city supervisor may move an enterprise between towns, with grids of its new town only', async () => {
    await move('shijianguan', { areaCode: '320582101001', gridIds: ['grid-ys-01'] });
    await expectStillInPlace();
    const answer = await move('shijianguan', { gridIds: ['grid-ys-02'] });
    expect(answer.refused).toEqual([]);
    expect((await h.stored('enterprises', [victim.id])).get(victim.id)?.data['gridIds']).toEqual(['grid-ys-02']);
    // Put it back for the other tests.
    const moved = (await h.pull('shijianguan', 'enterprises')).find((e) => e.id === victim.id) as WireDocument;
    await h.push('shijianguan', 'enterprises', [{ assumedMasterState: moved, newDocumentState: { ...moved, gridIds: victim['gridIds'] } }]);
  });

  // Officers no longer register enterprises at all (issue 14: the ledger's keepers do); the town supervisor is held to the same places.
  it('a town supervisor cannot register a new enterprise under another town’s grid or outside its grid’s area', async () => {
    const sneaky = [
      { ...enterpriseIn('grid-ys-01', '320582100001', 'ent-new-1'), gridIds: ['grid-ys-01', 'grid-tq-01'] },
      enterpriseIn('grid-ys-01', '320582101001', 'ent-new-2'),
    ];
    const answer = await h.push('jianguan', 'enterprises', sneaky.map((e) => ({ assumedMasterState: null, newDocumentState: wire(e) })));
    expect(answer.refused.map((r) => r.id).sort()).toEqual(['ent-new-1', 'ent-new-2']);
    const fine = enterpriseIn('grid-ys-01', '320582100002', 'ent-new-3');
    expect((await h.push('wangge', 'enterprises', [{ assumedMasterState: null, newDocumentState: wire(fine) }])).refused.map((r) => r.id)).toEqual(['ent-new-3']);
    expect((await h.push('jianguan', 'enterprises', [{ assumedMasterState: null, newDocumentState: wire(fine) }])).refused).toEqual([]);
  });

  it.each([
    ['hazards', (id: string) => hazardFor('ent-001', id, 'gridPatrol', 'u-officer-1')],
    ['inspections', (id: string) => inspectionFor('ent-001', id)],
  ] as const)('the enterpriseId of %s never changes, whoever pushes it', async (collection: CollectionName, make) => {
    for (const user of ['wangge', 'jianguan', 'shijianguan'] as const) {
      const original = make(`${collection}-move-${user}`);
      await h.arrange(collection, [{ data: original }]);
      for (const assumed of [wire(original), null]) {
        await h.push(user, collection, [{ assumedMasterState: assumed, newDocumentState: wire({ ...original, enterpriseId: victim.id }) }]);
        expect(canonical((await h.stored(collection, [original.id])).get(original.id)?.data), `${user} ${collection}`).toBe(canonical(original));
      }
    }
    expect((await h.pull('jianguan', collection)).map((d) => d.id)).toContain(`${collection}-move-wangge`);
  });
});
