import { Hono, type Context } from 'hono';
import { AssignedReport, AssignReportRequest, DismissReportRequest, PhotoHash, ReportCheckRequest, VerifyReportRequest, type InboxReport, type Principal } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse } from '../http/problemResponse';
import { PHOTO_HEADERS } from '../http/securityHeaders';
import type { PhotoStore } from '../photos/photoStore';
import { verifyReport } from '../public-reports/verifyReport';
import type { Store } from '../store/Store';

const INBOX_LIMIT = 500;

/** Only supervisors, only reports of towns in their area: everyone else is told nothing exists. */
const handles = (principal: Principal, report: InboxReport): boolean =>
  principal.role === 'supervisor' && !!principal.areaCode && report.townCode.startsWith(principal.areaCode);

/** The officer sent to check, while the report waits for the supervisor's decision. */
const checks = (principal: Principal, report: InboxReport): boolean =>
  principal.role === 'officer' && report.status === 'verifying' && report.assignedOfficer?.id === principal.userId;

/**
 * The supervisors' 举报 inbox. The only answers that carry a reporter's contact; no other route,
 * pull, overview or export reads the public_reports table.
 */
export function reportInboxRoutes(store: Store, photos: PhotoStore, now: () => Date) {
  const reports = store.publicReports;
  const handled = async (c: Context<AppEnv>): Promise<InboxReport | undefined> => {
    const report = await reports.byId(c.req.param('id') ?? '');
    return report && handles(c.get('principal'), report) ? report : undefined;
  };
  const notFound = (c: Context<AppEnv>) => problemResponse(c, 'not_found', 'no such report in your area');
  const done = async (c: Context<AppEnv>, changed: boolean, id: string) =>
    changed ? c.json(await reports.byId(id)) : problemResponse(c, 'report_already_handled');
  return new Hono<AppEnv>()
    // The officer's side: what they were sent to check, without the reporter, notes or decisions.
    .get('/assigned', async (c) => {
      const principal = c.get('principal');
      if (principal.role !== 'officer') return problemResponse(c, 'forbidden', '只有被指派核实的网格员可以查看');
      return c.json({ reports: (await reports.assignedTo(principal.userId)).map((r) => AssignedReport.parse(r)) });
    })
    .post('/:id/check', async (c) => {
      const report = await reports.byId(c.req.param('id'));
      if (!report || !checks(c.get('principal'), report)) return notFound(c);
      const body = await parseJsonBody(c, ReportCheckRequest);
      if (!body.ok) return body.response;
      const recorded = await reports.recordCheck(report.id, c.get('principal').userId, { ...body.value, at: now() });
      const after = recorded ? await reports.byId(report.id) : undefined;
      return after ? c.json(AssignedReport.parse(after)) : problemResponse(c, 'report_already_handled');
    })
    .get('/', async (c) => {
      const principal = c.get('principal');
      if (principal.role !== 'supervisor' || !principal.areaCode) return problemResponse(c, 'forbidden', '举报只由辖区监管人员处理');
      return c.json({ reports: await reports.under(principal.areaCode, INBOX_LIMIT) });
    })
    .get('/:id', async (c) => {
      const report = await handled(c);
      return report ? c.json(report) : notFound(c);
    })
    .get('/:id/officers', async (c) => {
      const report = await handled(c);
      return report ? c.json(await reports.officersOf(report.townCode)) : notFound(c);
    })
    .get('/:id/photos/:sha256', async (c) => {
      const found = await reports.byId(c.req.param('id'));
      const report = found && (handles(c.get('principal'), found) || checks(c.get('principal'), found)) ? found : undefined;
      const hash = PhotoHash.safeParse(c.req.param('sha256'));
      if (!report || !hash.success || !report.photos.some((p) => p.hash === hash.data && p.uploaded)) return notFound(c);
      const photo = await photos.get(hash.data);
      if (!photo) return notFound(c);
      return c.body(new Uint8Array(photo.bytes), 200, { ...PHOTO_HEADERS, 'Content-Type': photo.contentType, 'Cache-Control': 'private, no-store' });
    })
    .post('/:id/assign', async (c) => {
      const report = await handled(c);
      if (!report) return notFound(c);
      const body = await parseJsonBody(c, AssignReportRequest);
      if (!body.ok) return body.response;
      const officers = await reports.officersOf(report.townCode);
      if (!officers.some((o) => o.id === body.value.officerId)) return problemResponse(c, 'validation_failed', undefined, [{ path: 'officerId', message: 'not an officer of this town' }]);
      const changed = await reports.assign(report.id, body.value.officerId, { by: c.get('principal').userId, at: now(), internalNote: body.value.note });
      return done(c, changed, report.id);
    })
    .post('/:id/verify', async (c) => {
      const report = await handled(c);
      if (!report) return notFound(c);
      const body = await parseJsonBody(c, VerifyReportRequest);
      if (!body.ok) return body.response;
      const outcome = await verifyReport(store, c.get('principal'), c.get('deviceId'), report, body.value, now());
      if (!outcome.ok) return problemResponse(c, outcome.code, outcome.detail);
      return c.json(await reports.byId(report.id));
    })
    .post('/:id/dismiss', async (c) => {
      const report = await handled(c);
      if (!report) return notFound(c);
      const body = await parseJsonBody(c, DismissReportRequest);
      if (!body.ok) return body.response;
      const changed = await reports.dismiss(report.id, body.value.publicReason, { by: c.get('principal').userId, at: now(), internalNote: body.value.internalNote });
      return done(c, changed, report.id);
    });
}
