import { createHash } from 'node:crypto';
import { MERGE_POLICIES, type CollectionName, type Principal, type WireDocument } from '@anxun/shared-schema';
import type { ScopeKeys, StoredDocument, StoreTx, WriteMeta } from '../store/Store';
import { canonical, sameDocument, toWire, type DocumentData } from './documents';
import { conflictRecords, refusalPlacement, refusalRecord } from './conflictRecords';
import { checkWrite } from './permissions';
import { inScope, scopeKeysFor } from './scopeKeys';
import { mergeDocuments, type FieldConflict } from './threeWayMerge';
import { decideWritRow } from './writNumbering';

export interface ValidRow {
  assumed: { data: DocumentData; deleted: boolean } | null;
  next: { data: DocumentData; deleted: boolean };
}

export interface PushOutcome {
  /** The server's state of rows whose assumed state was stale or whose stored form differs: the client adopts these. */
  conflicts: WireDocument[];
  /** Rows not stored; `code` is a problem code (problems.ts) when the refusal has one. */
  refused: { id: string; reason: string; code?: string }[];
  written: StoredDocument[];
  /** Hazards whose waiting events must be judged before the transaction ends. */
  touchedHazards: Set<string>;
}

export interface RowContext {
  tx: StoreTx;
  principal: Principal;
  collection: CollectionName;
  meta: WriteMeta;
  now: Date;
  outcome: PushOutcome;
}

/** Identifies one push row (its assumed and new state), so a second delivery of it is recognised. */
function pushDigest(row: ValidRow): string {
  return createHash('sha256').update(canonical([row.assumed, row.next])).digest('base64url');
}

async function keysFor(tx: StoreTx, collection: CollectionName, data: DocumentData): Promise<ScopeKeys> {
  const e = collection === 'enterprises' ? undefined : data['enterpriseId'];
  const enterprise = typeof e === 'string' ? (await tx.getEnterpriseScopes([e])).get(e) : undefined;
  return scopeKeysFor(collection, data, enterprise);
}

/** Applies one push row inside the batch's transaction. */
export async function applyRow(ctx: RowContext, pushed: ValidRow, before: StoredDocument | undefined): Promise<void> {
  const { tx, collection, outcome } = ctx;
  let row = pushed;
  const id = row.next.data.id;
  if (before && sameDocument(before, row.next)) return; // a re-push of what is already stored
  const digest = pushDigest(row);
  const meta: WriteMeta = { ...ctx.meta, pushedDigest: digest };
  if (before && (await tx.wasPushedBefore(collection, id, digest))) {
    // This exact push was applied before (its answer was lost): applying it again could revert newer work.
    outcome.conflicts.push(toWire(before));
    return;
  }
  const stale = before !== undefined && !(row.assumed && sameDocument(before, row.assumed));
  // Judge what this user changed: from what they saw (the assumed state) to what they pushed.
  const seen = stale ? row.assumed : before;
  const nextKeys = await keysFor(tx, collection, row.next.data);
  const check = checkWrite(
    ctx.principal, collection,
    seen ? { data: seen.data as DocumentData, deleted: seen.deleted, keys: await keysFor(tx, collection, seen.data as DocumentData) } : undefined,
    { data: row.next.data, deleted: row.next.deleted, keys: nextKeys },
  );
  const currentKeys = before ? await keysFor(tx, collection, before.data as DocumentData) : undefined;
  const reason = !check.ok ? check.reason : currentKeys && !inScope(ctx.principal, collection, currentKeys) ? 'document is outside your scope' : null;
  if (reason) return refuse(ctx, row, before, digest, reason, currentKeys ?? nextKeys);
  if (collection === 'writs') {
    const decision = await decideWritRow(tx, row.next, before, ctx.now);
    if (!decision.ok) return refuse(ctx, row, before, digest, decision.reason, currentKeys ?? nextKeys, decision.code);
    row = { ...row, next: { data: decision.data, deleted: row.next.deleted } };
    await writeRow(ctx, row, before, stale, meta);
    // The device adopts what the server made of its writ (the official number).
    const stored = outcome.written.findLast((w) => w.collection === 'writs' && w.id === id);
    if (stored && !sameDocument(stored, pushed.next) && !outcome.conflicts.some((c) => c.id === id)) outcome.conflicts.push(toWire(stored));
    return;
  }

  if (collection === 'hazardEvents') {
    // Events are insert-only: an existing event is never changed by a push; the server sets verdicts.
    if (before) return void outcome.conflicts.push(toWire(before));
    const { verdict: _ignored, ...event } = row.next.data;
    outcome.written.push(await tx.write(collection, { id, data: event as DocumentData, deleted: false, keys: nextKeys }, undefined, meta));
    outcome.touchedHazards.add(String(row.next.data['hazardId']));
    return;
  }
  await writeRow(ctx, row, before, stale, meta);
}

