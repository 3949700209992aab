import { Hazard, HazardEvent, foldHazard, judgeEvent, shanghaiDate, type EventVerdict, type Judgement } from '@anxun/shared-schema';
import type { ScopeKeys, StoredDocument, StoreTx, WriteMeta } from '../store/Store';
import { eventRefusalRecord } from './conflictRecords';
import { scopeKeysFor } from './scopeKeys';

/**
 * Gives every not-yet-judged event of these hazards its verdict, in server order (invariant 7).
 * Events may arrive before their hazard (collections replicate independently): they wait
 * without a verdict until the hazard is on the server. One read finds the hazards whose events
 * wait; only those are judged. Returns the events it rewrote.
 */
export async function judgeHazards(tx: StoreTx, hazardIds: readonly string[], meta: WriteMeta, now: Date): Promise<StoredDocument[]> {
  if (hazardIds.length === 0) return [];
  const children = await tx.getChildrenOf('hazardEvents', hazardIds);
  const waiting = hazardIds.filter((id) => (children.get(id) ?? []).some((e) => !e.data['verdict']));
  if (waiting.length === 0) return [];
  const hazards = await tx.getDocuments('hazards', waiting);
  tx.expectWrites(waiting.reduce((sum, id) => sum + (children.get(id) ?? []).filter((e) => !e.data['verdict']).length, 0));
  const rewritten: StoredDocument[] = [];
  for (const hazardId of waiting) {
    const hazardDoc = hazards.get(hazardId);
    if (hazardDoc) rewritten.push(...(await judgePendingEvents(tx, hazardDoc, children.get(hazardId) ?? [], meta, now)));
  }
  return rewritten;
}

async function judgePendingEvents(tx: StoreTx, hazardDoc: StoredDocument, stored: readonly StoredDocument[], meta: WriteMeta, now: Date): Promise<StoredDocument[]> {
  const hazard = Hazard.parse(hazardDoc.data);
  const events = stored.map((s) => HazardEvent.parse(s.data));
  const judged = events.filter((e) => e.verdict);
  const enterpriseScope = (await tx.getEnterpriseScopes([hazard.enterpriseId])).get(hazard.enterpriseId);
  const rewritten: StoredDocument[] = [];
  for (const [index, event] of events.entries()) {
    if (event.verdict) continue;
    const status = foldHazard(hazard, judged);
    const judgement: Judgement = hazardDoc.deleted
      ? { ok: false as const, code: 'hazard_deleted', reason: '隐患记录已被删除，本操作已保留备查' }
      : event.enterpriseId !== hazard.enterpriseId
        ? { ok: false as const, code: 'wrong_enterprise', reason: '事件的企业与隐患不一致' }
        : judgeEvent(hazard, status, event, shanghaiDate(now));
    const seq = await tx.peekNextSeq();
    const verdict: EventVerdict = judgement.ok
      ? { accepted: true, seq, at: now.toISOString() }
      : { accepted: false, code: judgement.code, reason: judgement.reason, seq, at: now.toISOString() };
    const withVerdict = { ...event, verdict };
    judged.push(withVerdict);
    const before = stored[index];
    const keys = scopeKeysFor('hazardEvents', withVerdict, enterpriseScope);
    rewritten.push(await tx.write('hazardEvents', { id: event.id, data: withVerdict, deleted: false, keys }, before, meta));
    if (!judgement.ok) rewritten.push(await logRefusedEvent(tx, hazard, withVerdict, judged, keys, meta, now));
  }
  return rewritten;
}

/** The conflict-log record of a refused event, naming whose accepted event it clashed with (invariant 2). */
async function logRefusedEvent(tx: StoreTx, hazard: Hazard, event: HazardEvent, judged: readonly HazardEvent[], keys: ScopeKeys, meta: WriteMeta, now: Date): Promise<StoredDocument> {
  const before = judged.filter((e) => e.id !== event.id && e.verdict?.accepted);
  const cause = before.at(-1);
  const state = foldHazard(hazard, before).state;
  const record = eventRefusalRecord(event, event.verdict ?? {}, { actorId: cause?.actorId ?? hazard.foundBy, deviceId: cause?.deviceId ?? '', state }, now);
  const userIds = [...new Set([record.pushAuthor, record.serverAuthor])];
  return tx.write('conflicts', { id: record.id, data: record, deleted: false, keys: { ...keys, parentId: null, userIds } }, undefined, { actorId: meta.actorId, deviceId: meta.deviceId });
}
