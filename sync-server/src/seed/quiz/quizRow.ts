import { QuizOptionKey, TRUE_FALSE_OPTIONS, type EnterpriseTag, type QuizPost, type QuizQuestion } from '@anxun/shared-schema';

/** Options of a true-false row: the row builder turns them into A 正确 / B 错误. */
export const TF = ['正确', '错误'] as const;

/**
 * One question per line so the bank reads like the paper it replaces. `answer` is the option
 * letters ('A', 'AC'); more than one letter makes a multiple-choice question.
 */
export type QuizRow = [
  id: string, post: QuizPost, difficulty: 1 | 2 | 3, stem: string,
  options: readonly string[], answer: string, explanation: string, basis: string,
];

const BANK_DATE = '2026-01-05T09:00:00+08:00';

export function quizQuestions(sectorTags: EnterpriseTag[], rows: readonly QuizRow[]): QuizQuestion[] {
  return rows.map(([id, post, difficulty, stem, options, answer, explanation, basis]) => {
    const trueFalse = options === TF;
    return {
      id, updatedAt: BANK_DATE, sectorTags, post, difficulty, stem, explanation, basis, retired: false,
      type: trueFalse ? 'trueFalse' : answer.length > 1 ? 'multiple' : 'single',
      options: trueFalse
        ? TRUE_FALSE_OPTIONS.map((o) => ({ ...o }))
        : options.map((text, i) => ({ key: QuizOptionKey.parse(QuizOptionKey.options[i]), text })),
      answer: answer.split('').map((key) => QuizOptionKey.parse(key)),
    };
  });
}
