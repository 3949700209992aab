import {
  newHazardEvent, newId, type Hazard, type HazardEvent, type InboxReport, type Principal, type VerifyReportRequest,
} from '@anxun/shared-schema';
import { applyPush, validatePushRows } from '../replication/push';
import type { Store } from '../store/Store';

export type VerifyOutcome = { ok: true; hazardId: string } | { ok: false; code: 'report_already_handled' | 'forbidden' | 'validation_failed'; detail: string };

/**
 * 核实属实: the report becomes a hazard of source 举报 on a ledger enterprise, written through the
 * push path as the supervisor (judged against what is stored, scoped, in the history, pulled and
 * streamed like any hazard). The report is claimed first, conditionally, so two supervisors
 * cannot both open a hazard for it; a refused hazard gives the claim back. The hazard says where
 * it came from but carries no code, no contact and no reporter.
 */
export async function verifyReport(store: Store, principal: Principal, deviceId: string, report: InboxReport, request: VerifyReportRequest, now: Date): Promise<VerifyOutcome> {
  const hazardId = `hz-${newId()}`;
  const at = now.toISOString();
  const photos = request.includePhotos ? report.photos.filter((p) => p.uploaded).map((p) => p.hash) : [];
  const hazard: Hazard = {
    id: hazardId, updatedAt: at, no: `举-${hazardId.slice(3, 11).toUpperCase()}`, enterpriseId: request.enterpriseId,
    title: request.title, description: `群众举报（${report.receivedAt.slice(0, 10)}受理）：${report.description}`.slice(0, 4000),
    location: report.address, category: request.category, proposedLevel: request.level, basis: '',
    source: 'whistleblower', foundBy: principal.userId, foundAt: at, photosBefore: photos, requiredMeasures: request.requiredMeasures,
  };
  const hazardRows = validatePushRows('hazards', [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }]);
  if (!hazardRows.ok) return { ok: false, code: 'validation_failed', detail: hazardRows.issues.map((i) => i.message).join('; ') };
  if (!(await store.publicReports.markVerified(report.id, hazardId, { by: principal.userId, at: now, internalNote: request.internalNote }))) {
    return { ok: false, code: 'report_already_handled', detail: 'another supervisor handled this report first' };
  }
  // The supervisor was served these bytes through the report: they may attach them (photoSql.ts).
  await store.publicReports.grantPhotos(photos, principal.userId);
  const written = await applyPush(store, principal, deviceId, 'hazards', hazardRows.rows, () => now);
  if (written.refused.length > 0 || written.written.length === 0) {
    await store.publicReports.undoVerified(report.id, report.status);
    return { ok: false, code: 'forbidden', detail: written.refused[0]?.reason ?? 'the hazard was not stored' };
  }
  // A general hazard goes to the enterprise with its deadline; a major one is reported for confirmation.
  const event: HazardEvent = request.level === 'general'
    ? newHazardEvent(hazard, 'assign', { deadline: request.deadline }, { principal, deviceId }, `ev-${newId()}`, now)
    : newHazardEvent(hazard, 'report', {}, { principal, deviceId }, `ev-${newId()}`, now);
  const eventRows = validatePushRows('hazardEvents', [{ assumedMasterState: null, newDocumentState: { ...event, _deleted: false } }]);
  if (eventRows.ok) await applyPush(store, principal, deviceId, 'hazardEvents', eventRows.rows, () => now);
  return { ok: true, hazardId };
}
