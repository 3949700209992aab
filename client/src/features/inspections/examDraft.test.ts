import { describe, expect, it } from 'vitest';
import { loadExamDraft, saveExamDraft } from './examDraft';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}

describe('逢查必考 draft on the device', () => {
  it('brings back a drawn, half-answered quiz after a reload', () => {
    const storage = memory();
    const draft = { examinee: { name: '赵工', post: '电工' }, draw: { seed: 42, drawnAt: '2026-12-01T08:00:00.000Z', questionIds: ['q1', 'q2'] }, chosen: { q1: ['B'] } };
    saveExamDraft('insp-1', draft, storage);
    expect(loadExamDraft('insp-1', storage)).toEqual(draft);
    expect(loadExamDraft('insp-2', storage).draw).toBeNull();
  });
  it('forgets an empty draft and survives a damaged entry', () => {
    const storage = memory();
    saveExamDraft('insp-1', { examinee: { name: '', post: '' }, draw: null, chosen: {} }, storage);
    expect(storage.items.size).toBe(0);
    storage.setItem('anxun.examDraft.insp-1', '{not json');
    expect(loadExamDraft('insp-1', storage)).toEqual({ examinee: { name: '', post: '' }, draw: null, chosen: {} });
  });
});
