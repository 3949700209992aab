import { Principal, type ChangeNotice, type CollectionName } from '@anxun/shared-schema';
import { changeAnnouncer } from './changeAnnouncer';
import { writerGate } from './writerGate';
import { changedDocuments, notifyChanges } from './changeNotifications';
import { createAdminStore } from './adminSql';
import { createAuthStore } from './authSql';
import { assignOfficialNumber } from './officialNumberSql';
import { hazardStatusTracker, type HazardStatusTracker } from './hazardStatusSql';
import { updatePhotoRefs } from './photoSql';
import { scopeCondition } from './scopeSql';
import type { SqlClient, SqlQueryable } from './sqlClient';
import type { ScopeKeys, Store, StoredDocument, StoreTx, UserRecord } from './Store';

interface DocumentRow {
  collection: CollectionName;
  id: string;
  seq: string | number;
  deleted: boolean;
  data: Record<string, unknown> & { id: string };
  server_time: Date | string;
  updated_by: string;
  device_id: string;
}

const DOC_COLUMNS = 'collection, id, seq, deleted, data, server_time, updated_by, device_id';

function toStored(row: DocumentRow): StoredDocument {
  return {
    collection: row.collection,
    id: row.id,
    seq: Number(row.seq),
    deleted: row.deleted,
    data: row.data,
    serverTime: new Date(row.server_time).toISOString(),
    updatedBy: row.updated_by,
    deviceId: row.device_id,
  };
}

/** Both transactional writers take this lock first: commits then happen in sequence order. */
export const WRITE_LOCK = 7710002;
/** One write holding the lock and one ready behind it, per instance (writerGate.ts). */
const WRITERS_HOLDING_CONNECTIONS = 2;

