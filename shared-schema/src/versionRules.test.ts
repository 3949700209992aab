import { describe, expect, it } from 'vitest';
import { enterpriseStatusRefusal } from './enterpriseStatus';
import { basisOf } from './citations/index';
import { itemBasisRefusal, nextVersionDraft, publishedVersionRefusal } from './versionRules';

describe('published versions', () => {
  const published = { id: 't@1', code: 't', version: 1, name: '检查表', retired: false, updatedAt: 'a' };
  it('refuse every change but retiring, and count a document without a status as published', () => {
    expect(publishedVersionRefusal(published, { ...published, retired: true, updatedAt: 'b' })).toBeNull();
    expect(publishedVersionRefusal(published, { ...published, name: '改' })).toContain('name');
    expect(publishedVersionRefusal({ ...published, status: 'published' }, { ...published, status: 'draft' })).toContain('status');
    expect(publishedVersionRefusal({ ...published, status: 'draft' }, { ...published, name: '改' })).toBeNull();
  });
  it('make the next version a draft after every version on record', () => {
    const next = nextVersionDraft(published, [published, { code: 't', version: 3 }, { code: 'x', version: 9 }], 'now');
    expect(next).toMatchObject({ id: 't@4', version: 4, status: 'draft', retired: false });
  });
  it('print a basis only from the citation table', () => {
    const item = (basis: string, basisKeys?: string[]) => ({ items: [{ code: 'A', basis, ...(basisKeys ? { basisKeys } : {}) }] });
    expect(itemBasisRefusal(item(basisOf('aqf.41.2'), ['aqf.41.2']))).toBeNull();
    expect(itemBasisRefusal(item('安全生产法 第四十一条', ['aqf.41.2']))).not.toBeNull();
    expect(itemBasisRefusal(item('', ['nope']))).not.toBeNull();
    expect(itemBasisRefusal(item('自由文本'))).toBeNull();
  });
});

describe('停业/注销', () => {
  const admin = { userId: 'u-a', role: 'admin' as const };
  const entry = { status: 'closed', on: '2026-11-30', reason: '注销', by: 'u-a', at: '2026-11-30T00:00:00Z' };
  const open = { operatingStatus: 'operating' };
  it('needs a ledger keeper and a new entry for exactly that status under their own name', () => {
    expect(enterpriseStatusRefusal(open, { operatingStatus: 'closed', statusLog: [entry] }, admin)).toBeNull();
    expect(enterpriseStatusRefusal(open, { operatingStatus: 'closed' }, admin)).not.toBeNull();
    expect(enterpriseStatusRefusal(open, { operatingStatus: 'closed', statusLog: [{ ...entry, status: 'ceased' }] }, admin)).not.toBeNull();
    expect(enterpriseStatusRefusal(open, { operatingStatus: 'closed', statusLog: [entry] }, { userId: 'u-a', role: 'officer' })).not.toBeNull();
    expect(enterpriseStatusRefusal(open, { operatingStatus: 'closed', statusLog: [{ ...entry, by: 'u-b' }] }, admin)).not.toBeNull();
  });
  it('keeps the history: nothing recorded is changed or dropped, and other statuses need no entry', () => {
    const closed = { operatingStatus: 'closed', statusLog: [entry] };
    expect(enterpriseStatusRefusal(closed, { ...closed, statusLog: [] }, admin)).not.toBeNull();
    expect(enterpriseStatusRefusal(closed, { ...closed, statusLog: [{ ...entry, reason: '改' }] }, admin)).not.toBeNull();
    expect(enterpriseStatusRefusal(open, { operatingStatus: 'holidayClosed' }, { userId: 'u-o', role: 'officer' })).toBeNull();
  });
});
