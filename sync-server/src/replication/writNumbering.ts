import { formatOfficialWritNo, numberedContentChanges, PROBLEMS, shanghaiDate, WritKind } from '@anxun/shared-schema';
import type { StoredDocument, StoreTx } from '../store/Store';
import type { DocumentData } from './documents';

export type WritRowDecision =
  | { ok: true; data: DocumentData }
  | { ok: false; code: 'writ_numbered'; reason: string };

/**
 * The server's part of a pushed writ (执法文书), inside the push transaction:
 * - `officialNo` is the server's alone: whatever a device sends is replaced by the stored number;
 * - a writ without a number gets the next one of its series (its enterprise's town, its kind,
 *   the Asia/Shanghai year of issue), gapless because the counter rolls back with the push;
 * - once numbered, its content is a legal record: an edit other than signatures is refused.
 */
export async function decideWritRow(
  tx: StoreTx,
  next: { data: DocumentData; deleted: boolean },
  before: StoredDocument | undefined,
  now: Date,
  log: (message: string) => void = console.warn,
): Promise<WritRowDecision> {
  const stored = before && !before.deleted ? before.data : undefined;
  const serverNo = typeof stored?.['officialNo'] === 'string' ? stored['officialNo'] : undefined;
  const { officialNo: sent, ...content } = next.data;
  if (sent !== undefined && sent !== serverNo) {
    log(`writ ${next.data.id}: dropped the official number ${JSON.stringify(sent)} a device sent (official numbers are the server's)`);
  }
  if (stored && serverNo !== undefined) {
    const changed = numberedContentChanges(stored, { ...content, officialNo: serverNo });
    if (changed.length > 0) {
      return { ok: false, code: 'writ_numbered', reason: `writ_numbered: ${PROBLEMS.writ_numbered.title}（${serverNo}: ${changed.join(', ')}）` };
    }
    return { ok: true, data: { ...content, officialNo: serverNo } as DocumentData };
  }
  if (next.deleted) return { ok: true, data: content as DocumentData };
  return { ok: true, data: await numberWrit(tx, content as DocumentData, now) };
}

async function numberWrit(tx: StoreTx, writ: DocumentData, now: Date): Promise<DocumentData> {
  const enterpriseId = String(writ['enterpriseId']);
  const enterprise = (await tx.getDocuments('enterprises', [enterpriseId])).get(enterpriseId)?.data;
  // The series is the enterprise's town as the server knows it, not what the device wrote.
  const areaCode = typeof enterprise?.['areaCode'] === 'string' ? enterprise['areaCode'] : String(writ['townCode']);
  const townCode = areaCode.slice(0, 9);
  const townName = typeof enterprise?.['townName'] === 'string' ? enterprise['townName'] : String(writ['townName']);
  const kind = WritKind.parse(writ['kind']);
  // The year of issue, but never a year the server has not reached (device clocks are not trusted).
  const issuedYear = Number(shanghaiDate(String(writ['issuedAt'])).slice(0, 4));
  const year = Math.min(issuedYear, Number(shanghaiDate(now).slice(0, 4)));
  const { officialNo } = await tx.assignOfficialNumber({ townCode, kind, year }, writ.id, (n) => formatOfficialWritNo({ code: townCode, name: townName }, kind, year, n));
  return { ...writ, townCode, townName, officialNo };
}
