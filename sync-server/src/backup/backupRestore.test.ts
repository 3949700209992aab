import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTION_NAMES, photoHashesOf, type CollectionName } from '@anxun/shared-schema';
import { photoFilesIn } from '../photos/photoFiles';
import type { PhotoBlobs } from '../photos/photoBlobs';
import { DEMO_USERS } from '../seed/demoUsers';
import { openStore } from '../store/openStore';
import { photoBlobsInDatabase } from '../store/photoBlobSql';
import { openPglite } from '../store/pgliteClient';
import { openPostgres } from '../store/postgresClient';
import type { SqlClient } from '../store/sqlClient';
import { hazardFor } from '../testing/fixtures';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { restoreBackupFile } from './restoreBackup';
import { writeBackupFile } from './writeBackup';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const jpeg = (seed: string) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(`photo ${seed} `.repeat(200)), 0xff, 0xd9]);

/** Photos uploaded by two officers, referenced by hazards, one never referenced; and a refused push. */
async function addPhotosAndRefusal(server: TestServer): Promise<void> {
  const upload = async (token: string, seed: string) => {
    const bytes = jpeg(seed);
    const response = await server.app.request(`/api/photos/${sha(bytes)}`, { method: 'PUT', headers: { authorization: `Bearer ${token}` }, body: bytes });
    expect(response.status).toBe(201);
    return sha(bytes);
  };
  const officer = (await server.login('wangge')).accessToken;
  const officer2 = (await server.login('wangge2')).accessToken;
  const [a, b] = [await upload(officer, 'a'), await upload(officer, 'b')];
  await upload(officer, 'never referenced');
  const d = await upload(officer2, 'd');
  const push = (token: string, hazard: ReturnType<typeof hazardFor>) => pushRows(server, 'hazards', token, [{ assumedMasterState: null, newDocumentState: { ...hazard, _deleted: false } }]);
  expect((await push(officer, { ...hazardFor('ent-001', 'hz-backup-1', 'gridPatrol', 'u-officer-1'), photosBefore: [a, b] })).refused).toEqual([]);
  expect((await push(officer2, { ...hazardFor('ent-030', 'hz-backup-2', 'gridPatrol', 'u-officer-2'), photosBefore: [d] })).refused).toEqual([]);
  // An enterprise may not record a patrol hazard: the refusal becomes a replicated record.
  const enterprise = (await server.login('qiye')).accessToken;
  expect((await push(enterprise, hazardFor('ent-001', 'hz-backup-3', 'gridPatrol', 'u-ent-1'))).refused).not.toEqual([]);
}

/** What every demo user pulls of every collection, and every photo those documents name as that user fetches it. */
async function everythingSeen(server: TestServer, tokens: Map<string, string>) {
  const seen: Record<string, unknown> = {};
  for (const [username, token] of tokens) {
    for (const collection of COLLECTION_NAMES) {
      const pulled = await pullAll(server, collection, token);
      seen[`${username} ${collection}`] = pulled;
      for (const hash of pulled.documents.flatMap((doc) => photoHashesOf(collection as CollectionName, doc))) {
        const response = await server.app.request(`/api/photos/${hash}`, { headers: { authorization: `Bearer ${token}` } });
        seen[`${username} photo ${hash}`] = response.status === 200 ? sha(new Uint8Array(await response.arrayBuffer())) : response.status;
      }
    }
  }
  return seen;
}

interface Case {
  source(): Promise<TestServer>;
  /** A fresh, never-opened store and its photo storage; `reopen` gives it to a server after the restore. */
  freshTarget(): Promise<{ db: SqlClient; blobsOn: (db: SqlClient | Parameters<typeof photoBlobsInDatabase>[0]) => PhotoBlobs; reopen(): Promise<TestServer> }>;
}

function backupRestoreSuite(title: string, make: () => Case) {
  describe(title, () => {
    const dir = mkdtempSync(join(tmpdir(), 'anxun-backup-test-'));
    let source: TestServer;
    let restored: TestServer | undefined;
    let tokens: Map<string, string>;
    let before: Record<string, unknown>;
    beforeAll(async () => {
      source = await make().source();
      await addPhotosAndRefusal(source);
      tokens = new Map();
      for (const user of DEMO_USERS) tokens.set(user.username, (await source.login(user.username)).accessToken);
      before = await everythingSeen(source, tokens);
    }, 240_000);
    afterAll(async () => {
      await restored?.close();
      await source?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('restores into a fresh store a server that serves identical pulls and photos, to the same sessions', async () => {
      const file = join(dir, 'town.backup.jsonl.gz');
      const written = await writeBackupFile({ db: source.db, kind: source.kind, blobsOn: (db) => (source.kind === 'postgres' ? photoBlobsInDatabase(db) : source.photoBlobs) }, file);
      expect(written.photos).toBe(4);
      expect(written.rows['documents']).toBeGreaterThan(100);
      const target = await make().freshTarget();
      const loaded = await restoreBackupFile(target, file);
      await target.db.close();
      expect(loaded).toEqual(written);
      restored = await target.reopen();
      // The demo users' access tokens, issued by the source, still work: users and sessions came along.
      const after = await everythingSeen(restored, tokens);
      expect(Object.keys(after).filter((k) => k.includes(' photo ')).length).toBeGreaterThan(0);
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    }, 240_000);

    it('numbers writes after the restore above every restored one, so a device’s checkpoint misses nothing', async () => {
      if (!restored) throw new Error('the restore test did not run');
      const officer = tokens.get('wangge') ?? '';
      const { checkpoint } = await pullAll(restored, 'hazards', officer);
      const [doc] = (await pullAll(restored, 'hazards', officer)).documents;
      if (!doc) throw new Error('the officer sees no hazard');
      const pushed = await pushRows(restored, 'hazards', officer, [{ assumedMasterState: doc, newDocumentState: { ...doc, location: '恢复之后修改', updatedAt: new Date().toISOString() } }]);
      expect(pushed.refused).toEqual([]);
      const since = await pullAll(restored, 'hazards', officer, checkpoint);
      expect(since.documents.map((d) => [d.id, d['location']])).toEqual([[doc.id, '恢复之后修改']]);
    }, 60_000);
  });
}

backupRestoreSuite('backup and restore (PGlite, photos in a folder)', () => ({
  source: () => createTestServer(),
  async freshTarget() {
    const dataDir = mkdtempSync(join(tmpdir(), 'anxun-restore-'));
    const blobs = photoFilesIn(join(dataDir, 'photos'));
    return {
      db: await openPglite(dataDir),
      blobsOn: () => blobs,
      reopen: async () => createTestServer({ opened: await openStore({ dataDir }), photoBlobs: blobs }),
    };
  },
}));

describePostgres('on PostgreSQL', () => {
  const postgres = useThrowawayPostgres();
  backupRestoreSuite('backup and restore (PostgreSQL, photos in the database)', () => ({
    source: async () => createTestServer({ databaseUrl: await postgres().newDatabase() }),
    async freshTarget() {
      const url = await postgres().newDatabase();
      return {
        db: await openPostgres(url),
        blobsOn: (db) => photoBlobsInDatabase(db),
        reopen: async () => createTestServer({ opened: await openStore({ databaseUrl: url }) }),
      };
    },
  }));
});
