import { expect, it } from 'vitest';
import type { Hazard } from '@anxun/shared-schema';
import { canonical } from '../replication/documents';
import { commentFor, hazardFor } from '../testing/fixtures';
import { onEveryStore, signIn, wire, type DemoUser } from './hostileServer';

/**
 * Hole 3: the write check compared the pushed row with the ASSUMED state the client sent. A
 * forged assumed state (another source, another enterprise, deleted) must change nothing the
 * user may not change: permissions are judged against what is stored.
 */
onEveryStore('a forged assumed state changes nothing the pusher may not change', (h) => {
  let n = 0;
  const officerHazard = (enterpriseId = 'ent-001'): Hazard => hazardFor(enterpriseId, `hz-forged-${++n}`, 'gridPatrol', 'u-officer-1');

  async function forge(user: DemoUser, original: Hazard, assumed: object, next: object, assumedDeleted = false) {
    await h.arrange('hazards', [{ data: original }]);
    const answer = await h.push(user, 'hazards', [{ assumedMasterState: wire(assumed, assumedDeleted), newDocumentState: wire(next) }]);
    expect(answer.status).toBe(200);
    return { answer, stored: (await h.stored('hazards', [original.id])).get(original.id) };
  }

  it('an enterprise claiming the hazard is its own self-check cannot retitle an officer’s hazard', async () => {
    const original = officerHazard();
    const claimed = { ...original, source: 'enterpriseSelfCheck', foundBy: 'u-ent-1' };
    const { answer, stored } = await forge('qiye', original, claimed, { ...claimed, title: '已自行整改' });
    expect(answer.refused.map((r) => r.id)).toEqual([original.id]);
    expect(canonical(stored?.data)).toBe(canonical(original));
  });

  it('an enterprise claiming another enterprise’s hazard is its own changes nothing and learns nothing', async () => {
    const original = officerHazard('ent-002');
    const claimed = { ...original, enterpriseId: 'ent-001', source: 'enterpriseSelfCheck' };
    const { answer, stored } = await forge('qiye', original, claimed, { ...claimed, title: '探测' });
    expect(answer.documents).toEqual([]);
    expect(canonical(stored?.data)).toBe(canonical(original));
  });

  it('a grid officer claiming an enterprise of another town lies in its grid cannot edit that enterprise', async () => {
    const victim = (await h.pull('shijianguan', 'enterprises')).find((e) => (e['gridIds'] as string[]).includes('grid-tq-01'));
    expect(victim).toBeDefined();
    if (!victim) return;
    const claimed = { ...victim, gridIds: ['grid-ys-01'], areaCode: '320582100001' };
    const answer = await h.push('wangge', 'enterprises', [{ assumedMasterState: claimed, newDocumentState: { ...claimed, notes: '改写' } }]);
    expect(answer.documents).toEqual([]);
    const { _deleted: _ignored, ...original } = victim;
    expect(canonical((await h.stored('enterprises', [victim.id])).get(victim.id)?.data)).toBe(canonical(original));
  });

  it.each(['qiye', 'zhuanjia', 'wangge2'] as const)('%s claiming the hazard was deleted cannot re-create it as its own', async (user) => {
    const original = officerHazard();
    // "It was deleted, and it was mine": judged as a create of the claimed version before issue 11.
    const claimed = { ...original, source: user === 'qiye' ? 'enterpriseSelfCheck' : 'thirdParty', foundBy: 'u-anyone' };
    const { stored } = await forge(user, original, claimed, { ...claimed, title: '重新登记' }, true);
    expect(canonical(stored?.data)).toBe(canonical(original));
    expect(stored?.deleted).toBe(false);
  });

  it('an expert claiming a third-party source cannot edit a grid officer’s hazard', async () => {
    const original = officerHazard();
    const claimed = { ...original, source: 'thirdParty' };
    const { stored } = await forge('zhuanjia', original, claimed, { ...claimed, requiredMeasures: '无需整改' });
    expect(canonical(stored?.data)).toBe(canonical(original));
  });

  it('an event naming another enterprise’s hazard under the pusher’s own enterprise is not stored', async () => {
    const foreign = officerHazard('ent-002');
    await h.arrange('hazards', [{ data: foreign }]);
    await signIn(h, ['qiye']);
    const event = commentFor({ id: foreign.id, enterpriseId: 'ent-001' }, `ev-forged-${++n}`, h.principal('qiye'));
    const answer = await h.push('qiye', 'hazardEvents', [{ assumedMasterState: null, newDocumentState: wire(event) }]);
    expect(answer.refused.map((r) => r.id)).toEqual([event.id]);
    expect((await h.stored('hazardEvents', [event.id])).has(event.id)).toBe(false);
  });

  it('nobody records a finding in another user’s name', async () => {
    await signIn(h, ['wangge', 'qiye']);
    const asOther = hazardFor('ent-001', `hz-forged-${++n}`, 'gridPatrol', 'u-enforcer-1');
    const selfCheckAsOther = hazardFor('ent-001', `hz-forged-${++n}`, 'enterpriseSelfCheck', 'u-officer-1');
    await h.push('wangge', 'hazards', [{ assumedMasterState: null, newDocumentState: wire(asOther) }]);
    await h.push('qiye', 'hazards', [{ assumedMasterState: null, newDocumentState: wire(selfCheckAsOther) }]);
    expect([...(await h.stored('hazards', [asOther.id, selfCheckAsOther.id])).keys()]).toEqual([]);
    const own = hazardFor('ent-001', `hz-forged-${++n}`, 'gridPatrol', h.principal('wangge').userId);
    expect((await h.push('wangge', 'hazards', [{ assumedMasterState: null, newDocumentState: wire(own) }])).refused).toEqual([]);
  });

  it('a correct assumed state still lets the officer edit (the guard is not "refuse everything")', async () => {
    const original = officerHazard();
    const { answer, stored } = await forge('wangge', original, original, { ...original, location: '三号车间' });
    expect(answer.refused).toEqual([]);
    expect(stored?.data['location']).toBe('三号车间');
  });
});
