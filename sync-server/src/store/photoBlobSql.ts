import type { PhotoBlobs } from '../photos/photoBlobs';
import type { SqlQueryable } from './sqlClient';

/** Photo bytes in the `photo_blobs` table (migration 014): shared by every instance on one database. */
export function photoBlobsInDatabase(db: SqlQueryable): PhotoBlobs {
  return {
    kind: 'database',
    async has(hash) {
      const { rows } = await db.query('SELECT 1 FROM photo_blobs WHERE hash = $1', [hash]);
      return rows.length > 0;
    },
    async write(hash, bytes) {
      await db.query('INSERT INTO photo_blobs (hash, bytes) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING', [hash, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
    },
    async read(hash) {
      const { rows } = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM photo_blobs WHERE hash = $1', [hash]);
      const bytes = rows[0]?.bytes;
      return bytes ? Buffer.from(bytes) : undefined;
    },
  };
}
