import { checkInPlace, CheckIn, GeoPoint, GRID_REFERENCING_COLLECTIONS, type CollectionName } from '@anxun/shared-schema';
import type { StoredDocument, StoreTx } from '../store/Store';
import { canonical, type DocumentData } from './documents';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Checks of a candidate write that need other stored documents; returns a reason to refuse.
 * - A document naming grids (an enterprise, a patrol) names only live grids of its own area, so
 *   nobody files it under another town's grid or an area no grid of it belongs to.
 * - An event belongs to its hazard's enterprise: one naming a hazard of another enterprise
 *   would show on that hazard's timeline (a cross-tenant channel).
 * - A check-in measured away from the STORED enterprise location carries the officer's reason
 *   (the device's own on-site claim is never asked: the server measures).
 */
export async function checkReferences(tx: StoreTx, collection: CollectionName, stored: StoredDocument | undefined, candidate: DocumentData): Promise<string | null> {
  if (GRID_REFERENCING_COLLECTIONS.includes(collection) && scopeChanged(stored, candidate)) {
    const areaCode = typeof candidate['areaCode'] === 'string' ? candidate['areaCode'] : '';
    const gridIds = strings(candidate['gridIds']);
    const grids = await tx.getDocuments('grids', gridIds);
    for (const gridId of gridIds) {
      const grid = grids.get(gridId);
      const gridArea = grid?.data['areaCode'];
      if (!grid || grid.deleted || typeof gridArea !== 'string' || !areaCode.startsWith(gridArea)) {
        return `网格 ${gridId} 不存在或不在区划 ${areaCode} 内 (grid ${gridId} does not exist or lies outside area ${areaCode})`;
      }
    }
  }
  if (collection === 'hazardEvents') {
    const hazardId = String(candidate['hazardId']);
    const hazard = (await tx.getDocuments('hazards', [hazardId])).get(hazardId);
    if (hazard && hazard.data['enterpriseId'] !== candidate['enterpriseId']) {
      return '事件的企业与隐患不一致 (the event names a hazard of another enterprise)';
    }
  }
  if (collection === 'inspections') return checkOffSiteReason(tx, stored, candidate);
  return null;
}

async function checkOffSiteReason(tx: StoreTx, stored: StoredDocument | undefined, candidate: DocumentData): Promise<string | null> {
  if (candidate['type'] === 'selfCheck' || canonical(stored?.data['checkIn']) === canonical(candidate['checkIn'])) return null;
  const checkIn = CheckIn.safeParse(candidate['checkIn']);
  if (!checkIn.success || checkIn.data.offSiteReason) return null;
  const enterpriseId = String(candidate['enterpriseId']);
  const enterprise = (await tx.getDocuments('enterprises', [enterpriseId])).get(enterpriseId);
  const location = GeoPoint.safeParse(enterprise?.data['location']);
  const radius = enterprise?.data['checkInRadiusMetres'];
  const place = checkInPlace({ location: location.success ? location.data : undefined, checkInRadiusMetres: typeof radius === 'number' ? radius : undefined }, checkIn.data);
  return place.kind === 'offSite'
    ? `非现场签到（距企业 ${place.distanceMetres} 米）须说明原因 (a check-in ${place.distanceMetres} m from the enterprise needs a reason)`
    : null;
}

/** Grid references are checked when set: a grid deleted later does not block unrelated edits. */
function scopeChanged(stored: StoredDocument | undefined, candidate: DocumentData): boolean {
  if (!stored || stored.deleted) return true;
  return ['areaCode', 'gridIds'].some((field) => canonical(stored.data[field]) !== canonical(candidate[field]));
}
