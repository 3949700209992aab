import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonthlyReport, OverviewKpis, monthRange, shanghaiDate } from '@anxun/shared-schema';
import { getJson } from '../testing/overviewClient';
import { createTestServer, type TestServer } from '../testing/testServer';

const NOW = new Date('2026-03-20T04:00:00Z');
const MONTH = '2026-03';
let server: TestServer;
let supervisor: string;

beforeAll(async () => {
  server = await createTestServer({ now: () => NOW });
  supervisor = (await server.login('jianguan')).accessToken;
});
afterAll(async () => server.close());

async function workbook(month: string): Promise<ExcelJS.Workbook> {
  const response = await server.app.request(`/api/reports/monthly?month=${month}&format=xlsx`, { headers: { authorization: `Bearer ${supervisor}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** A sheet as objects keyed by its (Chinese) header row. */
function rowsOf(book: ExcelJS.Workbook, name: string): Record<string, unknown>[] {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows;
}

describe('GET /api/reports/monthly', () => {
  it('answers the month’s KPIs per town and grid, equal to the console’s KPIs of the same period', async () => {
    const { status, body } = await getJson(server, `/api/reports/monthly?month=${MONTH}`, supervisor);
    expect(status).toBe(200);
    const report = MonthlyReport.parse(body);
    expect([report.from, report.to, report.today]).toEqual(['2026-03-01', '2026-03-31', shanghaiDate(NOW)]);
    expect(report.towns.map((t) => t.label)).toEqual(['杨舍镇']);
    const { from, to } = monthRange(MONTH);
    const kpis = OverviewKpis.parse((await getJson(server, `/api/overview/kpis?from=${from}&to=${to}&groupBy=grid`, supervisor)).body);
    expect(report.grids.map((g) => [g.key, g.kpis])).toEqual(kpis.groups.map((g) => [g.key, g.kpis]));
    expect(report.total).toEqual(kpis.total);
    expect(report.ranking.map((r) => r.gridId).sort()).toEqual(report.grids.map((g) => g.key).sort());
  });

  it('lists each hazard overdue today by title and enterprise name', async () => {
    const report = MonthlyReport.parse((await getJson(server, `/api/reports/monthly?month=${MONTH}`, supervisor)).body);
    expect(report.overdue.length).toBe(report.total.overdue.count);
    expect(report.overdue.length).toBeGreaterThan(0);
    for (const h of report.overdue) {
      expect(h.enterpriseName).toMatch(/[\u4e00-\u9fff]/);
      expect(h.title).not.toBe(h.hazardId);
      expect(h.overdueDays).toBeGreaterThan(0);
      expect(h.gridNames.every((g) => g.includes('网格'))).toBe(true);
    }
  });

  it('writes the same figures into a workbook with the four Chinese sheets', async () => {
    const report = MonthlyReport.parse((await getJson(server, `/api/reports/monthly?month=${MONTH}`, supervisor)).body);
    const book = await workbook(MONTH);
    expect(book.worksheets.map((w) => w.name)).toEqual(['按镇街', '按网格', '逾期隐患', '网格排名']);
    const grids = rowsOf(book, '按网格');
    expect(grids.map((r) => [r['网格'], r['本月发现隐患'], r['已闭环'], r['当前逾期']])).toEqual(
      report.grids.map((g) => [g.label, g.kpis.hazardsFound, g.kpis.closureRate.numerator, g.kpis.overdue.count]),
    );
    const towns = rowsOf(book, '按镇街');
    expect(towns.at(-1)?.['镇街']).toBe('合计');
    expect(towns.at(-1)?.['本月发现隐患']).toBe(report.total.hazardsFound);
    expect(rowsOf(book, '逾期隐患').map((r) => [r['隐患'], r['企业'], r['逾期天数']])).toEqual(report.overdue.map((h) => [h.title, h.enterpriseName, h.overdueDays]));
    expect(rowsOf(book, '网格排名').map((r) => [r['名次'], r['网格']])).toEqual(report.ranking.map((r) => [r.rank, r.gridName]));
    expect(book.getWorksheet('按网格')?.getColumn(1).width).toBeGreaterThanOrEqual(20);
  });

  it('refuses a malformed month with problem JSON, and every role but supervisors', async () => {
    for (const month of ['2026-13', '2026-3', 'march']) {
      const { status, body } = await getJson(server, `/api/reports/monthly?month=${month}`, supervisor);
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 'validation_failed' });
    }
    expect((await getJson(server, '/api/reports/monthly', supervisor)).status).toBe(400);
    const officer = (await server.login('wangge')).accessToken;
    expect((await getJson(server, `/api/reports/monthly?month=${MONTH}`, officer)).status).toBe(403);
  });
});
