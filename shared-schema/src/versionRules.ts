import { basisOf, CITATIONS } from './citations/index';
import { canonicalJson } from './enterpriseImportText';

/** Collections whose documents are versions: published ones never change (inspections and quizzes keep them). */
export const VERSIONED_COLLECTIONS = ['checklistTemplates', 'examQuestions'] as const;

/** What a published version may still change: retiring it (it leaves new inspections, stays for old ones). */
const AFTER_PUBLISHING = new Set(['retired', 'updatedAt']);

/** A document without a status was stored before drafts existed: it counts as published. */
export const isPublished = (doc: Record<string, unknown>) => doc['status'] !== 'draft';

/**
 * Whether storing `candidate` over `stored` keeps a published version immutable: only `retired`
 * may change, and a published version never goes back to draft. New content is a new version,
 * a new document (id `${code}@${version}` for templates).
 */
export function publishedVersionRefusal(stored: Record<string, unknown> | undefined, candidate: Record<string, unknown>): string | null {
  if (!stored || !isPublished(stored)) return null;
  const keys = new Set([...Object.keys(stored), ...Object.keys(candidate)]);
  const changed = [...keys].filter((k) => !AFTER_PUBLISHING.has(k) && canonicalJson(stored[k]) !== canonicalJson(candidate[k]));
  return changed.length === 0 ? null : `已发布的版本不可修改，请新建版本 A published version is immutable: create a new version (${changed.join(', ')})`;
}

/** A template's id names its code and version, so two versions are two documents and never overwrite each other. */
export const templateIdOf = (code: string, version: number) => `${code}@${version}`;

/**
 * Citation checks of a template's items: every key is in the table and the printed basis is
 * exactly what the keys print (with 待核 where the table says so), so nobody types a wrong article.
 */
export function itemBasisRefusal(doc: Record<string, unknown>): string | null {
  const items = Array.isArray(doc['items']) ? (doc['items'] as Record<string, unknown>[]) : [];
  for (const item of items) {
    const keys = item['basisKeys'];
    if (!Array.isArray(keys) || keys.length === 0) continue;
    const unknown = keys.find((k) => typeof k !== 'string' || !CITATIONS.has(k));
    if (unknown !== undefined) return `检查项 ${String(item['code'])} 的依据不在法规库中 Unknown citation key ${String(unknown)}`;
    if (item['basis'] !== basisOf(...(keys as string[]))) return `检查项 ${String(item['code'])} 的依据须与法规库一致 The basis must be the citation's print`;
  }
  return null;
}

/**
 * The draft of the next version of a template: the same content under the next free version
 * number (after every version on record, so two drafts never share an id) and a new id.
 */
export function nextVersionDraft<T extends { code: string; version: number }>(from: T & Record<string, unknown>, versions: readonly { code: string; version: number }[], now: string): T & { id: string; status: 'draft'; retired: boolean; updatedAt: string } {
  const version = Math.max(from.version, ...versions.filter((v) => v.code === from.code).map((v) => v.version)) + 1;
  return { ...from, id: templateIdOf(from.code, version), version, status: 'draft', retired: false, updatedAt: now };
}
