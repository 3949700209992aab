import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnterpriseTag } from './enterprise';
import { QuizQuestion, QuizResult, TRUE_FALSE_OPTIONS, type QuizPost } from './quiz';
import { drawExaminee, drawQuizQuestions, scoreQuiz } from './quizDraw';

const q = (
  id: string,
  { sectorTags = [], post = 'general', retired = false, answer = ['A'] }: {
    sectorTags?: EnterpriseTag[]; post?: QuizPost; retired?: boolean; answer?: ('A' | 'B' | 'C')[];
  } = {},
): QuizQuestion => ({
  id, updatedAt: '2026-01-05T09:00:00+08:00', sectorTags, post, type: answer.length > 1 ? 'multiple' : 'single', stem: id,
  options: [{ key: 'A', text: 'a' }, { key: 'B', text: 'b' }, { key: 'C', text: 'c' }], answer,
  explanation: '', basis: '', difficulty: 1, retired,
});

const bank: QuizQuestion[] = [
  q('g-1'), q('g-2'), q('g-3'), q('g-4'), q('g-5'),
  q('g-weld-1', { post: 'welder' }), q('g-weld-2', { post: 'welder' }),
  q('d-1', { sectorTags: ['dustExplosion'] }), q('d-2', { sectorTags: ['dustExplosion'] }),
  q('d-3', { sectorTags: ['dustExplosion'], post: 'dustRemoval' }),
  q('d-old', { sectorTags: ['dustExplosion'], retired: true }),
  q('c-1', { sectorTags: ['confinedSpace'] }), q('c-2', { sectorTags: ['confinedSpace'] }),
];
const ids = (questions: readonly QuizQuestion[]) => questions.map((x) => x.id);
const seeds = fc.nat(0xffffffff);

describe('drawQuizQuestions', () => {
  it('gives the same draw for the same seed, whatever order the bank arrived in', () => {
    fc.assert(fc.property(seeds, fc.integer({ min: 0, max: 20 }), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (seed, count, noise) => {
      const reordered = [...bank].sort(() => (noise.next().value < 0.5 ? -1 : 1));
      const options = { seed, count, sectorTags: ['dustExplosion'] as EnterpriseTag[] };
      expect(ids(drawQuizQuestions(reordered, options).questions)).toEqual(ids(drawQuizQuestions(bank, options).questions));
    }));
  });

  it('gives different draws for different seeds (the seed really drives the choice)', () => {
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => ids(drawQuizQuestions(bank, { seed, count: 3, sectorTags: [] }).questions).join()));
    expect(draws.size).toBeGreaterThan(5);
  });

  it('never draws a question twice, even when the bank holds an id twice', () => {
    const doubled = [...bank, ...bank, q('g-1', { retired: false })];
    fc.assert(fc.property(seeds, fc.integer({ min: 0, max: 30 }), (seed, count) => {
      const drawn = ids(drawQuizQuestions(doubled, { seed, count, sectorTags: ['dustExplosion', 'confinedSpace'] }).questions);
      expect(new Set(drawn).size).toBe(drawn.length);
    }));
  });

  it('draws the enterprise’s sector questions before general ones, and never another sector’s', () => {
    fc.assert(fc.property(seeds, (seed) => {
      const drawn = ids(drawQuizQuestions(bank, { seed, count: 5, sectorTags: ['dustExplosion'] }).questions);
      expect(drawn.slice(0, 3).sort()).toEqual(['d-1', 'd-2', 'd-3']);
      expect(drawn.slice(3).every((id) => id.startsWith('g-'))).toBe(true);
      expect(drawn.some((id) => id.startsWith('c-'))).toBe(false);
    }));
  });

  it('puts the examinee’s own trade ahead of general knowledge, and other trades last', () => {
    fc.assert(fc.property(seeds, (seed) => {
      const welder = ids(drawQuizQuestions(bank, { seed, count: 3, sectorTags: [], post: 'welder' }).questions);
      expect(welder.slice(0, 2).sort()).toEqual(['g-weld-1', 'g-weld-2']);
      const anyone = ids(drawQuizQuestions(bank, { seed, count: 5, sectorTags: [] }).questions);
      expect(anyone.some((id) => id.startsWith('g-weld'))).toBe(false);
    }));
  });

  it('leaves a sector question for another post out of the first tier', () => {
    const drawn = ids(drawQuizQuestions(bank, { seed: 3, count: 2, sectorTags: ['dustExplosion'], post: 'welder' }).questions);
    expect(drawn.sort()).toEqual(['d-1', 'd-2']);
  });

  it('never draws a retired question', () => {
    fc.assert(fc.property(seeds, (seed) => {
      expect(ids(drawQuizQuestions(bank, { seed, count: 50, sectorTags: ['dustExplosion'] }).questions)).not.toContain('d-old');
    }));
  });

  it('returns fewer questions than asked when the bank is small, and says how many are missing', () => {
    const draw = drawQuizQuestions(bank, { seed: 9, count: 20, sectorTags: ['dustExplosion'] });
    expect(draw.questions).toHaveLength(10); // 3 live dust + 7 general
    expect(draw.shortfall).toBe(10);
    expect(drawQuizQuestions(bank, { seed: 9, count: 4, sectorTags: [] }).shortfall).toBe(0);
    expect(drawQuizQuestions([], { seed: 9, count: 4, sectorTags: [] })).toEqual({ questions: [], shortfall: 4 });
  });
});

