import { z } from 'zod';
import { EnterpriseTag } from './enterprise';
import { DocumentBase, Id, IsoDateTime, ShortText } from './primitives';

/**
 * 岗位: the post a question is written for and the post of the examinee, so the draw can prefer
 * questions about the person's own work. `general` (通用) questions suit everyone.
 */
export const QuizPost = z.enum([
  'general', // 通用
  'electrician', // 电工
  'welder', // 焊工 / 动火作业
  'dustRemoval', // 除尘操作
  'confinedSpaceWork', // 有限空间作业
  'refrigeration', // 制冷工
  'forklift', // 叉车
  'hazchemKeeper', // 危化品保管
  'fireSafety', // 消防安全员
  'safetyManager', // 安全管理人员
  'principal', // 主要负责人
]);
export type QuizPost = z.infer<typeof QuizPost>;

export const QuizOptionKey = z.enum(['A', 'B', 'C', 'D', 'E', 'F']);
export type QuizOptionKey = z.infer<typeof QuizOptionKey>;

/** The only options a true-false question may have, so every device renders and scores it alike. */
export const TRUE_FALSE_OPTIONS = [
  { key: 'A', text: '正确' },
  { key: 'B', text: '错误' },
] as const satisfies readonly { key: QuizOptionKey; text: string }[];

/** A question of the 逢查必考 bank; reference data every device caches so quizzes work offline. */
export const QuizQuestion = z
  .object({
    ...DocumentBase,
    /** Sectors the question is about; empty = general safety knowledge for any enterprise. */
    sectorTags: z.array(EnterpriseTag).max(10),
    post: QuizPost,
    type: z.enum(['single', 'multiple', 'trueFalse']),
    stem: z.string().trim().min(1).max(500),
    options: z.array(z.object({ key: QuizOptionKey, text: z.string().trim().min(1).max(200) })).min(2).max(6),
    /** Keys of the right options; a multiple-choice answer scores only when exactly these are chosen. */
    answer: z.array(QuizOptionKey).min(1).max(6),
    explanation: z.string().max(500),
    /** Law or standard the answer rests on, e.g. 应急管理部令第10号 第十一条. */
    basis: z.string().max(200),
    difficulty: z.number().int().min(1).max(3),
    /** Retired questions stay in the bank so old quiz results still resolve their question ids. */
    retired: z.boolean(),
  })
  .superRefine((q, ctx) => {
    const keys = q.options.map((o) => o.key);
    // Keys run A, B, C… in order: the paper form and the screen label options the same way.
    if (keys.some((key, i) => key !== QuizOptionKey.options[i])) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option keys must run A, B, C… in order' });
    }
    if (new Set(q.answer).size !== q.answer.length || q.answer.some((key) => !keys.includes(key))) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'answer keys must be distinct keys of the options' });
    }
    if (q.type !== 'multiple' && q.answer.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `a ${q.type} question has exactly one answer` });
    }
    if (q.type === 'multiple' && q.answer.length < 2) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'a multiple-choice question has at least two answers' });
    }
    const trueFalseShape = q.options.length === 2 && TRUE_FALSE_OPTIONS.every((o, i) => q.options[i]?.text === o.text);
    if (q.type === 'trueFalse' && !trueFalseShape) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a true-false question has exactly the options A 正确 / B 错误' });
    }
  });
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const QuizAnswer = z.object({
  questionId: Id,
  /** Empty = not answered, which scores as wrong. */
  chosen: z.array(QuizOptionKey).max(6),
});
export type QuizAnswer = z.infer<typeof QuizAnswer>;

/** The person drawn for the quiz (the second randomness); an ID number is never stored. */
export const QuizExaminee = z.object({
  name: ShortText,
  post: QuizPost,
  phone: z.string().regex(/^[0-9+\- ]{5,20}$/).optional(),
});
export type QuizExaminee = z.infer<typeof QuizExaminee>;

export const DEFAULT_PASS_MARK = 60;

/**
 * The quiz attached to an inspection. The seed is logged so an auditor can repeat both draws
 * (questions and examinee) from the same bank and staff list and get the same result.
 */
export const QuizResult = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff),
    drawnAt: IsoDateTime,
    finishedAt: IsoDateTime.optional(),
    /** In drawn order, which is also the order the examinee saw. */
    questionIds: z.array(Id).min(1).max(50),
    examinee: QuizExaminee,
    answers: z.array(QuizAnswer).max(50),
    score: z.number().min(0).max(100),
    passMark: z.number().min(0).max(100).default(DEFAULT_PASS_MARK),
    passed: z.boolean(),
  })
  .superRefine((r, ctx) => {
    if (new Set(r.questionIds).size !== r.questionIds.length) {
      ctx.addIssue({ code: 'custom', path: ['questionIds'], message: 'a question is drawn at most once' });
    }
    if (r.answers.some((a) => !r.questionIds.includes(a.questionId))) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: 'answers only to drawn questions' });
    }
    if (r.passed !== r.score >= r.passMark) {
      ctx.addIssue({ code: 'custom', path: ['passed'], message: 'passed must equal score ≥ passMark' });
    }
  });
export type QuizResult = z.infer<typeof QuizResult>;
