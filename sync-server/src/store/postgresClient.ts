import pg from 'pg';
import type { SqlClient } from './sqlClient';

/** node-postgres pool: several stateless server instances can share one PostgreSQL. */
export async function openPostgres(url: string, options: { maxConnections?: number } = {}): Promise<SqlClient> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle pooled connection that breaks (database restart) is discarded by the pool; without
  // this listener the error would end the process.
  pool.on('error', (error) => console.warn(`PostgreSQL pool: idle connection lost: ${error.message}`));
  await pool.query('SELECT 1');
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query(sql, [...params]);
      return { rows: result.rows as Row[] };
    },
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({
          async query<Row>(sql: string, params: readonly unknown[] = []) {
            const r = await client.query(sql, [...params]);
            return { rows: r.rows as Row[] };
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // The original error is what matters; a connection that cannot even roll back is destroyed.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async close() {
      await pool.end();
    },
  };
}
