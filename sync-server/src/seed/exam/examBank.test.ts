import { describe, expect, it } from 'vitest';
import { ExamQuestion } from '@anxun/shared-schema';
import { DEMO_EXAM_QUESTIONS } from './index';

describe('demo 逢查必考 bank', () => {
  it('has at least 60 valid questions with unique ids and answers among their options', () => {
    expect(DEMO_EXAM_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(DEMO_EXAM_QUESTIONS.map((q) => q.id)).size).toBe(DEMO_EXAM_QUESTIONS.length);
    for (const q of DEMO_EXAM_QUESTIONS) {
      expect(ExamQuestion.safeParse(q).success, q.id).toBe(true);
      const keys = q.options.map((o) => o.key);
      expect(q.answer.every((a) => keys.includes(a)), q.id).toBe(true);
      if (q.type !== 'multiple') expect(q.answer, q.id).toHaveLength(1);
      if (q.type === 'trueFalse') expect(q.options.map((o) => o.text), q.id).toEqual(['正确', '错误']);
    }
  });
  it('covers each demo sector with at least 12 questions', () => {
    for (const tag of ['dustExplosion', 'confinedSpace', 'nineSmall'] as const) {
      expect(DEMO_EXAM_QUESTIONS.filter((q) => q.sectorTags.includes(tag)).length, tag).toBeGreaterThanOrEqual(12);
    }
    expect(DEMO_EXAM_QUESTIONS.filter((q) => q.sectorTags.length === 0).length).toBeGreaterThanOrEqual(12);
  });
});
