import { expect, it } from 'vitest';
import type { Hazard, Inspection } from '@anxun/shared-schema';
import { canonical, type DocumentData } from '../replication/documents';
import { hazardFor, inspectionFor, signaturesFor } from '../testing/fixtures';
import { onEveryStore, signIn, wire, type DemoUser } from './hostileServer';

/**
 * Hole 2: `assumedMasterState: null` over an existing document was judged as a create, so an
 * enterprise or an expert replaced an officer's hazard or finished inspection whole.
 */
onEveryStore('a null assumed state over an existing document widens nothing', (h) => {
  let n = 0;
  const officerHazard = (level: Hazard['proposedLevel']): Hazard => ({ ...hazardFor('ent-001', `hz-null-${++n}`, 'gridPatrol', 'u-officer-1'), proposedLevel: level, title: '消防通道堵塞' });
  const finishedInspection = (): Inspection => ({
    ...inspectionFor('ent-001', `insp-null-${++n}`), status: 'finished', finishedAt: '2026-03-02T10:00:00+08:00', signatures: signaturesFor(), summary: '不合格',
    answers: [{ itemCode: 'GM-01', result: 'fail', note: '未建立台账', photoHashes: [], answeredAt: '2026-03-02T09:30:00+08:00' }],
  });

  async function replaceWithNull(user: DemoUser, collection: 'hazards' | 'inspections', original: DocumentData, replacement: object) {
    await h.arrange(collection, [{ data: original }]);
    const answer = await h.push(user, collection, [{ assumedMasterState: null, newDocumentState: wire(replacement) }]);
    expect(answer.status).toBe(200);
    const stored = (await h.stored(collection, [original.id])).get(original.id);
    return { answer, stored };
  }

  it.each(['qiye', 'zhuanjia'] as const)('%s cannot replace an officer’s hazard (source, title, measures, finder)', async (user) => {
    const original = officerHazard('general');
    const source = user === 'qiye' ? 'enterpriseSelfCheck' : 'thirdParty';
    const { answer, stored } = await replaceWithNull(user, 'hazards', original, { ...original, source, title: '已整改', requiredMeasures: '无', foundBy: `u-${user}` });
    expect(answer.refused.map((r) => r.id)).toEqual([original.id]);
    expect(canonical(stored?.data)).toBe(canonical(original));
  });

  it.each(['qiye', 'zhuanjia'] as const)('%s cannot downgrade a major hazard to general', async (user) => {
    const original = officerHazard('major');
    const source = user === 'qiye' ? 'enterpriseSelfCheck' : 'thirdParty';
    const { stored } = await replaceWithNull(user, 'hazards', original, { ...original, source, proposedLevel: 'general' });
    expect(stored?.data['proposedLevel']).toBe('major');
    expect(canonical(stored?.data)).toBe(canonical(original));
  });

  it.each(['qiye', 'zhuanjia'] as const)('%s cannot rewrite an officer’s finished inspection from fail to pass', async (user) => {
    const original = finishedInspection();
    await signIn(h, [user]);
    // The expert also names itself on the record, so the record as pushed would be its own.
    const rewritten = { ...original, type: user === 'qiye' ? 'selfCheck' : original.type, officerIds: [h.principal(user).userId], summary: '合格', answers: [{ ...original.answers[0], result: 'pass', note: '' }] };
    const { stored } = await replaceWithNull(user, 'inspections', original, rewritten);
    expect(canonical(stored?.data)).toBe(canonical(original));
  });

  it('still lets the officer who may edit the hazard write over it with a null assumed state (merged, then adopted)', async () => {
    const original = officerHazard('general');
    const { answer, stored } = await replaceWithNull('wangge', 'hazards', original, { ...original, location: '二号仓库' });
    expect(answer.refused).toEqual([]);
    expect(stored?.data['location']).toBe('二号仓库');
  });
});
