import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { newId, type Checkpoint, type Hazard } from '@anxun/shared-schema';
import { sampleHazard } from '@anxun/shared-schema/testing';
import { openDatabase, type AnxunDatabase } from './database';
import { replicateCollection, type CollectionReplication, type ReplicatedDoc } from './replicateCollection';
import { MemoryStorage } from '../testing/MemoryStorage';
import { sweepingPull } from '../sync/sweepingPull';
import { Subject } from 'rxjs';

/**
 * A server in memory with the real pull rule: a checkpoint of another scope restarts at zero.
 * The scope is the set of enterprises the officer may see.
 */
class ScopedServer {
  docs: (Hazard & { seq: number; _deleted: boolean })[] = [];
  pushed: ReplicatedDoc[] = [];
  constructor(public scope: string[]) {}
  put(hazard: Hazard) {
    this.docs = [...this.docs.filter((d) => d.id !== hazard.id), { ...hazard, seq: this.docs.length + 1, _deleted: false }];
  }
  pull = (checkpoint: Checkpoint | undefined, limit: number) => {
    const scope = this.scope.join(',');
    const after = checkpoint && checkpoint.scope === scope ? checkpoint.seq : 0;
    const page = this.docs.filter((d) => this.scope.includes(d.enterpriseId) && d.seq > after).sort((a, b) => a.seq - b.seq).slice(0, limit);
    const last = page.at(-1);
    return Promise.resolve({
      documents: page.map(({ seq: _seq, ...doc }) => doc as ReplicatedDoc),
      checkpoint: { seq: last?.seq ?? after, id: last?.id ?? '', scope },
    });
  };
}

let db: AnxunDatabase | undefined;
let replication: CollectionReplication | undefined;
afterEach(async () => {
  await replication?.cancel();
  await db?.close();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('sweepingPull', () => {
  it('removes what left the scope, keeps what stays with its pushed edits, and pushes no deletion', async () => {
    const server = new ScopedServer(['ent-a', 'ent-b']);
    server.put(sampleHazard({ id: 'h-stays', enterpriseId: 'ent-a' }));
    server.put(sampleHazard({ id: 'h-leaves', enterpriseId: 'ent-b' }));
    server.put(sampleHazard({ id: 'h-also-leaves', enterpriseId: 'ent-b' }));
    db = await openDatabase(`sweep-${newId().toLowerCase()}`, { validate: true, storage: getRxStorageMemory() });
    const stream$ = new Subject<never>();
    const state: CollectionReplication = replicateCollection(db, 'hazards', {
      stream$: stream$.asObservable(),
      pull: sweepingPull(db, 'hazards', server.pull, () => setTimeout(() => state.reSync(), 0), new MemoryStorage()),
      push: (rows) => {
        server.pushed.push(...rows.map((r) => r.newDocumentState));
        for (const row of rows) server.put(row.newDocumentState as unknown as Hazard);
        return Promise.resolve([]);
      },
    });
    replication = state;
    await settle();
    expect((await db.hazards.find().exec()).map((d) => d.id).sort()).toEqual(['h-also-leaves', 'h-leaves', 'h-stays']);

    // The officer edits a hazard that stays; then ent-b leaves their scope.
    const edited = await db.hazards.findOne('h-stays').exec();
    await edited?.incrementalPatch({ description: '现场补充的说明' });
    await settle();
    server.scope = ['ent-a'];
    state.reSync();
    await settle();

    const held = new Map((await db.hazards.find().exec()).map((d) => [d.id, d]));
    expect([...held.keys()].sort()).toEqual(['h-stays']);
    expect(held.get('h-stays')?.description).toBe('现场补充的说明');
    // Removed on the device only: no deletion ever reached the server.
    expect(server.pushed.map((d) => [d.id, d._deleted])).toEqual([['h-stays', false]]);
    expect(server.docs.filter((d) => d._deleted)).toEqual([]);
  });
});
