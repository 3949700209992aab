import type { SqlQueryable } from './sqlClient';
import type { OfficialNumber, OfficialSeries } from './Store';

/**
 * The next number of a series, inside the caller's write transaction. The counter row is upserted
 * (its row lock serialises concurrent writers even without the store's write lock), and the
 * number is recorded against the document, so the series stays gapless and a document is never
 * numbered twice: asking again for the same document returns its number.
 */
export async function assignOfficialNumber(
  tx: SqlQueryable,
  series: OfficialSeries,
  documentId: string,
  format: (number: number) => string,
): Promise<OfficialNumber> {
  const existing = await tx.query<{ number: number; official_no: string }>(
    'SELECT number, official_no FROM official_numbers WHERE document_id = $1',
    [documentId],
  );
  const had = existing.rows[0];
  if (had) return { number: had.number, officialNo: had.official_no };
  const { rows } = await tx.query<{ last_no: number }>(
    `INSERT INTO official_number_counters (town_code, kind, year, last_no) VALUES ($1, $2, $3, 1)
     ON CONFLICT (town_code, kind, year) DO UPDATE SET last_no = official_number_counters.last_no + 1
     RETURNING last_no`,
    [series.townCode, series.kind, series.year],
  );
  const number = Number((rows[0] as { last_no: number }).last_no);
  const officialNo = format(number);
  await tx.query(
    'INSERT INTO official_numbers (town_code, kind, year, number, document_id, official_no) VALUES ($1, $2, $3, $4, $5, $6)',
    [series.townCode, series.kind, series.year, number, documentId, officialNo],
  );
  return { number, officialNo };
}
