import ExcelJS from 'exceljs';
import type { HazardLevel, HazardSource, KpiSet, MonthlyReport } from '@anxun/shared-schema';

const LEVEL: Record<HazardLevel, string> = { general: '一般隐患', major: '重大隐患' };
const SOURCE: Record<HazardSource, string> = {
  enterpriseSelfCheck: '企业自查', gridPatrol: '网格巡查', enforcement: '执法检查', superiorSupervision: '上级督查',
  thirdParty: '第三方检查', whistleblower: '群众举报', socialGrid: '综治网格上报',
};

const PERCENT = '0.0%';
type Column = { header: string; key: string; width: number; percent?: boolean };

/** The KPI columns shared by 按镇街 and 按网格 (their order is the report's). */
const KPI_COLUMNS: Column[] = [
  { header: '企业数', key: 'enterprises', width: 9 },
  { header: '本月发现隐患', key: 'found', width: 13 },
  { header: '已闭环', key: 'closed', width: 9 },
  { header: '闭环率', key: 'closure', width: 9, percent: true },
  { header: '按期整改率', key: 'onTime', width: 11, percent: true },
  { header: '巡查覆盖率', key: 'coverage', width: 11, percent: true },
  { header: '企业自查率', key: 'selfCheck', width: 11, percent: true },
  { header: '当前逾期', key: 'overdue', width: 9 },
  { header: '最长逾期(天)', key: 'maxOverdue', width: 12 },
  { header: '平均整改天数', key: 'daysToClose', width: 13 },
  { header: '一次复查通过率', key: 'recheck', width: 14, percent: true },
  { header: '重大隐患', key: 'major', width: 9 },
  { header: '重点行业领域巡查率', key: 'keySector', width: 14, percent: true },
  { header: '逢查必考合格率', key: 'exam', width: 14, percent: true },
];

function kpiCells(k: KpiSet): Record<string, number | null> {
  const major = Object.values(k.majorByListing).reduce((a, b) => a + (b ?? 0), 0);
  return {
    enterprises: k.enterprises, found: k.hazardsFound, closed: k.closureRate.numerator, closure: k.closureRate.value,
    onTime: k.onTimeRate.value, coverage: k.inspectionCoverage.value, selfCheck: k.selfCheckRate.value, overdue: k.overdue.count,
    maxOverdue: k.overdue.maxDays, daysToClose: k.averageDaysToClose === null ? null : Math.round(k.averageDaysToClose * 10) / 10,
    recheck: k.firstRecheckPassRate.value, major, keySector: k.keySectorPatrolRate.value, exam: k.examPassRate.value,
  };
}

/** A sheet with a bold, frozen header row, printable on A4 landscape; empty rates stay empty cells. */
function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]) {
  const ws = workbook.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 }, views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(({ header, key, width }) => ({ header, key, width }));
  for (const row of rows) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const [n, column] of columns.entries()) if (column.percent) ws.getColumn(n + 1).numFmt = PERCENT;
  return ws;
}

/** 每月调度通报 as an .xlsx workbook: 按镇街, 按网格, 逾期隐患, 网格排名. */
export async function monthlyWorkbook(report: MonthlyReport): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '安巡 Anxun';
  workbook.title = `每月调度通报 ${report.month}`;
  sheet(workbook, '按镇街', [{ header: '镇街', key: 'label', width: 14 }, ...KPI_COLUMNS], [
    ...report.towns.map((t) => ({ label: t.label, ...kpiCells(t.kpis) })),
    { label: '合计', ...kpiCells(report.total) },
  ]);
  sheet(workbook, '按网格', [{ header: '网格', key: 'label', width: 24 }, { header: '镇街', key: 'town', width: 10 }, ...KPI_COLUMNS],
    report.grids.map((g) => ({ label: g.label, town: g.townName, ...kpiCells(g.kpis) })));
  sheet(workbook, '逾期隐患', [
    { header: '序号', key: 'n', width: 6 }, { header: '隐患', key: 'title', width: 32 }, { header: '企业', key: 'enterprise', width: 28 },
    { header: '镇街', key: 'town', width: 10 }, { header: '网格', key: 'grids', width: 24 }, { header: '等级', key: 'level', width: 10 },
    { header: '来源', key: 'source', width: 12 }, { header: '整改期限', key: 'deadline', width: 12 }, { header: '逾期天数', key: 'days', width: 10 },
  ], report.overdue.map((h, n) => ({
    n: n + 1, title: h.title, enterprise: h.enterpriseName, town: h.townName, grids: h.gridNames.join('、'),
    level: LEVEL[h.level], source: SOURCE[h.source], deadline: h.deadline, days: h.overdueDays,
  })));
  sheet(workbook, '网格排名', [
    { header: '名次', key: 'rank', width: 6 }, { header: '网格', key: 'grid', width: 24 }, { header: '得分', key: 'score', width: 8 },
    { header: '闭环率', key: 'closure', width: 9, percent: true }, { header: '按期整改率', key: 'onTime', width: 11, percent: true },
    { header: '巡查覆盖率', key: 'coverage', width: 11, percent: true }, { header: '当前逾期', key: 'overdue', width: 9 },
  ], report.ranking.map((r) => ({
    rank: r.rank, grid: r.gridName, score: r.score, closure: r.closureRate, onTime: r.onTimeRate, coverage: r.inspectionCoverage, overdue: r.overdueCount,
  })));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
