import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDraft, draftForms, loadDraft, saveDraft } from './formDrafts';

/** localStorage as the browser has it, in memory (the tests run in Node). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isForm = (v: unknown): v is { title: string } => typeof v === 'object' && v !== null && typeof (v as { title?: unknown }).title === 'string';

describe('form drafts', () => {
  beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it('gives back what was typed after a reload, per user and form, until it is cleared', () => {
    saveDraft('u-officer-1', 'new-hazard:ent-001::', { title: '配电箱未上锁' });
    saveDraft('u-officer-2', 'new-hazard:ent-001::', { title: '另一位的草稿' });
    expect(loadDraft('u-officer-1', 'new-hazard:ent-001::', isForm)).toEqual({ title: '配电箱未上锁' });
    expect(loadDraft('u-officer-1', 'new-hazard:ent-002::', isForm)).toBeUndefined();
    clearDraft('u-officer-1', 'new-hazard:ent-001::');
    expect(loadDraft('u-officer-1', 'new-hazard:ent-001::', isForm)).toBeUndefined();
    expect(loadDraft('u-officer-2', 'new-hazard:ent-001::', isForm)).toEqual({ title: '另一位的草稿' });
  });

  it('drops a draft of the wrong shape or older than thirty days instead of restoring it', () => {
    saveDraft('u-1', 'note:i-1:GM-01', 42);
    expect(loadDraft('u-1', 'note:i-1:GM-01', isText)).toBeUndefined();
    expect(localStorage.length).toBe(0);
    saveDraft('u-1', 'note:i-1:GM-02', '灭火器过期', new Date('2026-01-01T00:00:00Z'));
    expect(loadDraft('u-1', 'note:i-1:GM-02', isText, new Date('2026-01-31T00:00:00Z'))).toBe('灭火器过期');
    expect(loadDraft('u-1', 'note:i-1:GM-02', isText, new Date('2026-02-01T00:00:01Z'))).toBeUndefined();
    localStorage.setItem('anxun.draft.u-1.broken', '{not json');
    expect(loadDraft('u-1', 'broken', isText)).toBeUndefined();
  });

  it('lists the drafted action forms of one hazard, so the page can reopen the one left half-filled', () => {
    saveDraft('u-ent-1', 'action:hz-1:submitRectification', { measures: '已加装防护罩' });
    saveDraft('u-ent-1', 'action:hz-2:requestExtension', { reason: '设备未到' });
    saveDraft('u-ent-2', 'action:hz-1:comment', { text: '他人' });
    expect(draftForms('u-ent-1', 'action:hz-1:')).toEqual(['action:hz-1:submitRectification']);
  });

  it('keeps the form working when storage refuses to write', () => {
    vi.stubGlobal('localStorage', { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } });
    expect(() => saveDraft('u-1', 'f', 'x')).not.toThrow();
  });
});
