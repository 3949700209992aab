// Benchmark (not a test) of the ledger import (issue 14): 5,000 rows from an .xlsx, on PGlite in a
// temp dir, against the limit of 30 s, with the floor measured in the same run (the
// same documents written by one multi-row INSERT). Run: npm run bench:import -w sync-server.
// BENCH_ROWS (5,000) rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { completeUscc, ENTERPRISE_IMPORT_COLUMNS } from '@anxun/shared-schema';
import { importEnterprises, inTemplateOrder } from '../src/administration/importEnterprises';
import { readImportSheet } from '../src/administration/importSheet';
import { seedDemoTown } from '../src/seed/seedDemoTown';
import { backfillHazardStatus } from '../src/store/hazardStatusBackfill';
import { migrate } from '../src/store/migrate';
import { openPglite } from '../src/store/pgliteClient';
import { createSqlStore } from '../src/store/sqlStore';
import { countStatements } from './statementCounter';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 5_000);
const LIMIT_S = 30;
const GRIDS = ['杨舍镇工业企业网格一', '杨舍镇工业企业网格二', '杨舍镇九小场所网格'];

async function ledgerFile(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业台账');
  sheet.addRow([...ENTERPRISE_IMPORT_COLUMNS]);
  for (let i = 0; i < ROWS; i++) {
    sheet.addRow([`基准企业${i}有限公司`, completeUscc(`91320582MB${String(i).padStart(7, '0')}`), `杨舍镇工业园 ${i} 号`, GRIDS[i % 3], '机械', ['红', '橙', '黄', '蓝'][i % 4], '规下',
      `法人${i}`, '13800000000', `安全${i}`, '13900000000', i % 5 === 0 ? '粉尘涉爆、有限空间' : '']);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const dir = mkdtempSync(join(tmpdir(), 'anxun-bench-import-'));
// As openStore() builds a PGlite store, reading and writing through a statement counter.
const raw = await openPglite(dir);
await migrate(raw);
await backfillHazardStatus(raw);
await raw.query('ANALYZE');
const counter = countStatements(raw);
const opened = { store: createSqlStore(counter.db, { analyzeAsWritten: true }), db: raw };
try {
  await seedDemoTown(opened.store, new Date());
  counter.take();
  const admin = await opened.store.findUserByUsername('admin');
  if (!admin) throw new Error('the demo town has no admin');
  const bytes = await ledgerFile();
  const run = async (label: string) => {
    const started = performance.now();
    const sheet = await readImportSheet(bytes);
    if (!sheet.ok) throw new Error(sheet.reason);
    const ordered = inTemplateOrder(sheet.header, sheet.rows);
    if (!ordered.ok) throw new Error('columns');
    const result = await importEnterprises(opened.store, admin.principal, 'bench', ordered.rows, false, new Date());
    const ms = performance.now() - started;
    const tally = counter.take();
    console.info(`${label}: ${seconds(ms)} s = ${((100 * ms) / (LIMIT_S * 1000)).toFixed(1)}% of the ${LIMIT_S} s limit — ${JSON.stringify(result.summary)}`);
    console.info(`  ${tally.statements} statements in ${tally.transactions} transactions, ${seconds(tally.sqlMs)} s in SQL; the costliest:`);
    for (const [sql, t] of [...tally.byPrefix].sort((a, b) => b[1].ms - a[1].ms).slice(0, 4)) console.info(`    ${t.count}× ${seconds(t.ms)} s  ${sql}`);
    return ms;
  };
  console.info(`import benchmark: ${ROWS.toLocaleString('en-US')} rows (.xlsx, ${(bytes.length / 1024).toFixed(0)} KB), PGlite, ${new Date().toISOString()}`);
  const first = await run('first import (creates)');
  await run('same file again (unchanged)');
  // The floor: the same number of enterprise documents in one multi-row INSERT, no checks, no history.
  const started = performance.now();
  await opened.db.query(
    `INSERT INTO documents (collection, id, seq, data, area_code, grid_ids, updated_by, device_id)
     SELECT 'bench', 'b-' || i, nextval('document_seq'), d.data, d.area_code, d.grid_ids, 'bench', 'bench'
     FROM generate_series(1, $1) AS i, (SELECT data, area_code, grid_ids FROM documents WHERE collection = 'enterprises' LIMIT 1) AS d`,
    [ROWS],
  );
  const floor = performance.now() - started;
  console.info(`floor (one multi-row INSERT of ${ROWS} documents): ${seconds(floor)} s; the import takes ${(first / floor).toFixed(0)}× the floor`);
} finally {
  await opened.store.close();
  rmSync(dir, { recursive: true, force: true });
}
