import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { EnterpriseImportResult } from '@anxun/shared-schema';
import { importEnterprises, inTemplateOrder } from '../administration/importEnterprises';
import { readImportSheet } from '../administration/importSheet';
import { importReport, importTemplate } from '../administration/importWorkbooks';
import type { AppEnv } from '../http/appEnv';
import { parseJsonBody, problemResponse, zodIssues } from '../http/problemResponse';
import type { Store } from '../store/Store';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ImportQuery = z.object({ dryRun: z.enum(['0', '1']).optional() }).strict();

const workbook = (c: Context, bytes: Buffer, ascii: string, name: string) =>
  c.body(new Uint8Array(bytes), 200, { 'Content-Type': XLSX, 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}` });

/** 系统管理员's ledger import (issue 14): the template, the import itself (or its dry run), its report. */
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
    .post('/import/enterprises/report', async (c) => {
      const refused = onlyAdmin(c);
      if (refused) return refused;
      // The caller's own result rendered as a workbook: it holds nothing the server adds.
      const body = await parseJsonBody(c, EnterpriseImportResult);
      if (!body.ok) return body.response;
      return workbook(c, await importReport(body.value), 'enterprise-import-report.xlsx', '企业台账导入结果.xlsx');
    });
}
