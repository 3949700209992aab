import { QuizQuestion, TRUE_FALSE_OPTIONS, drawQuizQuestions } from '@anxun/shared-schema';
import { describe, expect, it } from 'vitest';
import { DEMO_QUIZ_GROUPS, DEMO_QUIZ_QUESTIONS } from './quizBank';

describe('the demo 逢查必考 question bank', () => {
  it('parses with the shared QuizQuestion schema, question by question', () => {
    for (const question of DEMO_QUIZ_QUESTIONS) {
      const parsed = QuizQuestion.safeParse(question);
      expect(parsed.success, `${question.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
  });

  it('has unique, stable ids of the form q-<topic>-<nn>', () => {
    const ids = DEMO_QUIZ_QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^q-[a-z0-9]+-\d{2}$/);
  });

  it('answers only with keys of the question’s own options', () => {
    for (const q of DEMO_QUIZ_QUESTIONS) {
      const keys = q.options.map((o) => o.key);
      expect(q.answer.every((key) => keys.includes(key)), q.id).toBe(true);
      expect(new Set(q.answer).size, q.id).toBe(q.answer.length);
    }
  });

  it('gives true-false questions exactly A 正确 / B 错误, single choice one answer, multiple choice two or more', () => {
    for (const q of DEMO_QUIZ_QUESTIONS) {
      if (q.type === 'trueFalse') expect(q.options, q.id).toEqual(TRUE_FALSE_OPTIONS.map((o) => ({ ...o })));
      if (q.type === 'single') expect(q.answer, q.id).toHaveLength(1);
      if (q.type === 'multiple') expect(q.answer.length, q.id).toBeGreaterThanOrEqual(2);
      if (q.type !== 'trueFalse') expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('has at least 12 questions in each topic, 72 in all, and mixes the three question types in each', () => {
    for (const [topic, questions] of Object.entries(DEMO_QUIZ_GROUPS)) {
      expect(questions.length, topic).toBeGreaterThanOrEqual(12);
      expect(new Set(questions.map((q) => q.type)), topic).toEqual(new Set(['single', 'multiple', 'trueFalse']));
    }
    expect(DEMO_QUIZ_QUESTIONS.length).toBeGreaterThanOrEqual(72);
  });

  it('gives every question an explanation and a basis, and is live (nothing retired)', () => {
    for (const q of DEMO_QUIZ_QUESTIONS) {
      expect(q.explanation.trim(), q.id).not.toBe('');
      expect(q.basis.trim(), q.id).not.toBe('');
      expect(q.retired, q.id).toBe(false);
    }
  });

  it('tags each sector topic with its sector, so a drawn quiz for that sector is about it', () => {
    const draw = drawQuizQuestions(DEMO_QUIZ_QUESTIONS, { seed: 20260301, count: 10, sectorTags: ['dustExplosion'] });
    expect(draw.shortfall).toBe(0);
    expect(draw.questions.every((q) => q.sectorTags.includes('dustExplosion'))).toBe(true);
    expect(DEMO_QUIZ_GROUPS.general.every((q) => q.sectorTags.length === 0)).toBe(true);
  });
});