function transactionApi(tx: SqlQueryable, statuses: HazardStatusTracker): StoreTx {
  return {
    async getDocuments(collection, ids) {
      if (ids.length === 0) return new Map();
      const { rows } = await tx.query<DocumentRow>(
        `SELECT ${DOC_COLUMNS} FROM documents WHERE collection = $1 AND id = ANY($2::text[])`,
        [collection, [...ids]],
      );
      return new Map(rows.map((r) => [r.id, toStored(r)]));
    },
    async getEnterpriseScopes(ids) {
      if (ids.length === 0) return new Map();
      const { rows } = await tx.query<{ id: string; grid_ids: string[]; area_code: string }>(
        `SELECT id, grid_ids, area_code FROM documents WHERE collection = 'enterprises' AND id = ANY($1::text[])`,
        [[...ids]],
      );
      return new Map(rows.map((r) => [r.id, { enterpriseId: r.id, gridIds: r.grid_ids, areaCode: r.area_code, parentId: null }]));
    },
    async getChildren(collection, parentId) {
      const { rows } = await tx.query<DocumentRow>(
        `SELECT ${DOC_COLUMNS} FROM documents WHERE collection = $1 AND parent_id = $2 ORDER BY seq`,
        [collection, parentId],
      );
      return rows.map(toStored);
    },
    async write(collection, doc, before, meta) {
      const k: ScopeKeys = doc.keys;
      const { rows } = await tx.query<DocumentRow>(
        `INSERT INTO documents (collection, id, seq, deleted, data, enterprise_id, grid_ids, area_code, parent_id, updated_by, device_id, server_time, user_ids)
         VALUES ($1, $2, nextval('document_seq'), $3, $4, $5, $6, $7, $8, $9, $10, now(), $11)
         ON CONFLICT (collection, id) DO UPDATE SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, data = EXCLUDED.data,
           enterprise_id = EXCLUDED.enterprise_id, grid_ids = EXCLUDED.grid_ids, area_code = EXCLUDED.area_code,
           parent_id = EXCLUDED.parent_id, updated_by = EXCLUDED.updated_by, device_id = EXCLUDED.device_id, server_time = now(),
           user_ids = EXCLUDED.user_ids
         RETURNING ${DOC_COLUMNS}`,
        [collection, doc.id, doc.deleted, JSON.stringify(doc.data), k.enterpriseId, k.gridIds, k.areaCode, k.parentId, meta.actorId, meta.deviceId, k.userIds ?? null],
      );
      const stored = toStored(rows[0] as DocumentRow);
      if (collection === 'enterprises') {
        // Documents hanging off a moved enterprise follow it, with new sequences, so users who
        // can see them now receive them even though their content is old.
        await tx.query(
          `UPDATE documents SET seq = nextval('document_seq'), grid_ids = $2, area_code = $3
           WHERE enterprise_id = $1 AND collection <> 'enterprises' AND (grid_ids IS DISTINCT FROM $2 OR area_code IS DISTINCT FROM $3)`,
          [doc.id, k.gridIds, k.areaCode],
        );
      }
      await updatePhotoRefs(tx, collection, doc.id, doc.deleted ? {} : doc.data, meta.actorId);
      statuses.note(collection, doc.data);
      await tx.query(
        `INSERT INTO document_history (collection, id, seq, actor_id, device_id, deleted, before, after, pushed_digest) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [collection, doc.id, stored.seq, meta.actorId, meta.deviceId, doc.deleted, before ? JSON.stringify(before.data) : null, JSON.stringify(doc.data), meta.pushedDigest ?? null],
      );
      return stored;
    },
    async wasPushedBefore(collection, id, digest) {
      const { rows } = await tx.query('SELECT 1 FROM document_history WHERE collection = $1 AND id = $2 AND pushed_digest = $3 LIMIT 1', [collection, id, digest]);
      return rows.length > 0;
    },
    async peekNextSeq() {
      const { rows } = await tx.query<{ last_value: string; is_called: boolean }>('SELECT last_value, is_called FROM document_seq');
      const row = rows[0];
      return row ? Number(row.last_value) + (row.is_called ? 1 : 0) : 1;
    },
    assignOfficialNumber: (series, documentId, format) => assignOfficialNumber(tx, series, documentId, format),
  };
}

export interface SqlStoreOptions {
  /** Shared PostgreSQL: the LISTEN/NOTIFY channel told which collections each write transaction changed. */
  notifyChannel?: string | undefined;
}

/** The store over any PostgreSQL driver (PGlite embedded, or node-postgres). */
export function createSqlStore(db: SqlClient, options: SqlStoreOptions = {}): Store {
  const changes = changeAnnouncer(db, options.notifyChannel);
  const gate = writerGate(WRITERS_HOLDING_CONNECTIONS);
  return {
    async writeTransaction(work) {
      let notice: ChangeNotice | undefined;
      const result = await gate(() => db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const statuses = hazardStatusTracker();
        const api = transactionApi(tx, statuses);
        const firstSeq = await api.peekNextSeq();
        const result = await work(api);
        // Before commit: the status rows change in the same transaction as the documents.
        await statuses.flush(tx);
        const documents = await changedDocuments(tx, firstSeq);
        if (documents.length > 0) {
          notice = { documents, users: [] };
          if (options.notifyChannel) await notifyChanges(tx, options.notifyChannel, notice);
        }
        return result;
      }));
      // Committed: now this process's streams and principal caches may learn of it.
      if (notice) changes.tellHere(notice);
      return result;
    },
    onChanges: (listener) => changes.subscribe(listener),
    async pull(collection, principal, after, limit) {
      const scope = scopeCondition(collection, principal, 5);
      const { rows } = await db.query<DocumentRow>(
        `SELECT ${DOC_COLUMNS} FROM documents
         WHERE collection = $1 AND (seq, id) > ($2::bigint, $3::text) AND ${scope.sql}
         ORDER BY seq, id LIMIT $4`,
        [collection, after.seq, after.id, limit, ...scope.params],
      );
      return { documents: rows.map(toStored) };
    },
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
