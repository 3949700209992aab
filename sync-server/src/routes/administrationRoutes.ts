import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { EnterpriseImportResult } from '@anxun/shared-schema';
import { importEnterprises, inTemplateOrder } from '../administration/importEnterprises';
import { readImportSheet } from '../administration/importSheet';
import { importReference, REFERENCE_COLUMNS, type ReferenceKind } from '../administration/importReference';
import { importReport, importTemplate, referenceTemplate } from '../administration/importWorkbooks';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse, zodIssues } from '../http/problemResponse';
import type { Store } from '../store/Store';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ImportQuery = z.object({ dryRun: z.enum(['0', '1']).optional() }).strict();

const workbook = (c: Context, bytes: Buffer, ascii: string, name: string) =>
  c.body(new Uint8Array(bytes), 200, { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}` });

/** An example row per reference sheet, so the template shows the expected forms. */
const EXAMPLES: Record<ReferenceKind, { sheet: string; file: [string, string]; example: string[] }> = {
  templates: { sheet: '检查表', file: ['checklist-template.xlsx', '检查表导入模板.xlsx'], example: ['dust-local', '粉尘涉爆专项检查表', '机械、轻工', '粉尘涉爆', 'C3311', 'FC-01', '现场管理', '除尘系统是否按规范设置并正常运行', '看现场', 'l10.11.10', '是', '7'] },
  questions: { sheet: '逢查必考题库', file: ['question-template.xlsx', '逢查必考题库导入模板.xlsx'], example: ['dust-101', '一线员工', '易', '单选', '粉尘清扫应采用哪种方式？', '压缩空气吹扫', '负压吸尘或湿式清扫', '', '', '', '', 'B', '压缩空气吹扫会扬起粉尘，形成爆炸性粉尘云。', '', '粉尘涉爆'] },
};

/** 系统管理员's imports (issue 14): the ledger, checklist templates and 逢查必考 questions; templates, dry runs, the report. */
export function administrationRoutes(store: Store, now: () => Date) {
  const onlyAdmin = (c: Context<AppEnv>) =>
    c.get('principal').role === 'admin' ? null : problemResponse(c, 'forbidden', '只有系统管理员可以导入企业台账。Only administrators import the ledger.');
  return new Hono<AppEnv>()
    .get('/import/enterprises/template', async (c) => onlyAdmin(c) ?? workbook(c, await importTemplate(), 'enterprise-ledger-template.xlsx', '企业台账导入模板.xlsx'))
    .post('/import/enterprises', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      const query = ImportQuery.safeParse(c.req.query());
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const sheet = await readImportSheet(new Uint8Array(await c.req.arrayBuffer()));
      if (!sheet.ok) return problemResponse(c, 'import_unreadable', sheet.reason);
      const ordered = inTemplateOrder(sheet.header, sheet.rows);
      if (!ordered.ok) return problemResponse(c, 'import_unreadable', `第一行缺少列：${ordered.missing.join('、')}。请使用模板。Missing columns: ${ordered.missing.join(', ')}`);
      return c.json(await importEnterprises(store, c.get('principal'), c.get('deviceId'), ordered.rows, query.data.dryRun === '1', now()) satisfies EnterpriseImportResult);
    })
    .get('/import/:kind{templates|questions}/template', async (c) => {
      const kind = c.req.param('kind') as ReferenceKind;
      const { sheet, file, example } = EXAMPLES[kind];
      return onlyAdmin(c) ?? workbook(c, await referenceTemplate(REFERENCE_COLUMNS[kind], sheet, example), file[0], file[1]);
    })
    .post('/import/:kind{templates|questions}', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      const kind = c.req.param('kind') as ReferenceKind;
      const query = ImportQuery.safeParse(c.req.query());
      if (!query.success) return problemResponse(c, 'validation_failed', undefined, zodIssues(query.error));
      const sheet = await readImportSheet(new Uint8Array(await c.req.arrayBuffer()));
      if (!sheet.ok) return problemResponse(c, 'import_unreadable', sheet.reason);
      const columns = REFERENCE_COLUMNS[kind];
      const missing = columns.filter((column) => !sheet.header.includes(column));
      if (missing.length > 0) return problemResponse(c, 'import_unreadable', `第一行缺少列：${missing.join('、')}。请使用模板。Missing columns: ${missing.join(', ')}`);
      const positions = columns.map((column) => sheet.header.indexOf(column));
      const rows = sheet.rows.map((cells) => positions.map((p) => cells[p] ?? ''));
      return c.json(await importReference(store, c.get('principal'), c.get('deviceId'), kind, rows, query.data.dryRun === '1', now()) satisfies EnterpriseImportResult);
    })
    .post('/import/enterprises/report', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      // The caller's own result rendered as a workbook: it holds nothing the server adds.
      const body = await parseJsonBody(c, EnterpriseImportResult);
      if (!body.ok) return body.response;
      return workbook(c, await importReport(body.value), 'enterprise-import-report.xlsx', '企业台账导入结果.xlsx');
    });
}
