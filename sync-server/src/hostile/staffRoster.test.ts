import { expect, it } from 'vitest';
import type { WireDocument } from '@anxun/shared-schema';
import { canonical } from '../replication/documents';
import { staffMember } from './matrixSubjects';
import { onEveryStore, signIn, wire } from './hostileServer';

/**
 * 从业人员名册 (issue 15, item 6): an enterprise keeps its roster; its officers and supervisors read
 * it; no other enterprise ever sees a name or a phone number of it, whatever it pushes.
 */
onEveryStore('the staff roster stays with its enterprise', (h) => {
  const ours = staffMember('staff-roster-ent1');
  const theirs = { ...staffMember('staff-roster-ent2', 'ent-002'), name: '赵二厂', phone: '13911112222' };

  it('is written by the enterprise and read by its officers and supervisors, never by another enterprise', async () => {
    await signIn(h, ['qiye', 'qiye2', 'wangge', 'wangge3', 'jianguan']);
    expect((await h.push('qiye', 'staff', [{ assumedMasterState: null, newDocumentState: wire(ours) }])).refused).toEqual([]);
    expect((await h.push('qiye2', 'staff', [{ assumedMasterState: null, newDocumentState: wire(theirs) }])).refused).toEqual([]);
    const ids = async (user: Parameters<typeof h.pull>[0]) => (await h.pull(user, 'staff')).map((d) => d.id).filter((id) => id.startsWith('staff-roster-'));
    expect(await ids('qiye')).toEqual(['staff-roster-ent1']);
    expect(await ids('qiye2')).toEqual(['staff-roster-ent2']);
    expect(await ids('wangge')).toContain('staff-roster-ent1');
    expect((await ids('jianguan')).sort()).toEqual(['staff-roster-ent1', 'staff-roster-ent2']);
    // 塘桥镇's officer has neither enterprise in a grid.
    expect(await ids('wangge3')).toEqual([]);
  });

  it('refuses an enterprise writing into another enterprise’s roster or moving its own person there, and echoes nothing of it', async () => {
    await signIn(h, ['qiye']);
    await h.arrange('staff', [{ data: ours }, { data: theirs }]);
    const forged = { ...theirs, name: '探测', phone: '13000000000' } as WireDocument;
    const moved = { ...ours, enterpriseId: 'ent-002', updatedAt: '2026-07-01T00:00:00Z' };
    const answer = await h.push('qiye', 'staff', [
      { assumedMasterState: null, newDocumentState: wire(forged) },
      { assumedMasterState: wire(ours), newDocumentState: wire(moved) },
      { assumedMasterState: null, newDocumentState: wire({ ...staffMember('staff-roster-new'), enterpriseId: 'ent-002' }) },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.refused.map((r) => r.id).sort()).toEqual(['staff-roster-ent1', 'staff-roster-ent2', 'staff-roster-new']);
    expect(JSON.stringify(answer)).not.toContain('赵二厂');
    expect(JSON.stringify(answer)).not.toContain('13911112222');
    const stored = await h.stored('staff', ['staff-roster-ent1', 'staff-roster-ent2', 'staff-roster-new']);
    expect(canonical(stored.get('staff-roster-ent2')?.data)).toBe(canonical(theirs));
    expect(canonical(stored.get('staff-roster-ent1')?.data)).toBe(canonical(ours));
    expect(stored.has('staff-roster-new')).toBe(false);
  });

  it('refuses officers writing the roster and anyone deleting a person (a leaver is marked, past quizzes name them)', async () => {
    await signIn(h, ['qiye', 'wangge']);
    await h.arrange('staff', [{ data: ours }]);
    const byOfficer = await h.push('wangge', 'staff', [{ assumedMasterState: wire(ours), newDocumentState: wire({ ...ours, name: '改名' }) }]);
    const deleted = await h.push('qiye', 'staff', [{ assumedMasterState: wire(ours), newDocumentState: wire(ours, true) }]);
    expect(byOfficer.refused.map((r) => r.id)).toEqual(['staff-roster-ent1']);
    expect(deleted.refused.map((r) => r.id)).toEqual(['staff-roster-ent1']);
    const left = await h.push('qiye', 'staff', [{ assumedMasterState: wire(ours), newDocumentState: wire({ ...ours, leftOn: '2026-06-30', updatedAt: '2026-06-30T08:00:00Z' }) }]);
    expect(left.refused).toEqual([]);
    const stored = (await h.stored('staff', ['staff-roster-ent1'])).get('staff-roster-ent1');
    expect(stored?.deleted).toBe(false);
    expect(stored?.data['leftOn']).toBe('2026-06-30');
  });
});
