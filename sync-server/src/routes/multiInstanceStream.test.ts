import { afterAll, beforeEach, expect, it } from 'vitest';
import pg from 'pg';
import type { WireDocument } from '@anxun/shared-schema';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { pullAll, pushRows } from '../testing/replicationClient';
import { SseReader } from '../testing/sseReader';
import { createTestServer, type TestServer } from '../testing/testServer';

const carries = (id: string, notes: string) => (message: unknown) =>
  typeof message === 'object' && message !== null && 'documents' in message &&
  (message as { documents: WireDocument[] }).documents.some((d) => d.id === id && d['notes'] === notes);

describePostgres('two server instances sharing one PostgreSQL', () => {
  const postgres = useThrowawayPostgres();
  let url: string;
  let a: TestServer;
  let b: TestServer;
  let officer: string;
  let started = false;
  // Set up once, in beforeEach rather than beforeAll, so a PostgreSQL that cannot start fails the tests.
  beforeEach(async () => {
    if (started) return;
    started = true;
    url = await postgres().newDatabase();
    a = await createTestServer({ databaseUrl: url });
    b = await createTestServer({ databaseUrl: url });
    officer = (await a.login('wangge', 'tablet-wang')).accessToken;
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  async function openStream(server: TestServer): Promise<SseReader> {
    const response = await server.app.request(`/api/replication/enterprises/stream?access_token=${officer}`);
    expect(response.status).toBe(200);
    const stream = new SseReader(response);
    await stream.waitFor((m) => m === 'RESYNC');
    return stream;
  }

  /** An officer's edit of one enterprise profile, pushed through `server`. */
  async function editEnterprise(server: TestServer, notes: string): Promise<string> {
    const [doc] = (await pullAll(server, 'enterprises', officer)).documents as [WireDocument];
    const pushed = await pushRows(server, 'enterprises', officer, [
      { assumedMasterState: doc, newDocumentState: { ...doc, notes, updatedAt: new Date().toISOString() } },
    ]);
    expect(pushed).toMatchObject({ status: 200, body: [], refused: [] });
    return doc.id;
  }

  it('delivers on instance B’s stream an edit pushed through instance A', async () => {
    const stream = await openStream(b);
    const id = await editEnterprise(a, '经 A 实例提交');
    await stream.waitFor(carries(id, '经 A 实例提交'));
    await stream.close();
  });

  it('delivers an instance’s own write once, although both its routes and LISTEN announce it', async () => {
    const stream = await openStream(a);
    const id = await editEnterprise(a, '本实例提交');
    await stream.waitFor(carries(id, '本实例提交'));
    const messages = await stream.drain(500);
    expect(messages.filter(carries(id, '本实例提交'))).toHaveLength(1);
    await stream.close();
  });

  it('keeps delivering when the LISTEN connection drops, including a change made while it was down', async () => {
    const stream = await openStream(b);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const listeners = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN anxun_changes'`,
    );
    await admin.end();
    expect(listeners.rowCount).toBe(2); // one per instance
    const id = await editEnterprise(a, '监听断开期间提交');
    await stream.waitFor(carries(id, '监听断开期间提交'));
    const later = await editEnterprise(a, '监听恢复之后提交');
    await stream.waitFor(carries(later, '监听恢复之后提交'));
    await stream.close();
  });
});