describe('drawExaminee', () => {
  const staff = [{ id: 'p-1', name: '张三' }, { id: 'p-2', name: '李四' }, { id: 'p-3', name: '王五' }, { id: 'p-4', name: '赵六' }];

  it('picks the same person for the same seed, whatever the roster order', () => {
    fc.assert(fc.property(seeds, (seed) => {
      expect(drawExaminee([...staff].reverse(), seed)).toEqual(drawExaminee(staff, seed));
    }));
  });

  it('reaches everyone on the roster across seeds, and nobody from an empty one', () => {
    const picked = new Set(Array.from({ length: 200 }, (_, seed) => drawExaminee(staff, seed)?.id));
    expect(picked).toEqual(new Set(['p-1', 'p-2', 'p-3', 'p-4']));
    expect(drawExaminee([], 1)).toBeUndefined();
  });
});

describe('scoreQuiz', () => {
  const five = [q('s-1'), q('s-2'), q('s-3'), q('s-4'), q('m-1', { answer: ['A', 'C'] })];
  const right = (id: string) => ({ questionId: id, chosen: id === 'm-1' ? (['C', 'A'] as const).slice() : ['A' as const] });

  it('counts a multiple choice only when exactly right', () => {
    expect(scoreQuiz(five, [{ questionId: 'm-1', chosen: ['A'] }]).correct).toBe(0);
    expect(scoreQuiz(five, [{ questionId: 'm-1', chosen: ['A', 'B', 'C'] }]).correct).toBe(0);
    expect(scoreQuiz(five, [{ questionId: 'm-1', chosen: ['C', 'A'] }]).correct).toBe(1);
  });

  it('scores no answers as 0 and failed', () => {
    expect(scoreQuiz(five, [])).toEqual({ correct: 0, total: 5, score: 0, passed: false });
    expect(scoreQuiz(five, five.map((x) => ({ questionId: x.id, chosen: [] }))).score).toBe(0);
  });

  it('passes at exactly the pass mark and fails one question below it', () => {
    expect(scoreQuiz(five, ['s-1', 's-2', 'm-1'].map(right))).toEqual({ correct: 3, total: 5, score: 60, passed: true });
    expect(scoreQuiz(five, ['s-1', 's-2'].map(right))).toMatchObject({ score: 40, passed: false });
    expect(scoreQuiz(five, ['s-1', 's-2', 'm-1'].map(right), 61).passed).toBe(false);
  });

  it('ignores answers to questions that were not drawn, and scores an empty quiz as not passed', () => {
    expect(scoreQuiz(five, [{ questionId: 'elsewhere', chosen: ['A'] }]).correct).toBe(0);
    expect(scoreQuiz([], [], 0)).toEqual({ correct: 0, total: 0, score: 0, passed: false });
  });

  it('keeps the score between 0 and 100 and agrees with the QuizResult schema', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }), (rights) => {
      const questions = rights.map((_, i) => q(`x-${i}`));
      const answers = rights.map((ok, i) => ({ questionId: `x-${i}`, chosen: [ok ? ('A' as const) : ('B' as const)] }));
      const result = scoreQuiz(questions, answers);
      expect(result.correct).toBe(rights.filter(Boolean).length);
      const parsed = QuizResult.safeParse({
        seed: 1, drawnAt: '2026-03-01T09:00:00+08:00', questionIds: ids(questions),
        examinee: { name: '张三', post: 'general' }, answers, score: result.score, passed: result.passed,
      });
      expect(parsed.success).toBe(true);
    }));
  });
});

describe('QuizQuestion and QuizResult schemas', () => {
  it('reject answers that name no option, and single choice with two answers', () => {
    expect(QuizQuestion.safeParse(q('a', { answer: ['A'] })).success).toBe(true);
    expect(QuizQuestion.safeParse({ ...q('a'), answer: ['D'] }).success).toBe(false);
    expect(QuizQuestion.safeParse({ ...q('a'), type: 'single', answer: ['A', 'B'] }).success).toBe(false);
    expect(QuizQuestion.safeParse({ ...q('a'), type: 'multiple', answer: ['A'] }).success).toBe(false);
  });

  it('accept a true-false question only with the options A 正确 / B 错误', () => {
    const tf = { ...q('tf'), type: 'trueFalse', options: TRUE_FALSE_OPTIONS.map((o) => ({ ...o })), answer: ['B'] };
    expect(QuizQuestion.safeParse(tf).success).toBe(true);
    expect(QuizQuestion.safeParse({ ...tf, options: [{ key: 'A', text: '对' }, { key: 'B', text: '错' }] }).success).toBe(false);
    expect(QuizQuestion.safeParse({ ...tf, options: q('x').options }).success).toBe(false);
  });

  it('default the pass mark to 60 and refuse a passed flag that contradicts the score', () => {
    const base = { seed: 0xffffffff, drawnAt: '2026-03-01T09:00:00+08:00', questionIds: ['a'], examinee: { name: '李四', post: 'welder' }, answers: [] };
    expect(QuizResult.parse({ ...base, score: 60, passed: true }).passMark).toBe(60);
    expect(QuizResult.safeParse({ ...base, score: 59, passed: true }).success).toBe(false);
    expect(QuizResult.safeParse({ ...base, score: 60, passed: true, seed: 2 ** 32 }).success).toBe(false);
  });
});
