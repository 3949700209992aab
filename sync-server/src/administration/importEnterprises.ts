import {
  Enterprise, ENTERPRISE_IMPORT_COLUMNS, normaliseUscc, planEnterpriseImport, type CollectionName, type EnterpriseImportResult, type ImportGrid, type Principal,
} from '@anxun/shared-schema';
import type { DocumentData } from '../replication/documents';
import { OUTSIDE_SCOPE } from '../replication/permissions';
import { applyPush, type ValidRow } from '../replication/push';
import type { Store, StoredDocument } from '../store/Store';

const REQUIRED = ['企业名称', '统一社会信用代码', '所属网格'] as const;
const OUTSIDE_AREA = '该统一社会信用代码已登记在您辖区以外的企业 This code belongs to an enterprise outside your area';
const PAGE = 1000;

/** Every live document of a collection the user may read, through the scoped pull (never an unscoped read). */
export async function readable(store: Store, principal: Principal, collection: CollectionName): Promise<StoredDocument[]> {
  const all: StoredDocument[] = [];
  let after = { seq: 0, id: '' };
  for (;;) {
    const { documents } = await store.pull(collection, principal, after, PAGE);
    all.push(...documents.filter((d) => !d.deleted));
    const last = documents.at(-1);
    if (!last || documents.length < PAGE) return all;
    after = { seq: last.seq, id: last.id };
  }
}

/** Cells of each row in template order, whatever order the file's header has; or the required columns it lacks. */
export function inTemplateOrder(header: readonly string[], rows: readonly string[][]): { ok: true; rows: string[][] } | { ok: false; missing: string[] } {
  const missing = REQUIRED.filter((column) => !header.includes(column));
  if (missing.length > 0) return { ok: false, missing };
  const positions = ENTERPRISE_IMPORT_COLUMNS.map((column) => header.indexOf(column));
  return { ok: true, rows: rows.map((cells) => positions.map((p) => (p < 0 ? '' : (cells[p] ?? '')))) };
}

/**
 * Imports a ledger sheet for an administrator: planned against what they may see (grids of
 * their area by name, enterprises by USCC), then written in ONE push transaction through the
 * same path as devices' pushes, so every row is judged against what is stored, lands in the
 * history and reaches pulls and streams. A row the write path refuses is reported refused.
 */
export async function importEnterprises(store: Store, principal: Principal, deviceId: string, rows: readonly string[][], dryRun: boolean, now: Date): Promise<EnterpriseImportResult> {
  const grids: ImportGrid[] = (await readable(store, principal, 'grids')).map((g) => ({
    id: g.id, name: String(g.data['name'] ?? ''), areaCode: String(g.data['areaCode'] ?? ''), townName: String(g.data['townName'] ?? ''),
  }));
  const stored = new Map<string, StoredDocument>();
  const existing = new Map<string, Enterprise>();
  for (const doc of await readable(store, principal, 'enterprises')) {
    const parsed = Enterprise.safeParse(doc.data);
    if (!parsed.success) continue;
    stored.set(doc.id, doc);
    existing.set(normaliseUscc(parsed.data.uscc), parsed.data);
  }
  const plan = planEnterpriseImport(rows, { grids, existing, now: now.toISOString() });
  const results = plan.map((p) => p.result);
  // One code, one enterprise in the installation: a code another area registered is not created twice.
  const creates = plan.filter((p) => p.result.status === 'created' && p.document);
  const elsewhere = await store.admin.registeredUsccs(creates.map((p) => p.document?.uscc ?? ''));
  for (const p of creates) if (p.document && elsewhere.has(p.document.uscc)) Object.assign(p.result, { status: 'refused', reason: OUTSIDE_AREA });
  if (!dryRun) {
    const writes = plan.filter((p) => p.document && (p.result.status === 'created' || p.result.status === 'updated'));
    const pushRows: ValidRow[] = writes.map((p) => {
      const before = p.before ? stored.get(p.before.id) : undefined;
      return { assumed: before ? { data: before.data as DocumentData, deleted: false } : null, next: { data: p.document as unknown as DocumentData, deleted: false } };
    });
    const outcome = pushRows.length > 0 ? await applyPush(store, principal, deviceId, 'enterprises', pushRows, () => now) : { refused: [] };
    const refused = new Map(outcome.refused.map((r) => [r.id, r.reason]));
    for (const p of writes) {
      const reason = p.document ? refused.get(p.document.id) : undefined;
      if (reason !== undefined) Object.assign(p.result, { status: 'refused', reason: reason === OUTSIDE_SCOPE ? OUTSIDE_AREA : reason });
    }
  }
  const count = (status: EnterpriseImportResult['rows'][number]['status']) => results.filter((r) => r.status === status).length;
  const result: EnterpriseImportResult = { dryRun, summary: { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), refused: count('refused') }, rows: results };
  if (!dryRun) {
    await store.admin.audit({ at: now, actorId: principal.userId, action: 'import.enterprises', targetKind: 'import', targetId: deviceId, areaCode: principal.areaCode ?? null, after: result.summary });
  }
  return result;
}
