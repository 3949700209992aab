import type { ExamQuestion, ExamResult } from '@anxun/shared-schema';

/** One examinee's quiz drawn but not yet submitted. */
export interface PendingSitting {
  id: string;
  examinee: ExamResult['examinee'];
  seed: number;
  drawnAt: string;
  questionIds: string[];
  chosen: Record<string, string[]>;
}

/** The 逢查必考 quizzes of an inspection still being answered: kept on the device so a reload loses none. */
export interface ExamDraft {
  pending: PendingSitting[];
}

const keyOf = (inspectionId: string) => `anxun.examDraft.${inspectionId}`;
const EMPTY: ExamDraft = { pending: [] };
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const chosenOf = (value: unknown): Record<string, string[]> => {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, keys]) => Array.isArray(keys)).map(([id, keys]) => [id, (keys as unknown[]).map(String)]));
};

function sittingOf(raw: Record<string, unknown>, fallbackId: string): PendingSitting | null {
  const examinee = (raw['examinee'] ?? {}) as Record<string, unknown>;
  if (!Array.isArray(raw['questionIds'])) return null;
  return {
    id: text(raw['id']) || fallbackId,
    examinee: {
      name: text(examinee['name']), post: text(examinee['post']),
      ...(typeof examinee['personId'] === 'string' ? { personId: examinee['personId'] } : {}),
      ...(typeof examinee['isPrincipal'] === 'boolean' ? { isPrincipal: examinee['isPrincipal'] } : {}),
    },
    seed: Number(raw['seed']) >>> 0, drawnAt: text(raw['drawnAt']), questionIds: raw['questionIds'].map(String), chosen: chosenOf(raw['chosen']),
  };
}

/**
 * Built here from its parts: a damaged entry falls back to an empty draft rather than a crash. A
 * draft saved before several examinees (one `examinee` and `draw`) comes back as one pending sitting.
 */
export function loadExamDraft(inspectionId: string, storage: Pick<Storage, 'getItem'> = localStorage): ExamDraft {
  try {
    const raw = storage.getItem(keyOf(inspectionId));
    if (!raw) return EMPTY;
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    if (Array.isArray(parsed['pending'])) {
      return { pending: (parsed['pending'] as Record<string, unknown>[]).flatMap((s, i) => sittingOf(s ?? {}, `${inspectionId}-exam-${i}`) ?? []) };
    }
    const old = parsed['draw'] as Record<string, unknown> | null | undefined;
    const sitting = old ? sittingOf({ ...old, examinee: parsed['examinee'], chosen: parsed['chosen'] }, `${inspectionId}-exam-0`) : null;
    return { pending: sitting ? [sitting] : [] };
  } catch {
    return EMPTY;
  }
}

export function saveExamDraft(inspectionId: string, draft: ExamDraft, storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage): void {
  if (draft.pending.length === 0) storage.removeItem(keyOf(inspectionId));
  else storage.setItem(keyOf(inspectionId), JSON.stringify(draft));
}

export const clearExamDraft = (inspectionId: string, storage: Pick<Storage, 'removeItem'> = localStorage) => storage.removeItem(keyOf(inspectionId));

/** The drawn questions in their drawn order, once the local question bank has them. */
export const questionsOf = (bank: readonly ExamQuestion[], ids: readonly string[]): ExamQuestion[] =>
  ids.map((id) => bank.find((q) => q.id === id)).filter((q): q is ExamQuestion => q !== undefined);
