import type { ExamQuestion } from '@anxun/shared-schema';

/** A 逢查必考 quiz drawn but not yet submitted: kept on the device so a reload does not lose it. */
export interface ExamDraft {
  examinee: { name: string; post: string };
  draw: { seed: number; drawnAt: string; questionIds: string[] } | null;
  chosen: Record<string, string[]>;
}

const keyOf = (inspectionId: string) => `anxun.examDraft.${inspectionId}`;
const EMPTY: ExamDraft = { examinee: { name: '', post: '' }, draw: null, chosen: {} };

export function loadExamDraft(inspectionId: string, storage: Pick<Storage, 'getItem'> = localStorage): ExamDraft {
  try {
    const raw = storage.getItem(keyOf(inspectionId));
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Partial<ExamDraft>;
    // Built here from its parts: a damaged entry falls back to an empty draft rather than a crash.
    return {
      examinee: { name: String(parsed.examinee?.name ?? ''), post: String(parsed.examinee?.post ?? '') },
      draw: parsed.draw && Array.isArray(parsed.draw.questionIds) ? { seed: Number(parsed.draw.seed), drawnAt: String(parsed.draw.drawnAt), questionIds: parsed.draw.questionIds.map(String) } : null,
      chosen: typeof parsed.chosen === 'object' && parsed.chosen !== null ? parsed.chosen : {},
    };
  } catch {
    return EMPTY;
  }
}

export function saveExamDraft(inspectionId: string, draft: ExamDraft, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  if (!draft.draw && !draft.examinee.name && !draft.examinee.post) storage.removeItem(keyOf(inspectionId));
  else storage.setItem(keyOf(inspectionId), JSON.stringify(draft));
}

export const clearExamDraft = (inspectionId: string, storage: Pick<Storage, 'removeItem'> = localStorage) => storage.removeItem(keyOf(inspectionId));

/** The drawn questions in their drawn order, once the local question bank has them. */
export const questionsOf = (bank: readonly ExamQuestion[], ids: readonly string[]): ExamQuestion[] =>
  ids.map((id) => bank.find((q) => q.id === id)).filter((q): q is ExamQuestion => q !== undefined);
