import { Writable } from 'node:stream';
import { afterAll, beforeEach, expect, it } from 'vitest';
import type { WireDocument } from '@anxun/shared-schema';
import { photoBlobsInDatabase } from '../store/photoBlobSql';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { pullAll, pushRows } from '../testing/replicationClient';
import { createTestServer, type TestServer } from '../testing/testServer';
import { writeBackup } from './writeBackup';

/** Collects lines slowly (a few ms per chunk), so writes from elsewhere land while the backup runs. */
function slowSink(lines: string[]): Writable {
  let rest = '';
  return new Writable({
    highWaterMark: 256,
    write(chunk: Buffer, _encoding, done) {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
      setTimeout(done, 3);
    },
  });
}

describePostgres('a backup taken while instances write (PostgreSQL)', () => {
  const postgres = useThrowawayPostgres();
  let server: TestServer | undefined;
  beforeEach(async () => {
    server ??= await createTestServer({ databaseUrl: await postgres().newDatabase() });
  }, 120_000);
  afterAll(async () => server?.close());

  it('holds one moment: every document’s row is the newest version its history holds', async () => {
    if (!server) throw new Error('no server');
    const running = server;
    const officer = (await running.login('wangge')).accessToken;
    const lines: string[] = [];
    let writing = true;
    let edits = 0;
    const writer = (async () => {
      while (writing) {
        const [doc] = (await pullAll(running, 'enterprises', officer)).documents as [WireDocument];
        await pushRows(running, 'enterprises', officer, [{ assumedMasterState: doc, newDocumentState: { ...doc, notes: `edit ${++edits}`, updatedAt: new Date().toISOString() } }]);
      }
    })();
    await writeBackup({ db: running.db, kind: 'postgres', blobsOn: photoBlobsInDatabase }, slowSink(lines));
    writing = false;
    await writer;
    expect(edits).toBeGreaterThan(2);

    const rows = (table: string) => lines.filter((l) => l.startsWith(`{"table":"${table}"`)).map((l) => (JSON.parse(l) as { row: Record<string, unknown> }).row);
    const newestInHistory = new Map<string, number>();
    for (const h of rows('document_history')) {
      const key = `${String(h['collection'])}/${String(h['id'])}`;
      newestInHistory.set(key, Math.max(newestInHistory.get(key) ?? 0, Number(h['seq'])));
    }
    const documents = rows('documents');
    expect(documents.length).toBeGreaterThan(100);
    const disagreeing = documents.filter((d) => newestInHistory.get(`${String(d['collection'])}/${String(d['id'])}`) !== Number(d['seq']));
    expect(disagreeing).toEqual([]);
  }, 120_000);
});
