import type { CollectionName, Principal, PushRow, WireDocument } from '@anxun/shared-schema';
import type { Store, StoreTx, WriteMeta } from '../store/Store';
import { parseDocument, toWire, withoutEngineFields, type DocumentData } from './documents';
import { batchReads } from './batchReads';
import { judgeHazards } from './hazardJudge';
import { applyRow, pushDigest, type PushOutcome, type RowContext, type ValidRow } from './pushRow';
import { documentKeys, inScope } from './scopeKeys';

export type { PushOutcome, ValidRow } from './pushRow';
/** An assumed state that no longer parses (an older schema): it never equals the server's state. */
const UNREADABLE_ASSUMED_STATE = { data: { id: '', updatedAt: '' }, deleted: true };

export type RowIssue = { row: number; path: string; message: string };

/** Parses every row first: a malformed batch is refused whole, before anything is written. */
export function validatePushRows(collection: CollectionName, rows: readonly PushRow[]): { ok: true; rows: ValidRow[] } | { ok: false; issues: RowIssue[] } {
  const valid: ValidRow[] = [];
  const issues: RowIssue[] = [];
  rows.forEach((row, index) => {
    const next = parseDocument(collection, row.newDocumentState);
    if (!next.ok) {
      issues.push(...next.issues.map((i) => ({ row: index, path: `[${index}].newDocumentState.${i.path.join('.')}`, message: i.message })));
      return;
    }
    const assumed = row.assumedMasterState ? parseDocument(collection, row.assumedMasterState) : null;
    valid.push({ assumed: assumed === null ? null : assumed.ok ? assumed : UNREADABLE_ASSUMED_STATE, next, sent: withoutEngineFields(row.newDocumentState) });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: valid };
}

/**
 * Applies a validated batch in one transaction (invariant 4: all or nothing). A row the user
 * may not write is refused on its own, and logged; the rest of the batch still lands.
 */
export async function applyPush(
  store: Store,
  principal: Principal,
  deviceId: string,
  collection: CollectionName,
  rows: readonly ValidRow[],
  now: () => Date,
): Promise<PushOutcome> {
  const meta: WriteMeta = { actorId: principal.userId, deviceId };
  return store.writeTransaction(async (storeTx) => {
    const outcome: PushOutcome = { conflicts: [], refused: [], written: [], touchedHazards: new Set() };
    // Set-wise: the batch's reads happen here, once; its writes are stored together (StoreTx.write).
    storeTx.expectWrites(rows.length);
    const tx = batchReads(storeTx);
    // Each row's digest once: it is a canonical JSON of both states, the costliest step of a row.
    const digests = rows.map(pushDigest);
    const current = await tx.prefetch(principal, collection, rows, digests);
    const ctx: RowContext = { tx, principal, collection, meta, now: now(), outcome, canonicalTexts: new WeakMap() };
    for (const [index, row] of rows.entries()) await applyRow(ctx, row, current.get(row.next.data.id), digests[index] ?? pushDigest(row));
    // An event waits only while its hazard is not on the server: a hazard stored before this batch has none waiting.
    const mayWait = [...outcome.touchedHazards].filter((id) => collection !== 'hazards' || !current.has(id));
    await judgeTouched(tx, mayWait, meta, ctx.now, outcome);
    outcome.conflicts = await readableOnly(tx, principal, collection, outcome.conflicts);
    return outcome;
  });
}

/** Defence in depth: whatever path put a document in the answer, the user gets only what they may read (invariant 8). */
async function readableOnly(tx: StoreTx, principal: Principal, collection: CollectionName, documents: WireDocument[]): Promise<WireDocument[]> {
  const readable: WireDocument[] = [];
  for (const document of documents) {
    const { _deleted: _ignored, ...data } = document;
    if (inScope(principal, collection, await documentKeys(tx, collection, data as DocumentData))) readable.push(document);
  }
  return readable;
}

async function judgeTouched(tx: StoreTx, hazardIds: readonly string[], meta: WriteMeta, now: Date, outcome: PushOutcome): Promise<void> {
  const written = new Set(outcome.written.map((w) => w.id));
  for (const event of await judgeHazards(tx, hazardIds, meta, now)) {
    // The author's device adopts the verdict at once: return the judged event as the server state.
    if (written.has(event.id)) outcome.conflicts.push(toWire(event));
    outcome.written.push(event);
  }
}