async function writeRow(ctx: RowContext, row: ValidRow, before: StoredDocument | undefined, stale: boolean, meta: WriteMeta): Promise<void> {
  const { tx, collection, outcome } = ctx;
  if (collection === 'hazardEvents') return;
  if (stale && before) return mergeStale(ctx, collection, row, before, meta);
  const id = row.next.data.id;
  const keys = await keysFor(tx, collection, row.next.data);
  outcome.written.push(await tx.write(collection, { id, data: row.next.data, deleted: row.next.deleted, keys }, before, meta));
  if (collection === 'hazards') outcome.touchedHazards.add(id);
}

async function refuse(ctx: RowContext, row: ValidRow, before: StoredDocument | undefined, digest: string, reason: string, _targetKeys: ScopeKeys, code?: string): Promise<void> {
  const { tx, collection, outcome } = ctx;
  outcome.refused.push({ id: row.next.data.id, reason, ...(code ? { code } : {}) });
  if (before) outcome.conflicts.push(toWire(before));
  // The record lives with its author (hole 5): the stored version goes in only if the author may read it.
  const readable = before && inScope(ctx.principal, collection, await keysFor(tx, collection, before.data as DocumentData)) ? before : undefined;
  const author = { author: ctx.meta.actorId, device: ctx.meta.deviceId, digest, authorEnterpriseId: ctx.principal.role === 'enterprise' ? ctx.principal.enterpriseId : undefined };
  const record = refusalRecord(collection, row.next, readable, author, reason, ctx.now);
  if ((await tx.getDocuments('conflicts', [record.id])).has(record.id)) return;
  const logMeta: WriteMeta = { actorId: ctx.meta.actorId, deviceId: ctx.meta.deviceId };
  const keys = await refusalPlacement(tx, ctx.principal);
  outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
}

/**
 * The device edited a version the server has since changed: merge base (what the device saw),
 * server and pushed field by field, store the result and log every overridden field (invariant 2).
 */
async function mergeStale(ctx: RowContext, collection: Exclude<CollectionName, 'hazardEvents'>, row: ValidRow, before: StoredDocument, meta: WriteMeta): Promise<void> {
  const { tx, outcome } = ctx;
  const base = row.assumed ?? { data: {}, deleted: false };
  const merged = mergeDocuments(MERGE_POLICIES[collection], base, before, row.next);
  if (sameDocument(before, merged)) {
    // Nothing to store, but the push may still have lost something (a deletion against an edit
    // made meanwhile): log it, or the deletion would vanish without a trace (invariant 2).
    await logUnappliedConflicts(ctx, collection, before, merged.conflicts, meta);
    return void outcome.conflicts.push(toWire(before));
  }
  const data = merged.data as DocumentData;
  const keys = await keysFor(tx, collection, data);
  if (!inScope(ctx.principal, collection, keys)) {
    return refuse(ctx, row, before, meta.pushedDigest ?? '', 'merged document would be outside your scope', keys);
  }
  const stored = await tx.write(collection, { id: before.id, data, deleted: merged.deleted, keys }, before, meta);
  outcome.written.push(stored);
  const logMeta: WriteMeta = { actorId: meta.actorId, deviceId: meta.deviceId };
  for (const record of conflictRecords(collection, stored, before, { author: meta.actorId, device: meta.deviceId }, merged.conflicts, ctx.now)) {
    outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
  }
  if (!sameDocument(stored, row.next)) outcome.conflicts.push(toWire(stored));
  if (collection === 'hazards') outcome.touchedHazards.add(stored.id);
}

/** Conflicts of a merge that stored nothing, keyed by the push digest so a re-delivered push logs them once. */
async function logUnappliedConflicts(ctx: RowContext, collection: CollectionName, before: StoredDocument, conflicts: readonly FieldConflict[], meta: WriteMeta): Promise<void> {
  if (conflicts.length === 0) return;
  const { tx, outcome } = ctx;
  const records = conflictRecords(collection, before, before, { author: meta.actorId, device: meta.deviceId }, conflicts, ctx.now, `cf-${(meta.pushedDigest ?? '').slice(0, 40)}`);
  const known = await tx.getDocuments('conflicts', records.map((r) => r.id));
  const keys = await keysFor(tx, collection, before.data as DocumentData);
  const logMeta: WriteMeta = { actorId: meta.actorId, deviceId: meta.deviceId };
  for (const record of records) {
    if (!known.has(record.id)) outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
  }
}
