import ExcelJS from 'exceljs';

/** More rows than a town's ledger: a bigger file is refused before anything is planned. */
export const MAX_IMPORT_ROWS = 20_000;

export type SheetRead = { ok: true; header: string[]; rows: string[][] } | { ok: false; reason: string };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The first sheet of an .xlsx (a zip) or a .csv as rows of text cells. A CSV saved by Excel on
 * a Chinese Windows is GB18030, not UTF-8: bytes that are not valid UTF-8 are read as GB18030.
 */
export async function readImportSheet(bytes: Uint8Array): Promise<SheetRead> {
  const table = isZip(bytes) ? await readXlsx(bytes) : readCsv(decodeText(bytes));
  if (!Array.isArray(table)) return table;
  const nonEmpty = table.filter((row) => row.some((c) => c.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) return { ok: false, reason: '文件中没有内容 The file is empty' };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, reason: `一次最多导入 ${MAX_IMPORT_ROWS} 行 At most ${MAX_IMPORT_ROWS} rows per file` };
  return { ok: true, header: header.map((h) => h.normalize('NFKC').trim()), rows };
}

async function readXlsx(bytes: Uint8Array): Promise<string[][] | SheetRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { ok: false, reason: '无法读取 .xlsx 文件，请用模板重新保存 The .xlsx file cannot be read' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, reason: '工作簿中没有工作表 The workbook has no sheet' };
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) return { ok: false, reason: `一次最多导入 ${MAX_IMPORT_ROWS} 行 At most ${MAX_IMPORT_ROWS} rows per file` };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, 40); c++) cells.push(cellText(row.getCell(c)));
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** What the cell shows: a USCC typed as a number or a formula's result is text here. */
function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: commas, double quotes around cells that hold commas, quotes ("") or line breaks. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text.charAt(i + 1) === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}
