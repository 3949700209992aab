import { z } from 'zod';

/**
 * An Anxun backup is one gzip'd file of JSON lines, written and read as a stream so a town's
 * years of photos never have to fit in memory:
 *
 *   {"format":"anxun-backup","version":1,"migrations":[1,2,…],"createdAt":…,"source":"postgres"}
 *   {"table":"users","row":{…}}            every row of every state table, parents first
 *   {"sequence":"document_seq","value":"812","called":true}
 *   {"photo":"<sha256>","bytes":"<base64>"}  one line per photo, whatever storage held it
 *   {"end":true,"rows":{"users":12,…},"photos":34}
 *
 * The end line proves the file is whole: a restore commits nothing without it. It holds password
 * hashes, sessions and every document: keep it as secret as the database (docs/backup.md).
 */
export const BACKUP_FORMAT = 'anxun-backup';
export const BACKUP_VERSION = 1;

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** The migrations applied to the store the rows come from: the rows have that schema. */
  migrations: z.array(z.number().int().positive()),
  createdAt: z.string(),
  source: z.enum(['pglite', 'postgres']),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export const SequenceLine = z.object({ sequence: z.string().min(1), value: z.string().regex(/^-?\d+$/), called: z.boolean() });
export const PhotoLine = z.object({ photo: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.string() });
export const EndLine = z.object({ end: z.literal(true), rows: z.record(z.string(), z.number().int().nonnegative()), photos: z.number().int().nonnegative() });

/** A row line is written by hand so the row's jsonb text is copied, never parsed (see rowLineParts). */
export const rowLine = (table: string, row: string) => `{"table":${JSON.stringify(table)},"row":${row}}`;

/**
 * Splits a row line into its table and its row's raw JSON text without parsing the row in
 * JavaScript (a parse would round bigints). Undefined when the line is not a row line.
 */
export function rowLineParts(line: string): { table: string; row: string } | undefined {
  const match = /^\{"table":("(?:[^"\\]|\\.)*"),"row":(\{.*\})\}$/.exec(line);
  if (!match?.[1] || !match[2]) return undefined;
  return { table: JSON.parse(match[1]) as string, row: match[2] };
}
