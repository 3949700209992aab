import {
  ChecklistTemplate, ExamQuestion, IMPORT_LABELS, planQuestionImport, planTemplateImport, QUESTION_IMPORT_COLUMNS, TEMPLATE_IMPORT_COLUMNS,
  type CollectionName, type EnterpriseImportResult, type ImportRowResult, type PlannedReference, type Principal,
} from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import { applyPush, type ValidRow } from '../replication/push';
import type { Store } from '../store/Store';
import { readable } from './importEnterprises';

export type ReferenceKind = 'templates' | 'questions';
export const REFERENCE_COLUMNS: Record<ReferenceKind, readonly string[]> = { templates: TEMPLATE_IMPORT_COLUMNS, questions: QUESTION_IMPORT_COLUMNS };
const COLLECTION: Record<ReferenceKind, CollectionName> = { templates: 'checklistTemplates', questions: 'examQuestions' };

/**
 * Imports checklist templates (as drafts) or 逢查必考 questions (published) for an administrator:
 * planned against the stored versions they may read, written in ONE push transaction through the
 * devices' path, so the published-version rule, the citation check and the history apply as to
 * any push. A row the write path refuses is reported refused; the answer is {summary, rows}.
 */
export async function importReference(store: Store, principal: Principal, deviceId: string, kind: ReferenceKind, rows: readonly string[][], dryRun: boolean, now: Date): Promise<EnterpriseImportResult> {
  const collection = COLLECTION[kind];
  const stored = (await readable(store, principal, collection));
  const at = now.toISOString();
  let plan: PlannedReference<{ id: string }>;
  if (kind === 'templates') {
    const existing = stored.flatMap((d) => { const t = ChecklistTemplate.safeParse(d.data); return t.success ? [t.data] : []; });
    plan = planTemplateImport(rows, existing, IMPORT_LABELS, at);
  } else {
    const existing = new Map(stored.flatMap((d) => { const q = ExamQuestion.safeParse(d.data); return q.success ? [[q.data.id, q.data] as const] : []; }));
    plan = planQuestionImport(rows, existing, IMPORT_LABELS.tags, at);
  }
  const storedById = new Map(stored.map((d) => [d.id, d]));
  if (!dryRun && plan.documents.length > 0) {
    const pushRows: ValidRow[] = plan.documents.map(({ document }) => {
      const before = storedById.get(document.id);
      return { assumed: before ? { data: before.data as DocumentData, deleted: before.deleted } : null, next: { data: document as unknown as DocumentData, deleted: false } };
    });
    const outcome = await applyPush(store, principal, deviceId, collection, pushRows, () => now);
    const refused = new Map(outcome.refused.map((r) => [r.id, r.reason]));
    // A template is many rows: every row of a refused document is refused with its reason.
    const idOfRow = rowDocumentIds(kind, rows);
    for (const result of plan.rows) {
      const reason = refused.get(idOfRow(result) ?? '');
      if (reason !== undefined) Object.assign(result, { status: 'refused', reason });
    }
  }
  const count = (status: ImportRowResult['status']) => plan.rows.filter((r) => r.status === status).length;
  const result: EnterpriseImportResult = { dryRun, summary: { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), refused: count('refused') }, rows: plan.rows };
  if (!dryRun) {
    await store.admin.audit({ at: now, actorId: principal.userId, action: `import.${kind}`, targetKind: 'import', targetId: deviceId, areaCode: principal.areaCode ?? null, after: result.summary });
  }
  return result;

  function rowDocumentIds(k: ReferenceKind, sheet: readonly string[][]) {
    const ids = new Map<number, string>();
    sheet.forEach((cells, i) => {
      const first = (cells[0] ?? '').normalize('NFKC').trim();
      if (k === 'questions') ids.set(i + 2, `q-${first}`);
      else {
        const doc = plan.documents.find((d) => (d.document as unknown as ChecklistTemplate).code === first.toLowerCase());
        if (doc) ids.set(i + 2, doc.document.id);
      }
    });
    return (r: ImportRowResult) => ids.get(r.row);
  }
}
