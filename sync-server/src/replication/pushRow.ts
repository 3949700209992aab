import { createHash } from 'node:crypto';
import { evidenceRefusal, MERGE_POLICIES, type CollectionName, type Principal, type WireDocument } from '@anxun/shared-schema';
import type { ScopeKeys, StoredDocument, StoreTx, WriteMeta } from '../store/Store';
import { canonical, toWire, type DocumentData } from './documents';
import { conflictRecords, refusalPlacement, refusalRecord } from './conflictRecords';
import { checkWrite, OUTSIDE_SCOPE } from './permissions';
import { documentKeys, inScope } from './scopeKeys';
import { mergeDocuments, type FieldConflict } from './threeWayMerge';
import { decideWritRow } from './writNumbering';
import { checkReferences } from './writeReferences';

export interface ValidRow {
  assumed: { data: DocumentData; deleted: boolean } | null;
  next: { data: DocumentData; deleted: boolean };
  /** The new state as the device sent it, before parsing cleaned it (absent: the same as `next`). */
  sent?: Record<string, unknown>;
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
  /**
   * Canonical JSON of the data objects compared in this batch, by identity: a row compares the
   * same stored and pushed objects up to four times. Only objects nothing mutates are compared
   * (parsed rows, stored versions), and the cache lives for one batch.
   */
  canonicalTexts: WeakMap<object, string>;
}

/** Identifies one push row (its assumed and new state), so a second delivery of it is recognised. */
export function pushDigest(row: ValidRow): string {
  return createHash('sha256').update(canonical([row.assumed, row.next])).digest('base64url');
}

const EMPTY_BASE = { data: {}, deleted: false };

function canonicalOf(ctx: RowContext, data: object): string {
  const known = ctx.canonicalTexts.get(data);
  if (known !== undefined) return known;
  const text = canonical(data);
  ctx.canonicalTexts.set(data, text);
  return text;
}

/**
 * Applies one push row inside the batch's transaction. The row is judged by what the server
 * would store over what IS stored: the pushed state for a fresh write; the three-way merge for
 * a stale, null or forged assumed state (base = assumed, or empty). The assumed state only
 * shapes the merge, it never widens what the user may change (design §3.1 invariant 8).
 */
export async function applyRow(ctx: RowContext, pushed: ValidRow, before: StoredDocument | undefined, digest: string): Promise<void> {
  const { tx, collection, principal, outcome } = ctx;
  const id = pushed.next.data.id;
  const beforeKeys = before ? await documentKeys(tx, collection, before.data as DocumentData) : undefined;
  // Shortcuts that reveal whether the pushed state matches the stored one are for readers only.
  const readable = before !== undefined && beforeKeys !== undefined && inScope(principal, collection, beforeKeys) ? before : undefined;
  const sent = { data: pushed.sent ?? pushed.next.data, deleted: pushed.next.deleted };
  const same = (a: { data: object; deleted: boolean }, b: { data: object; deleted: boolean }) => a.deleted === b.deleted && canonicalOf(ctx, a.data) === canonicalOf(ctx, b.data);
  if (readable && same(readable, pushed.next)) {
    // A re-push of what is already stored; a device that sent it uncleaned adopts the stored form.
    if (!same(readable, sent)) await answer(ctx, readable);
    return;
  }
  const meta: WriteMeta = { ...ctx.meta, pushedDigest: digest };
  if (readable && (await tx.wasPushedBefore(collection, id, digest))) {
    // This exact push was applied before (its answer was lost): applying it again could revert newer work.
    return answer(ctx, readable);
  }
  if (collection === 'hazardEvents') return applyEvent(ctx, pushed, before, readable, digest, meta);
  const stale = before !== undefined && !(pushed.assumed && same(before, pushed.assumed));
  const merged = stale && before ? mergeDocuments(MERGE_POLICIES[collection], pushed.assumed ?? EMPTY_BASE, before, pushed.next) : undefined;
  let candidate = merged ? { data: merged.data as DocumentData, deleted: merged.deleted } : pushed.next;
  const keys = await documentKeys(tx, collection, candidate.data);
  const check = checkWrite(principal, collection, before && beforeKeys ? { ...before, data: before.data as DocumentData, keys: beforeKeys } : undefined, { ...candidate, keys });
  const reason = check.ok ? await checkReferences(tx, collection, before, candidate.data) : check.reason;
  if (reason) return refuse(ctx, pushed, readable, digest, reason, beforeKeys ?? keys);
  // Signatures and photos are judged on the version that would be stored, over the stored one.
  const missing = evidenceRefusal(collection, before && !before.deleted ? before.data : undefined, candidate.data);
  if (missing) return refuse(ctx, pushed, readable, digest, missing.reason, beforeKeys ?? keys, missing.code);
  if (collection === 'writs') {
    const decision = await decideWritRow(tx, candidate, before, ctx.now);
    if (!decision.ok) return refuse(ctx, pushed, readable, digest, decision.reason, beforeKeys ?? keys, decision.code);
    candidate = { data: decision.data, deleted: candidate.deleted };
  }
  if (before && same(before, candidate)) {
    // Nothing to store, but the push may still have lost something (a deletion against an edit
    // made meanwhile): log it, or the deletion would vanish without a trace (invariant 2).
    if (merged) await logUnappliedConflicts(ctx, collection, before, merged.conflicts, meta);
    return answer(ctx, before);
  }
  const stored = await tx.write(collection, { id, data: candidate.data, deleted: candidate.deleted, keys }, before, meta);
  outcome.written.push(stored);
  if (merged && before) {
    // Every field the merge overrode is logged (invariant 2).
    const logMeta: WriteMeta = { actorId: meta.actorId, deviceId: meta.deviceId };
    for (const record of conflictRecords(collection, stored, before, { author: meta.actorId, device: meta.deviceId }, merged.conflicts, ctx.now)) {
      outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
    }
  }
  // The device adopts what the server stored when it differs from what it pushed (merge, writ number, cleaning).
  if (!same(stored, sent)) await answer(ctx, stored);
  if (collection === 'hazards') outcome.touchedHazards.add(id);
}

