import { basisOf, type EnterpriseTag, type ExamPost, type ExamQuestion } from '@anxun/shared-schema';

/**
 * One question of the bank: [id, post, difficulty 1–3, stem, options, answer keys, citation keys
 * joined by +, explanation]. Two options 正确/错误 make a true-false question. The printed basis is
 * built from the citation table, never written here; the sectors come from the library template
 * the question belongs to (index.ts), so a question is drawn for exactly the enterprises that
 * template suits.
 */
export type ExamRow = [id: string, post: ExamPost, difficulty: 1 | 2 | 3, stem: string, options: string[], answer: string, cite: string, explanation: string];

const KEYS = ['A', 'B', 'C', 'D', 'E', 'F'];
export const TF = ['正确', '错误'];

export function question([id, post, difficulty, stem, options, answer, cite, explanation]: ExamRow, sectorTags: readonly EnterpriseTag[]): ExamQuestion {
  const keys = answer.split('');
  // Two 安全常识 keys print the same label: print it once.
  const basis = [...new Set(basisOf(...cite.split('+')).split('；'))].join('；');
  return {
    id, sectorTags: [...sectorTags], stem, basis, retired: false, explanation, post, difficulty, updatedAt: '2026-01-05T09:00:00+08:00',
    type: options === TF ? 'trueFalse' : keys.length > 1 ? 'multiple' : 'single',
    options: options.map((text, i) => ({ key: KEYS[i] ?? 'F', text })),
    answer: keys,
  };
}
