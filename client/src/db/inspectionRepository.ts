import { map, type Observable } from 'rxjs';
import { Inspection, isPublished, templateReasons, type ChecklistTemplate, type Enterprise, type ExamQuestion, type TemplateReason } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import type { WriteResult } from './hazardRepository';
import { localWrites$ } from './localWrites';

/** Templates a new inspection may use: published and not retired (a draft is still being written). */
export function observeTemplates(db: AnxunDatabase): Observable<ChecklistTemplate[]> {
  return db.checklistTemplates.find().$.pipe(map((docs) => docs.map((d) => d.toJSON() as ChecklistTemplate).filter((t) => !t.retired && isPublished(t))));
}

/** Templates that fit the enterprise first (by tags and supervision category, with the reasons), the rest after. */
export function rankTemplates(templates: readonly ChecklistTemplate[], enterprise: Enterprise): { template: ChecklistTemplate; suited: boolean; reasons: TemplateReason[] }[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const t of templates) if ((latest.get(t.code)?.version ?? 0) < t.version) latest.set(t.code, t);
  return [...latest.values()]
    .map((template) => {
      const reasons = templateReasons(template, enterprise);
      return { template, suited: reasons.length > 0, reasons };
    })
    .sort((a, b) => Number(b.suited) - Number(a.suited) || a.template.name.localeCompare(b.template.name, 'zh-CN'));
}

export function observeInspections(db: AnxunDatabase, enterpriseId?: string): Observable<Inspection[]> {
  const selector = enterpriseId ? { enterpriseId } : {};
  return db.inspections.find({ selector }).$.pipe(
    map((docs) => docs.map((d) => d.toJSON() as Inspection).sort((a, b) => b.startedAt.localeCompare(a.startedAt))),
  );
}

export function observeInspection(db: AnxunDatabase, id: string): Observable<Inspection | null> {
  return db.inspections.findOne(id).$.pipe(map((d) => (d ? (d.toJSON() as Inspection) : null)));
}

export function observeTemplate(db: AnxunDatabase, id: string): Observable<ChecklistTemplate | null> {
  return db.checklistTemplates.findOne(id).$.pipe(map((d) => (d ? (d.toJSON() as ChecklistTemplate) : null)));
}

/** Every answer is saved at once, so closing the tab mid-inspection loses nothing and it resumes. */
export async function saveInspection(db: AnxunDatabase, inspection: Inspection): Promise<WriteResult<Inspection>> {
  const parsed = Inspection.safeParse({ ...inspection, updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
  await db.inspections.upsert(parsed.data);
  localWrites$.next({ collection: 'inspections', id: parsed.data.id, updatedAt: parsed.data.updatedAt });
  return { ok: true, value: parsed.data };
}

/**
 * Changes an inspection from its latest stored state (not a screen's snapshot), so quick taps on
 * several items never overwrite each other.
 */
export async function modifyInspection(db: AnxunDatabase, id: string, change: (current: Inspection) => Inspection): Promise<WriteResult<Inspection>> {
  const doc = await db.inspections.findOne(id).exec();
  if (!doc) return { ok: false, issues: [{ path: 'id', message: `no inspection ${id}` }] };
  let issues: { path: string; message: string }[] = [];
  const updated = await doc.incrementalModify((current) => {
    const parsed = Inspection.safeParse({ ...change(current as Inspection), updatedAt: new Date().toISOString() });
    if (parsed.success) return parsed.data;
    issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
    return current;
  });
  if (issues.length > 0) return { ok: false, issues };
  const value = updated.toJSON() as Inspection;
  localWrites$.next({ collection: 'inspections', id, updatedAt: value.updatedAt });
  return { ok: true, value };
}

export function observeExamQuestions(db: AnxunDatabase): Observable<ExamQuestion[]> {
  return db.examQuestions.find().$.pipe(map((docs) => docs.map((d) => d.toJSON() as ExamQuestion)));
}
