import { Principal, type ChangeNotice } from '@anxun/shared-schema';
import { changeAnnouncer } from './changeAnnouncer';
import { writerGate } from './writerGate';
import { changedDocuments, notifyChanges } from './changeNotifications';
import { createAdminStore } from './adminSql';
import { createPlacesStore } from './placesSql';
import { createAuthStore } from './authSql';
import { createPublicReportStore } from './publicReportSql';
import { hazardStatusTracker } from './hazardStatusTracker';
import { pullPages } from './pullSql';
import { readSequencedSpan } from './sequencedSpan';
import type { SqlClient, SqlQueryable } from './sqlClient';
import type { Store, UserRecord } from './Store';
import { storeTransaction } from './storeTransaction';

/** Every transactional writer takes this lock first: commits then happen in sequence order (docs/architecture.md, "The write lock"). */
export const WRITE_LOCK = 7710002;
/** One write holding the lock and one ready behind it, per instance (writerGate.ts). */
const WRITERS_HOLDING_CONNECTIONS = 2;

export interface SqlStoreOptions {
  /** Shared PostgreSQL: the LISTEN/NOTIFY channel told which collections each write transaction changed. */
  notifyChannel?: string | undefined;
  /**
   * PGlite has no autovacuum: without statistics its planner reads 50 documents by id with a
   * bitmap scan ~90× slower than the index scan it picks once the tables are analysed (measured
   * on 20k hazards: 21 ms → 0.24 ms). The store then analyses the written tables itself, as
   * autovacuum would, but only once as many documents were written as the table held at the
   * last analysis (a geometric series: the cost stays proportional to what was written; at half
   * it was 0.04–0.06 ms of a pushed row's ~0.7, issue 17) and without the JSON columns.
   */
  analyzeAsWritten?: boolean;
}

/** The columns the write path and the pulls filter on; sampling the JSON bodies would cost most and plan nothing. */
const ANALYZED_TABLES = `documents (collection, id, seq, deleted, enterprise_id, grid_ids, area_code, parent_id, user_ids),
  document_history (collection, id, pushed_digest), hazard_status, photo_refs`;

/** Runs ANALYZE when enough was written since the last one. */
function analyzer(db: SqlClient) {
  let written = 0;
  let threshold = 500;
  return async (count: number): Promise<void> => {
    written += count;
    if (written < threshold) return;
    written = 0;
    await db.query(`ANALYZE ${ANALYZED_TABLES}`);
    const { rows } = await db.query<{ n: number | string }>(`SELECT reltuples AS n FROM pg_class WHERE relname = 'documents'`);
    threshold = 500 + Math.max(0, Number(rows[0]?.n ?? 0));
  };
}