/** Events are insert-only: an existing event is never changed by a push; the server sets verdicts. */
async function applyEvent(ctx: RowContext, pushed: ValidRow, before: StoredDocument | undefined, readable: StoredDocument | undefined, digest: string, meta: WriteMeta): Promise<void> {
  const { tx, collection, principal, outcome } = ctx;
  if (readable) return answer(ctx, readable);
  const { verdict: _ignored, ...data } = pushed.next.data;
  const event = data as DocumentData;
  const keys = await documentKeys(tx, collection, event);
  const check = before ? { ok: false as const, reason: OUTSIDE_SCOPE } : checkWrite(principal, collection, undefined, { data: event, deleted: pushed.next.deleted, keys });
  const reason = check.ok ? await checkReferences(tx, collection, undefined, event) : check.reason;
  if (reason) return refuse(ctx, pushed, undefined, digest, reason, keys);
  outcome.written.push(await tx.write(collection, { id: event.id, data: event, deleted: false, keys }, undefined, meta));
  outcome.touchedHazards.add(String(event['hazardId']));
}

/** Puts the server's version of a document in the push answer, if the user may read it (invariant 8). */
async function answer(ctx: RowContext, doc: StoredDocument): Promise<void> {
  const keys = await documentKeys(ctx.tx, ctx.collection, doc.data as DocumentData);
  if (!inScope(ctx.principal, ctx.collection, keys)) return;
  ctx.outcome.conflicts = ctx.outcome.conflicts.filter((c) => c.id !== doc.id);
  ctx.outcome.conflicts.push(toWire(doc));
}

/** `readable`: the stored version when the user may read it; the refusal then tells its state. */
async function refuse(ctx: RowContext, row: ValidRow, readable: StoredDocument | undefined, digest: string, reason: string, _targetKeys: ScopeKeys, code?: string): Promise<void> {
  const { tx, collection, outcome } = ctx;
  outcome.refused.push({ id: row.next.data.id, reason, ...(code ? { code } : {}) });
  if (readable) await answer(ctx, readable);
  // The record lives with its author (hole 5); it holds the stored version only if the author may read it.
  const author = { author: ctx.meta.actorId, device: ctx.meta.deviceId, digest, authorEnterpriseId: ctx.principal.role === 'enterprise' ? ctx.principal.enterpriseId : undefined };
  const record = refusalRecord(collection, row.next, readable, author, reason, ctx.now);
  if ((await tx.getDocuments('conflicts', [record.id])).has(record.id)) return;
  const logMeta: WriteMeta = { actorId: ctx.meta.actorId, deviceId: ctx.meta.deviceId };
  const keys = await refusalPlacement(tx, ctx.principal);
  outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
}

/** Conflicts of a merge that stored nothing, keyed by the push digest so a re-delivered push logs them once. */
async function logUnappliedConflicts(ctx: RowContext, collection: CollectionName, before: StoredDocument, conflicts: readonly FieldConflict[], meta: WriteMeta): Promise<void> {
  if (conflicts.length === 0) return;
  const { tx, outcome } = ctx;
  const records = conflictRecords(collection, before, before, { author: meta.actorId, device: meta.deviceId }, conflicts, ctx.now, `cf-${(meta.pushedDigest ?? '').slice(0, 40)}`);
  const known = await tx.getDocuments('conflicts', records.map((r) => r.id));
  const keys = await documentKeys(tx, collection, before.data as DocumentData);
  const logMeta: WriteMeta = { actorId: meta.actorId, deviceId: meta.deviceId };
  for (const record of records) {
    if (!known.has(record.id)) outcome.written.push(await tx.write('conflicts', { id: record.id, data: record, deleted: false, keys }, undefined, logMeta));
  }
}
