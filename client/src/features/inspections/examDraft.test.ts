import { describe, expect, it } from 'vitest';
import { loadExamDraft, saveExamDraft, type PendingSitting } from './examDraft';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}
const sitting = (id: string, name: string): PendingSitting => ({
  id, examinee: { name, post: 'frontline', personId: `s-${id}`, isPrincipal: false }, seed: 42, drawnAt: '2026-12-01T08:00:00.000Z', questionIds: ['q1', 'q2'], chosen: { q1: ['B'] },
});

describe('逢查必考 draft on the device', () => {
  it('brings back every examinee’s drawn, half-answered quiz after a reload', () => {
    const storage = memory();
    const draft = { pending: [sitting('a', '赵工'), sitting('b', '钱工')] };
    saveExamDraft('insp-1', draft, storage);
    expect(loadExamDraft('insp-1', storage)).toEqual(draft);
    expect(loadExamDraft('insp-2', storage).pending).toEqual([]);
  });
  it('reads a single-examinee draft saved before several examinees as one pending quiz', () => {
    const storage = memory();
    storage.setItem('anxun.examDraft.insp-1', JSON.stringify({ examinee: { name: '赵工', post: '电工' }, draw: { seed: 42, drawnAt: '2026-12-01T08:00:00.000Z', questionIds: ['q1'] }, chosen: { q1: ['B'] } }));
    expect(loadExamDraft('insp-1', storage).pending).toEqual([
      { id: 'insp-1-exam-0', examinee: { name: '赵工', post: '电工' }, seed: 42, drawnAt: '2026-12-01T08:00:00.000Z', questionIds: ['q1'], chosen: { q1: ['B'] } },
    ]);
  });
  it('forgets an empty draft and survives a damaged entry', () => {
    const storage = memory();
    saveExamDraft('insp-1', { pending: [] }, storage);
    expect(storage.items.size).toBe(0);
    storage.setItem('anxun.examDraft.insp-1', '{not json');
    expect(loadExamDraft('insp-1', storage)).toEqual({ pending: [] });
    storage.setItem('anxun.examDraft.insp-1', '{"pending":[null,{"questionIds":"x"}]}');
    expect(loadExamDraft('insp-1', storage)).toEqual({ pending: [] });
  });
});
