import type { WireDocument } from '@anxun/shared-schema';
import { scopeKeysFor } from '../src/replication/scopeKeys';
import { DEMO_USERS } from '../src/seed/demoUsers';
import type { SqlClient } from '../src/store/sqlClient';
import type { ScopeKeys } from '../src/store/Store';
import { hazardFor } from '../src/testing/fixtures';
import { writeDocumentsSetWise, type KeyedHazard, type LimitScope } from './documentsInsertLimit';
import { startBenchServer, type BenchServer } from './pushBenchServer';
import type { StatementTally } from './statementCounter';

/** The client's push batch size: client/src/db/replicateCollection.ts, `push.batchSize`. */
export const PUSH_BATCH = 50;
const OFFICER = 'wangge';

/** The limits, in the order printed: the (documents alone), then what any correct push must write. */
export const LIMIT_SCOPES: readonly LimitScope[] = ['documents', 'history', 'status'];

export interface StoreFigures {
  /** docs/s of each run, in run order, per limit scope. */
  limits: Record<LimitScope, { create: number[]; update: number[] }>;
  pushCreate: number[];
  pushUpdate: number[];
  createTally: StatementTally;
  updateTally: StatementTally;
  /** Wall time of the profiled runs, to set the SQL wait against. */
  createMs: number;
  updateMs: number;
}

const rate = (n: number, ms: number) => (n * 1000) / ms;

async function timed(work: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The officer's enterprises (ent-001…), hazards spread over them round-robin as a patrol would. */
export async function officerEnterprises(db: SqlClient, officer = OFFICER): Promise<ScopeKeys[]> {
  const gridIds = DEMO_USERS.find((u) => u.username === officer)?.gridIds ?? [];
  const { rows } = await db.query<{ id: string; grid_ids: string[]; area_code: string }>(
    `SELECT id, grid_ids, area_code FROM documents WHERE collection = 'enterprises' AND NOT deleted AND grid_ids && $1::text[] ORDER BY id`,
    [gridIds],
  );
  if (rows.length === 0) throw new Error(`no enterprise in the grids of ${officer}`);
  return rows.map((r) => ({ enterpriseId: r.id, gridIds: r.grid_ids, areaCode: r.area_code, parentId: null }));
}

export function newHazards(tag: string, n: number, enterprises: readonly ScopeKeys[], foundBy = 'u-officer-1'): KeyedHazard[] {
  return Array.from({ length: n }, (_, i) => {
    const enterprise = enterprises[i % enterprises.length] as ScopeKeys;
    const data = hazardFor(enterprise.enterpriseId ?? '', `bench-${tag}-${i}`, 'gridPatrol', foundBy);
    return { data, keys: scopeKeysFor('hazards', data, enterprise) };
  });
}

/** The edit a re-check makes: a field the officer may change, and a new updatedAt. */
function rechecked(hazard: KeyedHazard): KeyedHazard {
  return { keys: hazard.keys, data: { ...hazard.data, description: '复查：已整改到位', updatedAt: new Date().toISOString() } };
}

export type Row = { assumedMasterState: WireDocument | null; newDocumentState: WireDocument };

/**
 * Pushes the rows in client-sized batches, one after another as one device does, and returns the
 * documents the server answered. Bodies are serialised before the clock starts (the client's work).
 * Anything but a clean 200 without refusals fails the benchmark: a fast wrong push measures nothing.
 */
export async function pushAll(server: BenchServer, token: string, rows: readonly Row[]): Promise<{ ms: number; answered: Map<string, WireDocument> }> {
  const bodies: string[] = [];
  for (let i = 0; i < rows.length; i += PUSH_BATCH) bodies.push(JSON.stringify(rows.slice(i, i + PUSH_BATCH)));
  const answered = new Map<string, WireDocument>();
  const ms = await timed(async () => {
    for (const body of bodies) {
      const response = await server.post('/api/replication/hazards/push', body, token);
      const text = await response.text();
      if (response.status !== 200 || response.headers.get('x-anxun-refused')) {
        throw new Error(`push: ${response.status} ${decodeURIComponent(response.headers.get('x-anxun-refused') ?? '')} ${text.slice(0, 300)}`);
      }
      for (const doc of JSON.parse(text) as WireDocument[]) answered.set(doc.id, doc);
    }
  });
  return { ms, answered };
}

async function storedRechecks(db: SqlClient, tag: string): Promise<number> {
  const { rows } = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM documents WHERE collection = 'hazards' AND id LIKE $1 AND data->>'description' = '复查：已整改到位'`,
    [`bench-${tag}-%`],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Runs, `runs` times on one store: the set-wise limit (create, then update of the same rows) and
 * Anxun's push (N new hazards, then an update of each with its correct assumed state), each on
 * fresh ids so every run writes the same amount into a table that grows alike for both.
 */
export async function measureStore(raw: SqlClient, kind: 'pglite' | 'postgres', n: number, runs: number, log: (line: string) => void): Promise<StoreFigures> {
  const server = await startBenchServer(raw, kind);
  try {
    const enterprises = await officerEnterprises(raw);
    const limits = Object.fromEntries(LIMIT_SCOPES.map((scope) => [scope, { create: [], update: [] }])) as unknown as StoreFigures['limits'];
    const figures: StoreFigures = { limits, pushCreate: [], pushUpdate: [], createTally: server.counter.take(), updateTally: server.counter.take(), createMs: 0, updateMs: 0 };
    for (let run = 0; run < runs; run++) {
      for (const scope of LIMIT_SCOPES) {
        const limitRows = newHazards(`l${run}${scope[0] ?? ''}`, n, enterprises);
        limits[scope].create.push(rate(n, await timed(() => writeDocumentsSetWise(raw, limitRows, PUSH_BATCH, false, scope))));
        limits[scope].update.push(rate(n, await timed(() => writeDocumentsSetWise(raw, limitRows.map(rechecked), PUSH_BATCH, true, scope))));
      }

      const token = await server.login(OFFICER);
      const pushed = newHazards(`p${run}`, n, enterprises);
      server.counter.take();
      const created = await pushAll(server, token, pushed.map((h) => ({ assumedMasterState: null, newDocumentState: { ...h.data, _deleted: false } })));
      figures.createTally = server.counter.take();
      figures.createMs = created.ms;
      figures.pushCreate.push(rate(n, created.ms));
      // The assumed state is what the server holds: its answer when it stored something else, else what was sent.
      const updated = await pushAll(server, token, pushed.map((h) => ({
        assumedMasterState: created.answered.get(h.data.id) ?? { ...h.data, _deleted: false },
        newDocumentState: { ...rechecked(h).data, _deleted: false },
      })));
      figures.updateTally = server.counter.take();
      figures.updateMs = updated.ms;
      figures.pushUpdate.push(rate(n, updated.ms));
      const stored = await storedRechecks(raw, `p${run}`);
      if (stored !== n) throw new Error(`run ${run}: ${stored} of ${n} updates stored`);
      if (updated.answered.size > 0) log(`  note: the update push answered ${updated.answered.size} documents (stored form differs from the pushed one)`);
      const limitText = LIMIT_SCOPES.map((scope) => `${scope} ${limits[scope].create.at(-1)?.toFixed(0)} / ${limits[scope].update.at(-1)?.toFixed(0)}`).join(', ');
      log(`  run ${run + 1}/${runs}: limits ${limitText} docs/s, push ${figures.pushCreate.at(-1)?.toFixed(0)} / ${figures.pushUpdate.at(-1)?.toFixed(0)} docs/s (create / update)`);
    }
    return figures;
  } finally {
    server.close();
  }
}
