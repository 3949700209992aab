import { z } from 'zod';
import { EnterpriseTag } from './enterprise';
import { DocumentBase, Id, IsoDateTime, ShortText } from './primitives';

/**
 * Whom a question is for: `all` is 通用 (every examinee), the others are 岗位 questions. A question
 * without a post (stored before posts existed) counts as `all`.
 */
export const ExamPost = z.enum(['all', 'principal', 'safetyManager', 'specialOperator', 'frontline']);
export type ExamPost = z.infer<typeof ExamPost>;

/** A question of the 逢查必考 bank (quiz at every inspection), cached on every device for offline use. */
export const ExamQuestion = z.object({
  ...DocumentBase,
  /** Sectors the question is about; empty = general safety knowledge. */
  sectorTags: z.array(EnterpriseTag).max(10),
  type: z.enum(['single', 'multiple', 'trueFalse']),
  stem: z.string().min(1).max(500),
  options: z.array(z.object({ key: z.string().regex(/^[A-F]$/), text: z.string().min(1).max(200) })).min(2).max(6),
  answer: z.array(z.string().regex(/^[A-F]$/)).min(1).max(6),
  explanation: z.string().max(500),
  basis: z.string().max(200),
  retired: z.boolean(),
  post: ExamPost.optional(),
  /** 1 easy … 3 hard. */
  difficulty: z.number().int().min(1).max(3).optional(),
  /** Questions are versioned like templates (versionRules.ts): a published one is immutable but for `retired`. */
  version: z.number().int().min(1).max(10_000).optional(),
  status: z.enum(['draft', 'published']).optional(),
});
export type ExamQuestion = z.infer<typeof ExamQuestion>;

/**
 * One examinee's quiz, attached to the inspection: the seed is kept so the draw can be audited and
 * repeated. `post` is free text on results stored before the roster (issue 15); newer ones name a
 * StaffPost and, when drawn from the roster, the person (Enterprise.people).
 */
export const ExamResult = z.object({
  seed: z.number().int().min(0).max(0xffffffff),
  drawnAt: IsoDateTime,
  questionIds: z.array(Id).min(1).max(20),
  examinee: z.object({
    name: ShortText, post: z.string().max(50),
    personId: Id.optional(), isPrincipal: z.boolean().optional(),
  }),
  answers: z.array(z.object({ questionId: Id, chosen: z.array(z.string().regex(/^[A-F]$/)).max(6) })).max(20),
  score: z.number().min(0).max(100),
  passMark: z.number().min(0).max(100),
  passed: z.boolean(),
});
export type ExamResult = z.infer<typeof ExamResult>;

/**
 * mulberry32: a tiny seeded PRNG, so a logged seed reproduces a draw on any device (逢查必考
 * questions here, 双随机 targets and inspectors in randomDraw.ts). Numbers in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One examinee's quiz among several of an inspection: `id` lets two devices' sittings merge. */
export const ExamSitting = ExamResult.extend({ id: Id });
export type ExamSitting = z.infer<typeof ExamSitting>;

/** The examinee draw of an inspection (逢查必考's second 随机): its seed and whom it drew, for audit. */
export const ExamineeDraw = z.object({
  seed: z.number().int().min(0).max(0xffffffff),
  drawnAt: IsoDateTime,
  personIds: z.array(Id).max(20),
});
export type ExamineeDraw = z.infer<typeof ExamineeDraw>;

/**
 * The first draw (before issue 15): kept unchanged so a result stored with it still replays from
 * its seed. New quizzes use drawExamQuestions (examDraw.ts).
 *
 * Draws `count` questions: those about the enterprise's sectors first, general ones to fill up,
 * never a retired, draft or repeated question; the same seed and bank always give the same draw.
 */
export function drawQuestions(bank: readonly ExamQuestion[], options: { seed: number; count: number; sectorTags: readonly string[] }): ExamQuestion[] {
  const next = seededRandom(options.seed);
  const shuffle = <T>(items: T[]) => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  // A draft question is still being written: never drawn.
  const live = [...bank].filter((q) => !q.retired && q.status !== 'draft').sort((a, b) => a.id.localeCompare(b.id));
  const sector = shuffle(live.filter((q) => q.sectorTags.some((t) => options.sectorTags.includes(t))));
  const general = shuffle(live.filter((q) => q.sectorTags.length === 0));
  return [...sector, ...general].slice(0, options.count);
}

/** Score out of 100; a multiple-choice answer counts only when exactly right. */
export function scoreExam(questions: readonly ExamQuestion[], answers: readonly { questionId: string; chosen: readonly string[] }[], passMark = 60) {
  const key = (keys: readonly string[]) => [...keys].sort().join('');
  const correct = questions.filter((q) => key(answers.find((a) => a.questionId === q.id)?.chosen ?? []) === key(q.answer)).length;
  const score = questions.length === 0 ? 0 : Math.round((correct / questions.length) * 100);
  return { correct, score, passed: score >= passMark };
}
