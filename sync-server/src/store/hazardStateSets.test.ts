import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TO_RECTIFY_STATES } from '@anxun/shared-schema';
import { openStore, type OpenedStore } from './openStore';
import { STILL_TO_RECTIFY } from './overviewSql';

/** The state lists in SQL are the named sets of shared-schema, including the one migration 010 typed out. */
let opened: OpenedStore;
beforeAll(async () => {
  opened = await openStore({});
});
afterAll(() => opened.db.close());

const quoted = (sql: string) => [...sql.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).sort();

describe('hazard state sets in SQL', () => {
  it('builds the overdue condition of the queries from TO_RECTIFY_STATES', () => {
    expect(quoted(STILL_TO_RECTIFY)).toEqual([...TO_RECTIFY_STATES].sort());
  });

  it('indexes overdue hazards by exactly the same states (migration 010)', async () => {
    const { rows } = await opened.db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'hazard_status_overdue'`);
    expect(rows).toHaveLength(1);
    expect(quoted(rows[0]?.indexdef ?? '')).toEqual([...TO_RECTIFY_STATES].sort());
  });
});
