import { expect, it } from 'vitest';
import type { EnterprisePerson, WireDocument } from '@anxun/shared-schema';
import { canonical, type DocumentData } from '../replication/documents';
import { onEveryStore, signIn, wire } from './hostileServer';

/**
 * 从业人员名册 (issue 15, item 6) is the enterprise profile's `people`: the enterprise keeps it on
 * its phone; its officers and supervisors read it; no other enterprise ever sees a name, phone or
 * certificate of it, or writes it, whatever it pushes. Judged by what is stored.
 */
onEveryStore('the staff roster stays with its enterprise', (h) => {
  const welder: EnterprisePerson = {
    id: 'person-roster-welder', role: 'specialOperator', name: '李焊工', phone: '13911112222',
    certificateType: '焊接与热切割作业', certificateNumber: 'T320582199001011234', certificateExpiry: '2026-05-01',
  };
  const profile = async (id: string) => (await h.stored('enterprises', [id])).get(id)?.data as DocumentData & { people: EnterprisePerson[] };
  const edit = (doc: DocumentData, change: Partial<DocumentData>) => ({ ...doc, ...change, updatedAt: new Date().toISOString() });

  it('is kept by the enterprise and read by its officers and supervisors, never by another enterprise', async () => {
    await signIn(h, ['qiye', 'qiye2', 'wangge', 'wangge3', 'jianguan']);
    const before = await profile('ent-001');
    const answer = await h.push('qiye', 'enterprises', [{ assumedMasterState: wire(before), newDocumentState: wire(edit(before, { people: [...before.people, welder] })) }]);
    expect(answer.refused).toEqual([]);
    expect((await profile('ent-001')).people).toContainEqual(welder);
    const sees = async (user: Parameters<typeof h.pull>[0]) => JSON.stringify(await h.pull(user, 'enterprises')).includes('13911112222');
    expect(await sees('qiye')).toBe(true);
    expect(await sees('wangge')).toBe(true);
    expect(await sees('jianguan')).toBe(true);
    expect(await sees('qiye2')).toBe(false);
    expect(await sees('wangge3')).toBe(false);
  });

  it('refuses another enterprise writing the roster and echoes nothing of it', async () => {
    await signIn(h, ['qiye2']);
    const before = await profile('ent-001');
    const forged = edit(before, { people: [{ ...welder, id: 'person-roster-planted', name: '冒名' }] });
    const stale = await h.push('qiye2', 'enterprises', [{ assumedMasterState: wire(before), newDocumentState: wire(forged) }]);
    const blind = await h.push('qiye2', 'enterprises', [{ assumedMasterState: null, newDocumentState: wire(forged) as WireDocument }]);
    for (const answer of [stale, blind]) {
      expect(answer.refused.map((r) => r.id)).toEqual(['ent-001']);
      expect(answer.documents).toEqual([]);
      for (const p of before.people) expect(JSON.stringify(answer)).not.toContain(p.name);
    }
    expect(canonical(await profile('ent-001'))).toBe(canonical(before));
  });

  it('refuses a roster edit smuggled with a field the enterprise may not change, and merges two devices’ roster edits by person', async () => {
    await signIn(h, ['qiye', 'wangge']);
    const before = await profile('ent-001');
    const renamed = await h.push('qiye', 'enterprises', [{ assumedMasterState: wire(before), newDocumentState: wire(edit(before, { name: '改名企业', people: [] })) }]);
    expect(renamed.refused.map((r) => r.id)).toEqual(['ent-001']);
    expect(canonical(await profile('ent-001'))).toBe(canonical(before));
    // The enterprise marks a leaver on its phone while the officer's tablet (same base) adds a phone to another person.
    const [first, second] = before.people as [EnterprisePerson, EnterprisePerson, ...EnterprisePerson[]];
    const left = await h.push('qiye', 'enterprises', [{ assumedMasterState: wire(before), newDocumentState: wire(edit(before, { people: before.people.map((p) => (p.id === first.id ? { ...p, leftOn: '2026-06-30' } : p)) })) }]);
    expect(left.refused).toEqual([]);
    const officer = await h.push('wangge', 'enterprises', [{ assumedMasterState: wire(before), newDocumentState: wire(edit(before, { people: before.people.map((p) => (p.id === second.id ? { ...p, phone: '13700001111' } : p)) })) }]);
    expect(officer.refused).toEqual([]);
    const after = (await profile('ent-001')).people;
    expect(after.find((p) => p.id === first.id)?.leftOn).toBe('2026-06-30');
    expect(after.find((p) => p.id === second.id)?.phone).toBe('13700001111');
    expect(after).toHaveLength(before.people.length);
  });
});
