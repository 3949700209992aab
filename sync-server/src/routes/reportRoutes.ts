import { Hono } from 'hono';
import { MonthlyReportQuery, shanghaiDate } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { problemResponse, zodIssues } from '../http/problemResponse';
import { buildMonthlyReport } from '../reports/buildMonthlyReport';
import { monthlyWorkbook } from '../reports/monthlyWorkbook';
import type { OverviewStore } from '../store/overviewStore';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 每月调度通报 of the supervisor's area, as JSON for the printable page or as an .xlsx workbook. */
export function reportRoutes(overview: OverviewStore, now: () => Date) {
  return new Hono<AppEnv>().get('/monthly', async (c) => {
    const principal = c.get('principal');
    if (principal.role !== 'supervisor' || !principal.areaCode) return problemResponse(c, 'forbidden', 'only supervisors read the monthly report');
    const { access_token: _token, ...raw } = c.req.query();
    const query = MonthlyReportQuery.safeParse(raw);
    if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
    const report = await buildMonthlyReport(overview, principal.areaCode, query.data.month, shanghaiDate(now()));
    if (query.data.format === 'json') return c.json(report);
    const bytes = await monthlyWorkbook(report);
    const filename = `每月调度通报-${report.month}.xlsx`;
    return c.body(bytes.buffer as ArrayBuffer, 200, {
      'Content-Type': XLSX,
      'Content-Disposition': `attachment; filename="monthly-${report.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    });
  });
}
