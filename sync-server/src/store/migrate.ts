import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqlClient } from './sqlClient';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** The versions of the migration files this code knows, ascending. */
export function knownMigrations(): number[] {
  return migrationFiles().map((file) => Number.parseInt(file, 10));
}

function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
}

/**
 * Applies the versioned SQL files in migrations/ that this database has not seen, in order.
 * `only` stops at a backup's schema: a restore loads rows into the schema they were written in,
 * and the migrations after it then run over them as over any database.
 */
export async function migrate(db: SqlClient, only?: ReadonlySet<number>): Promise<number[]> {
  // Several server instances may start at once against one PostgreSQL: one migrates, the others
  // wait. The lock comes first: even CREATE TABLE IF NOT EXISTS fails when two run at once.
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7710001)');
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const file of migrationFiles()) {
      const version = Number.parseInt(file, 10);
      if (done.has(version) || (only && !only.has(version))) continue;
      for (const statement of splitStatements(readFileSync(MIGRATIONS_DIR + file, 'utf8'))) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}

/** Migrations hold plain DDL statements separated by semicolons at line ends (no functions with bodies). */
function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
