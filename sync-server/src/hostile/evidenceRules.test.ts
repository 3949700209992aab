import { beforeEach, expect, it } from 'vitest';
import { EventVerdict, type WireDocument } from '@anxun/shared-schema';
import { AFTER_PHOTO } from '@anxun/shared-schema/testing';
import { commentFor, FIXTURE_PHOTO, hazardFor, inspectionFor, signaturesFor } from '../testing/fixtures';
import { onEveryStore, signIn, wire, type Hostile, type PushAnswer } from './hostileServer';

/**
 * Evidence the server demands whatever the device checked (issue 13, items 8 and 9): a finished
 * inspection carries the inspector's signature and the principal's signature or a full refusal;
 * a hazard outside a checklist carries a photo and a description; a rectification carries its
 * measures and an after photo. Judged on the version the server would store, over the stored one.
 */
const create = (doc: object) => [{ assumedMasterState: null, newDocumentState: wire(doc) }];
const codeOf = (answer: PushAnswer) => (answer.refused[0] as { code?: string } | undefined)?.code;
const now = () => new Date().toISOString();

onEveryStore('a finished inspection carries its signatures, a standalone hazard its photo and description', (h: Hostile) => {
  beforeEach(async () => signIn(h, ['wangge', 'qiye']));
  const officer = () => h.principal('wangge').userId;
  const inspection = (id: string, over: object = {}) => ({ ...inspectionFor('ent-001', id, 'gridPatrol', officer()), status: 'finished', finishedAt: now(), ...over });

  it('refuses a finished inspection without the principal’s signature or refusal, and stores nothing', async () => {
    const officerOnly = signaturesFor().filter((s) => s.signerRole === 'officer');
    const doc = inspection('hostile-unsigned-1', { signatures: officerOnly });
    const answer = await h.push('wangge', 'inspections', create(doc));
    expect(answer.refused.map((r) => r.id)).toEqual([doc.id]);
    expect(codeOf(answer)).toBe('inspection_unsigned');
    expect((await h.stored('inspections', [doc.id])).has(doc.id)).toBe(false);
  });

  it('refuses a refusal to sign without its witness or reason, and accepts it complete', async () => {
    const [signed, refusal] = signaturesFor();
    const bare = { ...refusal, witness: '  ', refusalReason: '' };
    const partial = inspection('hostile-unsigned-2', { signatures: [signed, bare] });
    expect(codeOf(await h.push('wangge', 'inspections', create(partial)))).toBe('inspection_unsigned');
    const complete = inspection('hostile-unsigned-3', { signatures: signaturesFor() });
    expect((await h.push('wangge', 'inspections', create(complete))).refused).toEqual([]);
  });

  it('does not let a later edit strip the signatures of a finished inspection, nor finish an unsigned one by a stale merge', async () => {
    const doc = wire(inspection('hostile-unsigned-4', { signatures: signaturesFor() }));
    await h.push('wangge', 'inspections', [{ assumedMasterState: null, newDocumentState: doc }]);
    const stripped = { ...doc, signatures: [], updatedAt: now() };
    expect(codeOf(await h.push('wangge', 'inspections', [{ assumedMasterState: doc, newDocumentState: stripped }]))).toBe('inspection_unsigned');
    expect((await h.stored('inspections', [doc['id'] as string])).get(doc['id'] as string)?.data['signatures']).toHaveLength(2);

    const open = wire(inspectionFor('ent-001', 'hostile-unsigned-5', 'gridPatrol', officer()));
    await h.push('wangge', 'inspections', [{ assumedMasterState: null, newDocumentState: open }]);
    // A forged base that "already had" the signatures: the merge drops them, and the judge sees the stored version.
    const forgedBase = { ...open, signatures: signaturesFor() } as WireDocument;
    const finishing = { ...open, status: 'finished', finishedAt: now(), signatures: signaturesFor(), updatedAt: now() } as WireDocument;
    const noSignatures = { ...finishing, signatures: [] } as WireDocument;
    expect(codeOf(await h.push('wangge', 'inspections', [{ assumedMasterState: forgedBase, newDocumentState: noSignatures }]))).toBe('inspection_unsigned');
    expect((await h.stored('inspections', ['hostile-unsigned-5'])).get('hostile-unsigned-5')?.data['status']).toBe('inProgress');
  });

  it('lets an enterprise finish its own self-check without signatures', async () => {
    const selfCheck = { ...inspectionFor('ent-001', 'hostile-selfcheck-1', 'selfCheck', h.principal('qiye').userId), status: 'finished', finishedAt: now() };
    expect((await h.push('qiye', 'inspections', create(selfCheck))).refused).toEqual([]);
  });

  it('refuses a hazard outside a checklist without a photo or a description, and keeps one from a checklist item', async () => {
    const bare = { ...hazardFor('ent-001', 'hostile-bare-1', 'gridPatrol', officer()), photosBefore: [] };
    expect(codeOf(await h.push('wangge', 'hazards', create(bare)))).toBe('hazard_evidence_missing');
    const silent = { ...hazardFor('ent-001', 'hostile-bare-2', 'gridPatrol', officer()), description: ' ' };
    expect(codeOf(await h.push('wangge', 'hazards', create(silent)))).toBe('hazard_evidence_missing');
    expect((await h.stored('hazards', ['hostile-bare-1', 'hostile-bare-2'])).size).toBe(0);
    const fromItem = { ...bare, id: 'hostile-bare-3', checklistItemCode: 'GM-03', description: '' };
    expect((await h.push('wangge', 'hazards', create(fromItem))).refused).toEqual([]);
  });

  it('does not let an edit take the photo off a stored hazard', async () => {
    const doc = wire(hazardFor('ent-001', 'hostile-bare-4', 'gridPatrol', officer()));
    await h.push('wangge', 'hazards', [{ assumedMasterState: null, newDocumentState: doc }]);
    const taken = { ...doc, photosBefore: [], updatedAt: now() } as WireDocument;
    expect(codeOf(await h.push('wangge', 'hazards', [{ assumedMasterState: doc, newDocumentState: taken }]))).toBe('hazard_evidence_missing');
    expect((await h.stored('hazards', ['hostile-bare-4'])).get('hostile-bare-4')?.data['photosBefore']).toEqual([FIXTURE_PHOTO]);
  });

  it('keeps a rectification without an after photo or measures, refused at its place in the order, and accepts one with both', async () => {
    const hazard = hazardFor('ent-001', 'hostile-rect-1', 'gridPatrol', officer());
    await h.push('wangge', 'hazards', create(hazard));
    const stamp = (id: string, user: 'wangge' | 'qiye', type: 'assign' | 'submitRectification', payload: object) => {
      const p = h.principal(user);
      return { ...commentFor(hazard, id, { userId: p.userId, role: p.role, officerKind: p.officerKind }), type, payload };
    };
    await h.push('wangge', 'hazardEvents', create(stamp('hostile-rect-ev1', 'wangge', 'assign', { deadline: '2099-01-01' })));
    const noPhoto = stamp('hostile-rect-ev2', 'qiye', 'submitRectification', { measures: '已加装防护罩' });
    const blank = stamp('hostile-rect-ev3', 'qiye', 'submitRectification', { measures: '   ', photos: [AFTER_PHOTO] });
    const good = stamp('hostile-rect-ev4', 'qiye', 'submitRectification', { measures: '已加装防护罩', photos: [AFTER_PHOTO] });
    for (const event of [noPhoto, blank, good]) expect((await h.push('qiye', 'hazardEvents', create(event))).refused).toEqual([]);
    const stored = await h.stored('hazardEvents', [noPhoto.id, blank.id, good.id]);
    const verdict = (id: string) => EventVerdict.parse(stored.get(id)?.data['verdict']);
    expect(verdict(noPhoto.id)).toMatchObject({ accepted: false, code: 'rectification_needs_photo' });
    expect(verdict(blank.id)).toMatchObject({ accepted: false, code: 'rectification_needs_measures' });
    expect(verdict(good.id)).toMatchObject({ accepted: true });
  });
});
