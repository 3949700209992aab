import type { CollectionName } from '@anxun/shared-schema';
import { copyEnterpriseFields, readStatusRows, statusRowOf, writeStatusRows, type HazardStatusRow } from './hazardStatusSql';
import type { SqlQueryable } from './sqlClient';
import type { ScopeKeys, StoredDocument } from './Store';

/**
 * Keeps hazard_status (migrations/005) equal to foldHazard of the stored hazard and its events.
 * The store notes every document a write transaction stores and flushes before it commits, so
 * every writer (push, judge, conflict resolution, seed, enterprise move) is covered and a reader
 * never sees a status row that disagrees with the documents it was computed from.
 */
export interface HazardStatusTracker {
  note(collection: CollectionName, stored: StoredDocument, keys: ScopeKeys): void;
  /** A read of hazards' events in this transaction (after its held writes were stored): their complete lists. */
  knowEvents(children: ReadonlyMap<string, readonly StoredDocument[]>): void;
  flush(tx: SqlQueryable): Promise<void>;
}

/** Hazards read per statement, as refreshHazardStatus chunks them. */
const CHUNK = 1000;

interface WrittenHazard {
  stored: StoredDocument;
  keys: ScopeKeys;
}

/**
 * A hazard whose last version this transaction wrote and whose every event it knows (read, then
 * followed through its own writes) is folded from what it holds: one statement then writes all
 * the rows, without reading them back. The rest are read first (refreshHazardStatus). Under the
 * write lock nobody else writes meanwhile, so what the transaction holds is what is stored.
 */
export function hazardStatusTracker(): HazardStatusTracker {
  const hazards = new Set<string>();
  const enterprises = new Set<string>();
  const written = new Map<string, WrittenHazard>();
  /** hazard id → its events by id, for hazards whose events were read. */
  const events = new Map<string, Map<string, StoredDocument>>();
  return {
    note(collection, stored, keys) {
      if (collection === 'hazards') {
        hazards.add(stored.id);
        written.set(stored.id, { stored, keys });
      } else if (collection === 'hazardEvents') {
        const hazardId = stored.data['hazardId'];
        if (typeof hazardId === 'string') hazards.add(hazardId);
        // The status read groups events by parent_id: an event filed elsewhere than its hazardId makes both lists unknown.
        if (typeof hazardId === 'string' && keys.parentId === hazardId) events.get(hazardId)?.set(stored.id, stored);
        else {
          if (typeof hazardId === 'string') events.delete(hazardId);
          if (keys.parentId) events.delete(keys.parentId);
        }
      } else if (collection === 'enterprises') {
        enterprises.add(stored.id);
        // A moved enterprise re-places and re-sequences what hangs off it (sqlStore.ts): what was held is stale.
        written.clear();
        events.clear();
      }
    },
    knowEvents(children) {
      for (const [hazardId, list] of children) events.set(hazardId, new Map(list.map((e) => [e.id, e])));
    },
    async flush(tx) {
      const ids = [...hazards];
      const held = ids.filter((id) => written.has(id) && events.has(id));
      const rows: HazardStatusRow[] = held.flatMap((id) => {
        const { stored, keys } = written.get(id) as WrittenHazard;
        if (stored.deleted) return [];
        const list = [...(events.get(id) as Map<string, StoredDocument>).values()].sort((a, b) => a.seq - b.seq);
        return statusRowOf({ seq: stored.seq, data: stored.data, area_code: keys.areaCode, grid_ids: keys.gridIds, server_time: stored.serverTime }, list);
      });
      const heldIds = new Set(held);
      const read = ids.filter((id) => !heldIds.has(id));
      for (let i = 0; i < read.length; i += CHUNK) rows.push(...(await readStatusRows(tx, read.slice(i, i + CHUNK))));
      if (ids.length > 0) await writeStatusRows(tx, rows, ids);
      await copyEnterpriseFields(tx, [...enterprises]);
      hazards.clear();
      enterprises.clear();
      written.clear();
      events.clear();
    },
  };
}
