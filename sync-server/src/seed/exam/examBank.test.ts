import { describe, expect, it } from 'vitest';
import { citation, ExamPost, ExamQuestion } from '@anxun/shared-schema';
import { LIBRARY } from '../checklists/index';
import { DEMO_EXAM_QUESTIONS, EXAM_SECTORS } from './index';

const live = DEMO_EXAM_QUESTIONS.filter((q) => !q.retired);
const citeKeys = Object.values(EXAM_SECTORS).flat().map((row) => ({ id: row[0], keys: row[6].split('+') }));

describe('the 逢查必考 bank', () => {
  it('holds at least 300 live, valid questions with unique ids and unique stems', () => {
    expect(live.length).toBeGreaterThanOrEqual(300);
    expect(new Set(DEMO_EXAM_QUESTIONS.map((q) => q.id)).size).toBe(DEMO_EXAM_QUESTIONS.length);
    const stems = DEMO_EXAM_QUESTIONS.map((q) => q.stem.replace(/[\s，。？、“”（）]/g, ''));
    expect(stems.filter((s, i) => stems.indexOf(s) !== i)).toEqual([]);
    for (const q of DEMO_EXAM_QUESTIONS) expect(ExamQuestion.safeParse(q).success, q.id).toBe(true);
  });

  it('keeps the ids of the first bank, which inspections refer to', () => {
    const ids = new Set(DEMO_EXAM_QUESTIONS.map((q) => q.id));
    const first = [
      ...['dust', 'cs', 'fire', 'nh3'].flatMap((p) => Array.from({ length: 12 }, (_, i) => `q-${p}-${String(i + 1).padStart(2, '0')}`)),
      ...Array.from({ length: 16 }, (_, i) => `q-gen-${String(i + 1).padStart(2, '0')}`),
    ];
    expect(first.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every question answers among its options, of the right number for its type', () => {
    for (const q of DEMO_EXAM_QUESTIONS) {
      const keys = q.options.map((o) => o.key);
      expect(q.answer.every((a) => keys.includes(a)), q.id).toBe(true);
      expect(new Set(q.answer).size, q.id).toBe(q.answer.length);
      expect(new Set(q.options.map((o) => o.text)).size, q.id).toBe(q.options.length);
      if (q.type === 'trueFalse') expect(q.options.map((o) => o.text), q.id).toEqual(['正确', '错误']);
      if (q.type === 'multiple') expect(q.answer.length, q.id).toBeGreaterThanOrEqual(2);
      else expect(q.answer, q.id).toHaveLength(1);
      // A choice question offers at least one wrong option: otherwise it tests nothing.
      if (q.type !== 'trueFalse') expect(q.options.length, q.id).toBeGreaterThan(q.answer.length);
    }
  });

  it('explains every answer in one to three plain sentences', () => {
    for (const q of DEMO_EXAM_QUESTIONS) {
      expect(q.explanation.trim().length, q.id).toBeGreaterThanOrEqual(15);
      const sentences = q.explanation.split(/[。！？]/).filter((s) => s.trim() !== '');
      expect(sentences.length, q.id).toBeGreaterThanOrEqual(1);
      expect(sentences.length, q.id).toBeLessThanOrEqual(3);
      expect(q.explanation, q.id).toMatch(/[。！？]$/);
    }
  });

  it('cites its source by keys of the citation table, and prints the basis the table gives', () => {
    for (const { id, keys } of citeKeys) {
      for (const key of keys) expect(() => citation(key), `${id}: ${key}`).not.toThrow();
    }
    for (const q of DEMO_EXAM_QUESTIONS) {
      const parts = q.basis.split('；');
      expect(q.basis, q.id).not.toBe('');
      expect(new Set(parts).size, `${q.id}: ${q.basis}`).toBe(parts.length);
    }
  });

  it('offers plausible distractors, not throwaway ones', () => {
    const throwaway = /无需|随意|任意|不限|聊天|无所谓|不用管|随便/;
    const found = DEMO_EXAM_QUESTIONS.flatMap((q) => q.options.filter((o) => throwaway.test(o.text)).map((o) => `${q.id}: ${o.text}`));
    expect(found).toEqual([]);
  });

  it('mixes question types and balances true-false answers', () => {
    const byType = (t: ExamQuestion['type']) => live.filter((q) => q.type === t);
    for (const t of ['single', 'multiple', 'trueFalse'] as const) expect(byType(t).length, t).toBeGreaterThanOrEqual(30);
    const trueFalse = byType('trueFalse');
    const saysTrue = trueFalse.filter((q) => q.answer[0] === 'A').length / trueFalse.length;
    expect(saysTrue).toBeGreaterThanOrEqual(0.35);
    expect(saysTrue).toBeLessThanOrEqual(0.65);
  });

  it('spreads the right answer over the options, so always choosing A does not pass', () => {
    const share = (qs: ExamQuestion[]) => {
      const counts = new Map<string, number>();
      for (const q of qs) counts.set(q.answer.join(''), (counts.get(q.answer.join('')) ?? 0) + 1);
      return Math.max(...counts.values()) / qs.length;
    };
    expect(share(live.filter((q) => q.type === 'single'))).toBeLessThanOrEqual(0.4);
    expect(share(live.filter((q) => q.type === 'multiple'))).toBeLessThanOrEqual(0.4);
  });

  it('serves every post with its minimum, and spreads difficulty', () => {
    const minimum: Record<ExamPost, number> = { all: 60, principal: 30, safetyManager: 30, specialOperator: 30, frontline: 60 };
    for (const post of ExamPost.options) expect(live.filter((q) => q.post === post).length, post).toBeGreaterThanOrEqual(minimum[post]);
    for (const d of [1, 2, 3]) expect(live.filter((q) => q.difficulty === d).length, `difficulty ${d}`).toBeGreaterThanOrEqual(d === 3 ? 10 : 50);
  });

  it('covers every template of the checklist library, and tags each question as its template', () => {
    expect(Object.keys(EXAM_SECTORS).sort()).toEqual(LIBRARY.map((t) => t.code).sort());
    for (const template of LIBRARY) {
      const rows = EXAM_SECTORS[template.code] ?? [];
      expect(rows.length, template.code).toBeGreaterThanOrEqual(template.code === 'general-industry' ? 100 : 12);
      for (const [id] of rows) expect(DEMO_EXAM_QUESTIONS.find((q) => q.id === id)?.sectorTags, id).toEqual(template.appliesToTags);
      // The draw takes at least 40% 通用 (post all): each sector needs some, and 岗位 questions for several posts.
      expect(rows.filter((r) => r[1] === 'all').length, template.code).toBeGreaterThanOrEqual(2);
      expect(new Set(rows.map((r) => r[1]).filter((p) => p !== 'all')).size, template.code).toBeGreaterThanOrEqual(2);
    }
  });
});
