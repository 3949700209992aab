import type { SqlQueryable } from './sqlClient';

/**
 * The SQL of backups (backup/). Generic over the schema on purpose: every table of the public
 * schema is state, so a table a later migration adds is backed up without a change here. Only
 * two are not rows of the file: schema_migrations (the header says which migrations ran) and
 * photo_blobs (photos travel as photo lines, whatever storage they come from or go to).
 */
const NOT_ROWS = new Set(['schema_migrations', 'photo_blobs']);

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables whose rows a backup carries, every table before the tables that reference it. */
export async function stateTables(db: SqlQueryable): Promise<string[]> {
  const tables = (await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )).rows.map((r) => r.name).filter((name) => !NOT_ROWS.has(name));
  const references = (await db.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace`,
  )).rows;
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const r of references) if (r.child === table && r.parent !== table) visit(r.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered.filter((t) => tables.includes(t));
}

/** Versions of the migrations applied; undefined when the database has never been migrated. */
export async function appliedMigrations(db: SqlQueryable): Promise<number[] | undefined> {
  const { rows } = await db.query<{ present: boolean }>(`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`);
  if (!rows[0]?.present) return undefined;
  return (await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
}

/**
 * One page of a table's rows as jsonb text, in physical order from `after` (a ctid). Inside a
 * REPEATABLE READ transaction the pages together are one snapshot. The text is never parsed
 * in JavaScript, so bigints, numerics and timestamps keep every digit.
 */
export async function rowsAfter(db: SqlQueryable, table: string, after: string, limit: number): Promise<{ at: string; row: string }[]> {
  return (await db.query<{ at: string; row: string }>(
    `SELECT ctid::text AS at, to_jsonb(r)::text AS row FROM ${quoted(table)} r WHERE ctid > $1::tid ORDER BY ctid LIMIT ${limit}`,
    [after],
  )).rows;
}

/** Tables (of `tables`) that hold at least one row: a restore goes only into an empty store. */
export async function nonEmptyTables(db: SqlQueryable, tables: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    if ((await db.query(`SELECT 1 FROM ${quoted(table)} LIMIT 1`)).rows.length > 0) found.push(table);
  }
  return found;
}

/** Inserts rows given as jsonb texts of the table's own shape (written by rowsAfter). */
export async function insertRows(db: SqlQueryable, table: string, rows: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(`INSERT INTO ${quoted(table)} SELECT * FROM jsonb_populate_recordset(NULL::${quoted(table)}, $1::jsonb)`, [`[${rows.join(',')}]`]);
}

export interface SequenceState {
  name: string;
  value: string;
  called: boolean;
}

/** Every sequence of the public schema (document_seq, serial columns): read after the rows, so never behind them. */
export async function sequenceStates(db: SqlQueryable): Promise<SequenceState[]> {
  const names = (await db.query<{ name: string }>(`SELECT sequence_name AS name FROM information_schema.sequences WHERE sequence_schema = 'public' ORDER BY 1`)).rows;
  const states: SequenceState[] = [];
  for (const { name } of names) {
    const { rows } = await db.query<{ value: string; called: boolean }>(`SELECT last_value::text AS value, is_called AS called FROM ${quoted(name)}`);
    if (rows[0]) states.push({ name, ...rows[0] });
  }
  return states;
}

export async function setSequence(db: SqlQueryable, state: SequenceState): Promise<void> {
  await db.query('SELECT setval($1::regclass, $2::bigint, $3)', [quoted(state.name), state.value, state.called]);
}

/** The hashes of every stored photo (rows of `photos`), for the photo lines after the tables. */
export async function photoHashesAfter(db: SqlQueryable, after: string, limit: number): Promise<string[]> {
  return (await db.query<{ hash: string }>('SELECT hash FROM photos WHERE hash > $1 ORDER BY hash LIMIT $2', [after, limit])).rows.map((r) => r.hash);
}
