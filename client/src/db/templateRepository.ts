import { map, type Observable } from 'rxjs';
import type { z } from 'zod';
import { ChecklistTemplate } from '@anxun/shared-schema';
import type { AnxunDatabase } from './database';
import { localWrites$ } from './localWrites';

export type TemplateSaveResult = { ok: true; template: ChecklistTemplate } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/** Every template version on this device, drafts and retired ones too (the console's 检查表 page), by code then version. */
export function observeAllTemplates(db: AnxunDatabase): Observable<ChecklistTemplate[]> {
  return db.checklistTemplates.find().$.pipe(map((docs) => docs.map((d) => d.toJSON() as ChecklistTemplate)
    .sort((a, b) => a.code.localeCompare(b.code) || b.version - a.version)));
}

/**
 * Saves a template version locally (a draft, its publication, or retiring a published one). The
 * server refuses any other change of a published version: new content is a new version.
 */
export async function saveTemplate(db: AnxunDatabase, template: ChecklistTemplate): Promise<TemplateSaveResult> {
  const parsed = ChecklistTemplate.safeParse({ ...template, updatedAt: new Date().toISOString() });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const written = (await db.checklistTemplates.upsert(parsed.data)).toJSON() as ChecklistTemplate;
  localWrites$.next({ collection: 'checklistTemplates', id: written.id, updatedAt: written.updatedAt });
  return { ok: true, template: written };
}
