import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoFilesIn } from '../photos/photoFiles';
import { knownMigrations } from '../store/migrate';
import { openPglite } from '../store/pgliteClient';
import { openStore } from '../store/openStore';
import { createTestServer, type TestServer } from '../testing/testServer';
import { restoreBackup, RestoreRefused } from './restoreBackup';
import { writeBackup } from './writeBackup';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'anxun-refusals-'));
let server: TestServer;
let lines: string[];
beforeAll(async () => {
  server = await createTestServer();
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
  const hash = (await import('node:crypto')).createHash('sha256').update(photo).digest('hex');
  const officer = (await server.login('wangge')).accessToken;
  expect((await server.app.request(`/api/photos/${hash}`, { method: 'PUT', headers: { authorization: `Bearer ${officer}` }, body: photo })).status).toBe(201);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeBackup({ db: server.db, kind: 'pglite', blobsOn: () => server.photoBlobs }, out);
  lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n');
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Restores `text` lines into a fresh in-memory store; answers the refusal message, or 'restored'. */
async function restoreLines(text: string[]): Promise<{ outcome: string; documents: number }> {
  const db = await openPglite(undefined);
  const blobs = photoFilesIn(join(dir, String(Math.random())));
  try {
    await restoreBackup({ db, blobsOn: () => blobs }, Readable.from(text.map((l) => `${l}\n`)));
    return { outcome: 'restored', documents: await countDocuments() };
  } catch (error) {
    if (!(error instanceof RestoreRefused)) throw error;
    return { outcome: error.message, documents: await countDocuments() };
  } finally {
    await db.close();
  }
  async function countDocuments() {
    const present = (await db.query<{ t: string | null }>(`SELECT to_regclass('documents')::text AS t`)).rows[0]?.t;
    return present ? Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM documents')).rows[0]?.n) : 0;
  }
}

describe('restore refuses what it must not load, and then loads nothing', () => {
  it('loads the untouched file (the control case)', async () => {
    expect((await restoreLines(lines)).outcome).toBe('restored');
  });

  it('refuses a file from a newer schema, naming the unknown migrations', async () => {
    const header = JSON.parse(lines[0] ?? '{}') as { migrations: number[] };
    const newer = Math.max(...knownMigrations()) + 1;
    const result = await restoreLines([JSON.stringify({ ...header, migrations: [...header.migrations, newer] }), ...lines.slice(1)]);
    expect(result).toEqual({ outcome: expect.stringContaining(`newer Anxun (schema migrations ${newer}`) as unknown, documents: 0 });
  });

  it('refuses a truncated file (no end line)', async () => {
    const result = await restoreLines(lines.slice(0, -1));
    expect(result).toEqual({ outcome: expect.stringContaining('incomplete') as unknown, documents: 0 });
  });

  it('refuses a photo whose bytes do not match its hash', async () => {
    const damaged = lines.map((l) => (l.startsWith('{"photo"') ? l.replace(/"bytes":"(.)/, (_, c: string) => `"bytes":"${c === 'A' ? 'B' : 'A'}`) : l));
    expect((await restoreLines(damaged)).outcome).toContain('damaged');
  });

  it('refuses lines that are not of a backup, and a file that is not one', async () => {
    expect((await restoreLines([...lines.slice(0, 3), '{"table":"pg_authid","row":{}}', ...lines.slice(3)])).outcome).toContain('table this schema does not have');
    expect((await restoreLines(['hello', ...lines.slice(1)])).outcome).toContain('not an Anxun backup');
  });

  it('refuses a store that already holds rows, and leaves them alone', async () => {
    const dataDir = join(dir, 'used');
    const used = await openStore({ dataDir });
    await used.store.setSetting('jwt_secret', 'x'.repeat(40));
    await used.store.close();
    const db = await openPglite(dataDir);
    try {
      await expect(restoreBackup({ db, blobsOn: () => photoFilesIn(dir) }, Readable.from(lines.map((l) => `${l}\n`)))).rejects.toThrow(
        /only into an empty store, and this one holds rows \(settings\)/,
      );
      expect((await db.query('SELECT 1 FROM documents')).rows).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
