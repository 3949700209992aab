import { MERGE_POLICIES, type CollectionName, type Principal, type PushRow, type WireDocument } from '@anxun/shared-schema';
import { createHash } from 'node:crypto';
import type { Store, StoredDocument, StoreTx, WriteMeta } from '../store/Store';
import { canonical, parseDocument, sameDocument, toWire, type DocumentData } from './documents';
import { judgePendingEvents } from './hazardJudge';
import { conflictRecords } from './conflictRecords';
import { checkWrite } from './permissions';
import { mergeDocuments } from './threeWayMerge';
import { scopeKeysFor } from './scopeKeys';

export interface ValidRow {
  assumed: { data: DocumentData; deleted: boolean } | null;
  next: { data: DocumentData; deleted: boolean };
}

/** Identifies one push row (its assumed and new state), so a second delivery of it is recognised. */
function pushDigest(row: ValidRow): string {
  return createHash('sha256').update(canonical([row.assumed, row.next])).digest('base64url');
}

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
    valid.push({ assumed: assumed === null ? null : assumed.ok ? assumed : UNREADABLE_ASSUMED_STATE, next });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows: valid };
}

export interface PushOutcome {
  /** The server's state of rows whose assumed state was stale or whose stored form differs: the client adopts these. */
  conflicts: WireDocument[];
  refused: { id: string; reason: string }[];
  written: StoredDocument[];
  /** Hazards whose waiting events must be judged before the transaction ends. */
  touchedHazards: Set<string>;
}

/**
 * Applies a validated batch in one transaction (invariant 4: all or nothing). A row the user
 * may not write is refused on its own; the rest of the batch still lands.
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
  return store.writeTransaction(async (tx) => {
    const outcome: PushOutcome = { conflicts: [], refused: [], written: [], touchedHazards: new Set() };
    const current = await tx.getDocuments(collection, rows.map((r) => r.next.data.id));
    const enterpriseIds = new Set<string>();
    for (const r of rows) {
      const e = r.next.data['enterpriseId'];
      if (typeof e === 'string') enterpriseIds.add(e);
    }
    const enterprises = await tx.getEnterpriseScopes([...enterpriseIds]);
    const touchedHazards = outcome.touchedHazards;

    for (const row of rows) {
      const id = row.next.data.id;
      const before = current.get(id);
      const e = row.next.data['enterpriseId'];
      const keys = scopeKeysFor(collection, row.next.data, typeof e === 'string' ? enterprises.get(e) : undefined);
      const beforeKeys = before ? scopeKeysFor(collection, before.data, typeof before.data['enterpriseId'] === 'string' ? enterprises.get(before.data['enterpriseId']) : undefined) : undefined;
      const allowed = checkWrite(principal, collection, beforeKeys, keys, row.next.data);
      if (!allowed.ok) {
        outcome.refused.push({ id, reason: allowed.reason });
        if (before) outcome.conflicts.push(toWire(before));
        continue;
      }
      if (before && sameDocument(before, row.next)) continue; // a re-push of what is already stored
      const rowMeta: WriteMeta = { ...meta, pushedDigest: pushDigest(row) };
      if (before && (await tx.wasPushedBefore(collection, id, rowMeta.pushedDigest ?? ''))) {
        // This exact push was applied before (its answer was lost): applying it again could revert newer work.
        outcome.conflicts.push(toWire(before));
        continue;
      }
      if (collection === 'hazardEvents') {
        // Events are insert-only: an existing event is never changed by a push.
        if (before) outcome.conflicts.push(toWire(before));
        else {
          const { verdict: _ignored, ...event } = row.next.data;
          outcome.written.push(await tx.write(collection, { id, data: { ...event, id } as DocumentData, deleted: false, keys }, undefined, meta));
          touchedHazards.add(String(row.next.data['hazardId']));
        }
        continue;
      }
      const assumedIsCurrent = before ? row.assumed !== null && sameDocument(before, row.assumed) : row.assumed === null || row.assumed.deleted;
      if (!assumedIsCurrent && before) {
        await mergeStale(tx, collection, row, before, { principal, meta: rowMeta, now: now() }, outcome);
        continue;
      }
      outcome.written.push(await tx.write(collection, { id, data: row.next.data, deleted: row.next.deleted, keys }, before, rowMeta));
      if (collection === 'hazards') touchedHazards.add(id);
    }
    await judgeTouched(tx, touchedHazards, meta, now(), outcome);
    return outcome;
  });
}

/**
 * The device edited a version the server has since changed: merge base (what the device saw),
 * server and pushed field by field, store the result and log every overridden field (invariant 2).
 */
async function mergeStale(
  tx: StoreTx,
  collection: Exclude<CollectionName, 'hazardEvents'>,
  row: ValidRow,
  before: StoredDocument,
  ctx: { principal: Principal; meta: WriteMeta; now: Date },
  outcome: PushOutcome,
): Promise<void> {
  const base = row.assumed ?? { data: {}, deleted: false };
  const merged = mergeDocuments(MERGE_POLICIES[collection], base, before, row.next);
  const data = merged.data as DocumentData;
  if (sameDocument(before, merged)) {
    outcome.conflicts.push(toWire(before));
    return;
  }
  const e = data['enterpriseId'];
  const enterprise = typeof e === 'string' ? (await tx.getEnterpriseScopes([e])).get(e) : undefined;
  const keys = scopeKeysFor(collection, data, enterprise);
  const allowed = checkWrite(ctx.principal, collection, keys, keys, data);
  if (!allowed.ok) {
    outcome.refused.push({ id: before.id, reason: allowed.reason });
    outcome.conflicts.push(toWire(before));
    return;
  }
  const stored = await tx.write(collection, { id: before.id, data, deleted: merged.deleted, keys }, before, ctx.meta);
  outcome.written.push(stored);
  const push = { author: ctx.meta.actorId, device: ctx.meta.deviceId };
  const logMeta: WriteMeta = { actorId: ctx.meta.actorId, deviceId: ctx.meta.deviceId };
  for (const record of conflictRecords(collection, stored, before, push, merged.conflicts, ctx.now)) {
    outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
  }
  if (!sameDocument(stored, row.next)) outcome.conflicts.push(toWire(stored));
  if (collection === 'hazards') outcome.touchedHazards.add(stored.id);
}

async function judgeTouched(tx: StoreTx, hazardIds: Set<string>, meta: WriteMeta, now: Date, outcome: PushOutcome): Promise<void> {
  for (const hazardId of hazardIds) {
    for (const event of await judgePendingEvents(tx, hazardId, meta, now)) {
      // The author's device adopts the verdict at once: return the judged event as the server state.
      if (outcome.written.some((w) => w.id === event.id)) outcome.conflicts.push(toWire(event));
      outcome.written.push(event);
    }
  }
}