/** The store over any PostgreSQL driver (PGlite embedded, or node-postgres). */
export function createSqlStore(db: SqlClient, options: SqlStoreOptions = {}): Store {
  const changes = changeAnnouncer(db, options.notifyChannel);
  const gate = writerGate(WRITERS_HOLDING_CONNECTIONS);
  const analyze = options.analyzeAsWritten ? analyzer(db) : undefined;
  return {
    async writeTransaction(work) {
      let notice: ChangeNotice | undefined;
      let written = 0;
      const result = await gate(() => db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const statuses = hazardStatusTracker();
        const api = storeTransaction(tx, statuses);
        // Always: this process's streams and principal caches learn of every commit, NOTIFY or not.
        const firstSeq = await api.peekNextSeq();
        const result = await work(api);
        // Before commit: the held writes are stored, and the status rows change in the same transaction as the documents.
        await api.flush();
        await statuses.flush(tx);
        const changed = await changedDocuments(tx, firstSeq);
        if (changed.documents.length > 0) {
          notice = { ...changed, users: [] };
          if (options.notifyChannel) await notifyChanges(tx, options.notifyChannel, notice);
        }
        written = api.writeCount();
        return result;
      }));
      // Committed: now this process's streams and principal caches may learn of it.
      if (notice) changes.tellHere(notice);
      await analyze?.(written);
      return result;
    },
    onChanges: (listener) => changes.subscribe(listener),
    async pull(collection, principal, after, limit) {
      // The single pull is the batch of one: both answer from the same query.
      const [page] = await pullPages(db, principal, [{ collection, after, limit }]);
      return page ?? { documents: [] };
    },
    pullMany: (principal, parts) => pullPages(db, principal, parts),
    sequencedBetween: (collections, span, limit) => readSequencedSpan(db, collections, span, limit),
    async lastPosition() {
      const { rows } = await db.query<{ seq: string; id: string }>('SELECT seq, id FROM documents ORDER BY seq DESC LIMIT 1');
      const row = rows[0];
      return row ? { seq: Number(row.seq), id: row.id } : { seq: 0, id: '' };
    },
    async history(collection, id) {
      const { rows } = await db.query<{ seq: string; actor_id: string; device_id: string; server_time: Date | string; deleted: boolean; after: unknown }>(
        'SELECT seq, actor_id, device_id, server_time, deleted, after FROM document_history WHERE collection = $1 AND id = $2 ORDER BY history_id',
        [collection, id],
      );
      return rows.map((r) => ({
        seq: Number(r.seq), actorId: r.actor_id, deviceId: r.device_id, serverTime: new Date(r.server_time).toISOString(), deleted: r.deleted, after: r.after,
      }));
    },
    async findUserByUsername(username) {
      return findUser(db, 'username', username);
    },
    async findUserById(id) {
      return findUser(db, 'id', id);
    },
    async upsertUser({ principal: p, passwordHash }) {
      await db.query(
        `INSERT INTO users (id, username, password_hash, display_name, role, officer_kind, grid_ids, enterprise_id, area_code, must_change_password)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET username = $2, password_hash = $3, display_name = $4, role = $5, officer_kind = $6,
           grid_ids = $7, enterprise_id = $8, area_code = $9, must_change_password = $10`,
        [p.userId, p.username, passwordHash, p.displayName, p.role, p.officerKind ?? null, p.gridIds, p.enterpriseId ?? null, p.areaCode ?? null, p.mustChangePassword === true],
      );
      await changes.announce({ documents: [], users: [p.userId] });
    },
    async listOfficers() {
      const { rows } = await db.query<UserRow & { grids: string[] | null }>(
        `SELECT u.*, ARRAY(SELECT g.id FROM documents g WHERE g.collection = 'grids' AND NOT g.deleted
           AND g.data->'officerIds' @> jsonb_build_array(u.id) ORDER BY g.id) AS grids
         FROM users u WHERE u.role = 'officer' ORDER BY u.id`,
      );
      return rows.map((r) => principalOf(r, r.grids ?? [], []));
    },
    auth: createAuthStore(db, userFromRow, PRINCIPAL_COLUMNS, (users) => changes.announce({ documents: [], users })),
    admin: createAdminStore(db, (users) => changes.announce({ documents: [], users })),
    places: createPlacesStore(db),
    publicReports: createPublicReportStore(db),
    async getSetting(key) {
      const { rows } = await db.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
      return rows[0]?.value;
    },
    async setSetting(key, value) {
      await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2', [key, value]);
    },
    close: () => db.close(),
  };
}

interface UserRow {
  id: string; username: string; password_hash: string; display_name: string; role: string;
  officer_kind: string | null; grid_ids: string[]; enterprise_id: string | null; area_code: string | null;
  officer_grids?: string[] | null; task_enterprises?: string[] | null;
  must_change_password?: boolean; disabled_at?: Date | string | null;
}

/**
 * The columns that make a users row (`u`) a principal in the same statement: an officer's grids
 * are the grids whose officerIds name them (assigning a grid is one edit of the grid), and their
 * open 双随机 tasks bring those tasks' enterprises into scope until done or cancelled.
 */
const PRINCIPAL_COLUMNS = `u.*,
  CASE WHEN u.role = 'officer' THEN ARRAY(SELECT g.id FROM documents g WHERE g.collection = 'grids' AND NOT g.deleted
    AND g.data->'officerIds' @> jsonb_build_array(u.id) ORDER BY g.id) END AS officer_grids,
  CASE WHEN u.role = 'officer' THEN ARRAY(SELECT DISTINCT t.data->>'enterpriseId' FROM documents t WHERE t.collection = 'tasks' AND NOT t.deleted
    AND u.id = ANY(t.user_ids) AND t.data->>'status' IN ('assigned', 'inProgress') ORDER BY 1) END AS task_enterprises`;

async function findUser(db: SqlQueryable, column: 'id' | 'username', value: string): Promise<UserRecord | undefined> {
  const { rows } = await db.query<UserRow>(`SELECT ${PRINCIPAL_COLUMNS} FROM users u WHERE u.${column} = $1`, [value]);
  const r = rows[0];
  return r ? userFromRow(r) : undefined;
}

function userFromRow(r: UserRow): UserRecord {
  return { principal: principalOf(r, r.role === 'officer' ? r.officer_grids ?? [] : r.grid_ids, r.task_enterprises ?? []), passwordHash: r.password_hash, ...(r.disabled_at ? { disabled: true } : {}) };
}

function principalOf(r: UserRow, gridIds: string[], taskEnterpriseIds: string[]): Principal {
  return Principal.parse({
    userId: r.id, username: r.username, displayName: r.display_name, role: r.role,
    ...(r.officer_kind ? { officerKind: r.officer_kind } : {}),
    gridIds,
    ...(taskEnterpriseIds.length > 0 ? { taskEnterpriseIds } : {}),
    ...(r.enterprise_id ? { enterpriseId: r.enterprise_id } : {}),
    ...(r.area_code ? { areaCode: r.area_code } : {}),
    ...(r.must_change_password ? { mustChangePassword: true } : {}),
  });
}
