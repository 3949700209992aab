import { expect, it } from 'vitest';
import { basisOf, completeUscc, enterpriseIdOf, type WireDocument } from '@anxun/shared-schema';
import { canonical } from '../replication/documents';
import { enterpriseIn, templateWith } from '../testing/fixtures';
import { onEveryStore, signIn, wire, type DemoUser } from './hostileServer';

const now = () => new Date().toISOString();
let serial = 0;
const freshUscc = () => completeUscc(`91320582MA${String(Date.now() % 1e6).padStart(6, '0')}${serial++ % 10}`);

/**
 * The ledger's keepers (issue 14 item 3): only administrators and supervisors of the area create
 * an enterprise, deactivate it (停业/注销) or bring it back, always with a dated reason under their
 * own name; the status history only grows. Published checklist and question versions never change.
 * Every case is judged by what is STORED afterwards.
 */
onEveryStore('the ledger and versioned reference data keep their rules', (h) => {
  const storedData = async (collection: 'enterprises' | 'checklistTemplates' | 'examQuestions', id: string) => (await h.stored(collection, [id])).get(id)?.data;
  const entry = (user: DemoUser, status: string, reason = '营业执照已注销') => ({ status, on: '2026-11-30', reason, by: h.principal(user).userId, at: now() });
  const arrangedEnterprise = async () => {
    const uscc = freshUscc();
    const doc = { ...enterpriseIn('grid-ys-01', '320582100001', enterpriseIdOf(uscc)), uscc };
    await h.arrange('enterprises', [{ data: doc }]);
    return doc;
  };
  const update = (user: DemoUser, before: object, after: object) =>
    h.push(user, 'enterprises', [{ assumedMasterState: wire(before), newDocumentState: wire({ ...before, ...after, updatedAt: now() }) }]);

  it('an officer may no longer create an enterprise; the town supervisor and the administrator may', async () => {
    await signIn(h, ['wangge', 'jianguan', 'admin']);
    for (const [user, created] of [['wangge', false], ['zhifa', false], ['jianguan', true], ['admin', true]] as const) {
      const uscc = freshUscc();
      const doc = { ...enterpriseIn('grid-ys-01', '320582100001', enterpriseIdOf(uscc)), uscc };
      await h.push(user, 'enterprises', [{ assumedMasterState: null, newDocumentState: wire(doc) }]);
      expect(await storedData('enterprises', doc.id) !== undefined, user).toBe(created);
    }
  });

  it('refuses a failed USCC checksum on create, whoever sends it', async () => {
    const uscc = freshUscc();
    const wrong = uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0');
    const doc = { ...enterpriseIn('grid-ys-01', '320582100001', enterpriseIdOf(wrong)), uscc: wrong, usccWarningAccepted: true };
    const answer = await h.push('admin', 'enterprises', [{ assumedMasterState: null, newDocumentState: wire(doc) }]);
    expect(answer.refused.map((r) => r.id)).toEqual([doc.id]);
    expect(await storedData('enterprises', doc.id)).toBeUndefined();
  });

  it('a grid officer cannot deactivate an enterprise, even with a well-formed entry under their own name', async () => {
    await signIn(h, ['wangge']);
    const doc = await arrangedEnterprise();
    await update('wangge', doc, { operatingStatus: 'closed', statusLog: [entry('wangge', 'closed')] });
    await update('wangge', doc, { operatingStatus: 'ceased' });
    expect(canonical(await storedData('enterprises', doc.id))).toBe(canonical(doc));
  });

  it('a supervisor deactivates only with a dated reason under their own name, and the history is kept', async () => {
    await signIn(h, ['jianguan', 'admin']);
    const doc = await arrangedEnterprise();
    await update('jianguan', doc, { operatingStatus: 'ceased' });
    await update('jianguan', doc, { operatingStatus: 'ceased', statusLog: [entry('admin', 'ceased')] });
    await update('jianguan', doc, { operatingStatus: 'ceased', statusLog: [entry('jianguan', 'closed')] });
    expect((await storedData('enterprises', doc.id))?.['operatingStatus']).toBe('operating');
    const first = entry('jianguan', 'ceased', '停业整顿');
    expect((await update('jianguan', doc, { operatingStatus: 'ceased', statusLog: [first] })).refused).toEqual([]);
    const ceased = await storedData('enterprises', doc.id);
    expect(ceased?.['operatingStatus']).toBe('ceased');
    // Rewriting or dropping the history is refused, with or without a status change.
    await update('admin', ceased ?? {}, { statusLog: [] });
    await update('admin', ceased ?? {}, { operatingStatus: 'operating', statusLog: [{ ...first, reason: '改写' }, entry('admin', 'operating')] });
    expect(canonical(await storedData('enterprises', doc.id))).toBe(canonical(ceased));
    // Bringing it back is a new entry after the old one.
    expect((await update('admin', ceased ?? {}, { operatingStatus: 'operating', statusLog: [first, entry('admin', 'operating', '复业')] })).refused).toEqual([]);
    expect(((await storedData('enterprises', doc.id))?.['statusLog'] as unknown[]).length).toBe(2);
  });

  it('a deactivated enterprise stays readable to the officers of its grid with its records', async () => {
    await signIn(h, ['jianguan']);
    const doc = await arrangedEnterprise();
    await update('jianguan', doc, { operatingStatus: 'closed', statusLog: [entry('jianguan', 'closed')] });
    expect((await h.pull('wangge', 'enterprises')).find((e) => e.id === doc.id)?.['operatingStatus']).toBe('closed');
  });

  const template = (id: string, status: 'draft' | 'published') => ({ ...templateWith(id), code: id, status });

  it('a published template version is immutable but for retiring it; a draft is edited and published', async () => {
    const id = `tpl-pub-${serial++}`;
    const draft = template(id, 'draft');
    expect((await h.push('admin', 'checklistTemplates', [{ assumedMasterState: null, newDocumentState: wire(draft) }])).refused).toEqual([]);
    const edited = { ...draft, name: '改过的草稿', updatedAt: now() };
    await h.push('admin', 'checklistTemplates', [{ assumedMasterState: wire(draft), newDocumentState: wire(edited) }]);
    const published = { ...edited, status: 'published', updatedAt: now() };
    await h.push('admin', 'checklistTemplates', [{ assumedMasterState: wire(edited), newDocumentState: wire(published) }]);
    expect(canonical(await storedData('checklistTemplates', id))).toBe(canonical(published));
    for (const user of ['admin', 'jianguan'] as const) {
      for (const change of [{ name: '偷改' }, { status: 'draft' }, { items: [{ ...draft.items[0], text: '偷改的检查项' }] }]) {
        for (const assumed of [wire(published), null, wire({ ...published, status: 'draft' })]) {
          await h.push(user, 'checklistTemplates', [{ assumedMasterState: assumed, newDocumentState: wire({ ...published, ...change, updatedAt: now() }) }]);
        }
      }
    }
    // A forged assumed state may merge into a write of nothing but a new updatedAt: the content stays.
    expect(canonical({ ...(await storedData('checklistTemplates', id)), updatedAt: '' })).toBe(canonical({ ...published, updatedAt: '' }));
    const retired = { ...published, retired: true, updatedAt: now() };
    expect((await h.push('admin', 'checklistTemplates', [{ assumedMasterState: wire(published), newDocumentState: wire(retired) }])).refused).toEqual([]);
  });

  it('a template item citing the law prints exactly what the citation table says', async () => {
    const id = `tpl-cite-${serial++}`;
    const item = { ...templateWith(id).items[0], basisKeys: ['aqf.41.2'] };
    const wrong = { ...template(id, 'draft'), items: [{ ...item, basis: '安全生产法 第九十九条' }] };
    const right = { ...template(id, 'draft'), items: [{ ...item, basis: basisOf('aqf.41.2') }] };
    const unknown = { ...template(id, 'draft'), items: [{ ...item, basisKeys: ['aqf.999'], basis: '' }] };
    for (const doc of [wrong, unknown]) expect((await h.push('admin', 'checklistTemplates', [{ assumedMasterState: null, newDocumentState: wire(doc) }])).refused.length).toBe(1);
    expect(await storedData('checklistTemplates', id)).toBeUndefined();
    expect((await h.push('admin', 'checklistTemplates', [{ assumedMasterState: null, newDocumentState: wire(right) }])).refused).toEqual([]);
  });

  it('a published question is immutable; the bank grows by new versions', async () => {
    const bank = await h.pull('admin', 'examQuestions');
    const published = bank.find((q) => q['status'] !== 'draft') as WireDocument;
    const answer = await h.push('admin', 'examQuestions', [{ assumedMasterState: published, newDocumentState: { ...published, stem: `${String(published['stem'])}（改）`, updatedAt: now() } }]);
    expect(answer.refused.map((r) => r.id)).toEqual([published.id]);
    expect(canonical((await storedData('examQuestions', published.id)))).toBe(canonical(Object.fromEntries(Object.entries(published).filter(([k]) => k !== '_deleted'))));
  });
});
