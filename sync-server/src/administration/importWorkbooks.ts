import ExcelJS from 'exceljs';
import { ENTERPRISE_IMPORT_COLUMNS, IMPORT_LABELS, IMPORT_VOCABULARY, REFERENCE_VOCABULARY, type EnterpriseImportResult } from '@anxun/shared-schema';

const STATUS: Record<EnterpriseImportResult['rows'][number]['status'], string> = { created: '新增', updated: '更新', unchanged: '无变化', refused: '拒绝' };

/** The template: its first sheet has the columns in their order; a second lists the accepted values. */
export async function importTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业台账');
  sheet.columns = ENTERPRISE_IMPORT_COLUMNS.map((header) => ({ header, width: header === '企业名称' || header === '地址' ? 32 : 18 }));
  sheet.getRow(1).font = { bold: true };
  // 统一社会信用代码 as text: Excel would otherwise turn a numeric-looking code into a number.
  sheet.getColumn(2).numFmt = '@';
  const help = workbook.addWorksheet('填写说明');
  help.addRow(['必填：企业名称、统一社会信用代码、所属网格（网格名称）。标签之间用“、”分隔。']);
  for (const [column, values] of Object.entries(IMPORT_VOCABULARY)) help.addRow([column, values.join('、')]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import's report as a workbook: one line per row of the file, with the reason of each refusal. */
export async function importReport(result: EnterpriseImportResult): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('汇总');
  summary.addRow([result.dryRun ? '仅检查（未导入）' : '已导入']);
  summary.addRows([['新增', result.summary.created], ['更新', result.summary.updated], ['无变化', result.summary.unchanged], ['拒绝', result.summary.refused]]);
  const rows = workbook.addWorksheet('逐行结果');
  rows.columns = [{ header: '行号', width: 8 }, { header: '结果', width: 10 }, { header: '企业名称', width: 32 }, { header: '统一社会信用代码', width: 22 }, { header: '原因', width: 60 }];
  rows.getRow(1).font = { bold: true };
  for (const r of result.rows) rows.addRow([r.row, STATUS[r.status], r.name ?? '', r.uscc ?? '', r.reason ?? '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The checklist or question import template: the columns in their order, and the accepted values. */
export async function referenceTemplate(columns: readonly string[], sheetName: string, example: readonly string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((header) => ({ header, width: header === '检查内容' || header === '题干' ? 40 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([...example]);
  const help = workbook.addWorksheet('填写说明');
  help.addRow(['第 2 行是示例，可删除。依据条目代码取自法规库（如 aqf.41.2），多个用空格分隔；打印的依据由法规库生成。']);
  for (const [column, values] of Object.entries({ ...REFERENCE_VOCABULARY, 监管类别: Object.keys(IMPORT_LABELS.categories), 标签: Object.keys(IMPORT_LABELS.tags) })) help.addRow([column, values.join('、')]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
