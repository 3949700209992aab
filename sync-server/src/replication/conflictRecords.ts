import { isCaseRecord, type CollectionName, type ConflictRecord, type HazardEvent, type Principal } from '@anxun/shared-schema';
import type { ScopeKeys, StoredDocument, StoreTx } from '../store/Store';
import { canonical, type DocumentData } from './documents';
import { pathText, type FieldConflict } from './threeWayMerge';

const json = (value: unknown) => (value === undefined ? 'null' : canonical(value));

function enterpriseOf(collection: CollectionName, doc: { id: string; data: Record<string, unknown> }): { enterpriseId?: string } {
  const id = collection === 'enterprises' ? doc.id : doc.data['enterpriseId'];
  return typeof id === 'string' ? { enterpriseId: id } : {};
}

/**
 * The conflict-log documents for one merge. Ids are idempotent: derived from the sequence of the
 * merged write, or, when the merge changed nothing stored, from the push's digest (`idBase`).
 */
export function conflictRecords(
  collection: CollectionName,
  merged: StoredDocument,
  before: StoredDocument,
  push: { author: string; device: string },
  conflicts: readonly FieldConflict[],
  now: Date,
  idBase = `cf-${merged.seq}`,
): ConflictRecord[] {
  return conflicts.map((c, index) => ({
    id: `${idBase}-${index}`,
    updatedAt: now.toISOString(),
    kind: 'merge',
    collection,
    documentId: merged.id,
    ...enterpriseOf(collection, merged),
    ...(isCaseRecord(collection, merged.data) ? { caseRecord: true } : {}),
    field: pathText(c.path),
    pathJson: JSON.stringify(c.path),
    baseJson: json(c.base),
    serverJson: json(c.server),
    pushedJson: json(c.pushed),
    keptJson: json(c.kept),
    serverAuthor: before.updatedBy,
    serverDevice: before.deviceId,
    pushAuthor: push.author,
    pushDevice: push.device,
    detectedAt: now.toISOString(),
    status: 'open',
  }));
}

/**
 * A refused write, kept so its author (and the supervisors of the author's area) see what was not
 * stored, and why. `readableBefore` is the stored document only when the author may read it: the
 * record must never carry another tenant's data (nor who last wrote it) to the author's side.
 */
export function refusalRecord(
  collection: CollectionName,
  pushed: { data: DocumentData; deleted: boolean },
  readableBefore: StoredDocument | undefined,
  push: { author: string; device: string; digest: string; authorEnterpriseId?: string | undefined },
  reason: string,
  now: Date,
): ConflictRecord {
  const before = readableBefore;
  return {
    id: `rf-${push.digest.slice(0, 40)}`,
    updatedAt: now.toISOString(),
    kind: 'refused',
    reason: reason.slice(0, 500),
    collection,
    documentId: pushed.data.id,
    // The author's enterprise, never the target's: the record is placed by it (refusalPlacement).
    ...(push.authorEnterpriseId ? { enterpriseId: push.authorEnterpriseId } : {}),
    field: '*',
    pathJson: '[]',
    baseJson: 'null',
    serverJson: json(before ? { ...before.data, _deleted: before.deleted } : null).slice(0, 20_000),
    pushedJson: json({ ...pushed.data, _deleted: pushed.deleted }).slice(0, 20_000),
    keptJson: json(before ? { ...before.data, _deleted: before.deleted } : null).slice(0, 20_000),
    serverAuthor: before?.updatedBy ?? '',
    serverDevice: before?.deviceId ?? '',
    pushAuthor: push.author,
    pushDevice: push.device,
    detectedAt: now.toISOString(),
    status: 'open',
  };
}

/** The area codes' longest common prefix: the smallest area holding all of them. */
function commonArea(codes: readonly string[]): string | null {
  const [first, ...rest] = codes;
  if (first === undefined) return null;
  let prefix = first;
  for (const code of rest) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix === '' ? null : prefix;
}

/**
 * Where a refusal record lives: with its author, never with the document it aimed at (a refused
 * row is attacker-controlled text). The author pulls it by user_ids; besides them only their own
 * enterprise (enterprise users) and the supervisors of the author's home area see it: the
 * enterprise's area, the area of an officer's grids (else the officer's own area), a supervisor's area.
 */
export async function refusalPlacement(tx: Pick<StoreTx, 'getEnterpriseScopes' | 'getDocuments'>, author: Principal): Promise<ScopeKeys> {
  const userIds = [author.userId];
  if (author.role === 'enterprise' && author.enterpriseId) {
    const own = (await tx.getEnterpriseScopes([author.enterpriseId])).get(author.enterpriseId);
    return { enterpriseId: author.enterpriseId, gridIds: own?.gridIds ?? [], areaCode: own?.areaCode ?? null, parentId: null, userIds };
  }
  if (author.role === 'officer' && author.gridIds.length > 0) {
    const grids = await tx.getDocuments('grids', author.gridIds);
    const areas = [...grids.values()].flatMap((g) => (typeof g.data['areaCode'] === 'string' ? [g.data['areaCode']] : []));
    return { enterpriseId: null, gridIds: [], areaCode: commonArea(areas) ?? author.areaCode ?? null, parentId: null, userIds };
  }
  return { enterpriseId: null, gridIds: [], areaCode: author.areaCode ?? null, parentId: null, userIds };
}

/**
 * A hazard event the server refused at its place in the order (an officer's offline 确认 after a
 * supervisor's 驳回, evidence after closing…), logged so both sides see the clash (invariant 2):
 * the event's author (`push*`) and whoever's accepted event moved the hazard before it
 * (`server*`; the finder when nothing had). The event is stored and readable by everyone who may
 * see the hazard, so the record carries nothing they could not read and is placed like the
 * event, with both authors named so each pulls it wherever they are. One record per event.
 */
export function eventRefusalRecord(
  event: HazardEvent,
  verdict: { code?: string | undefined; reason?: string | undefined },
  cause: { actorId: string; deviceId: string; state: string },
  now: Date,
): ConflictRecord {
  const { verdict: _verdict, ...pushed } = event;
  return {
    id: `ev-${event.id}`.slice(0, 64),
    updatedAt: now.toISOString(),
    kind: 'refused',
    reason: `${verdict.code ?? 'refused'}: ${verdict.reason ?? ''}`.slice(0, 500),
    collection: 'hazardEvents',
    documentId: event.id,
    enterpriseId: event.enterpriseId,
    field: event.type,
    pathJson: JSON.stringify(['type']),
    baseJson: 'null',
    serverJson: json({ hazardId: event.hazardId, state: cause.state }),
    pushedJson: json(pushed).slice(0, 20_000),
    keptJson: json({ hazardId: event.hazardId, state: cause.state }),
    serverAuthor: cause.actorId,
    serverDevice: cause.deviceId,
    pushAuthor: event.actorId,
    pushDevice: event.deviceId,
    detectedAt: now.toISOString(),
    status: 'open',
  };
}
