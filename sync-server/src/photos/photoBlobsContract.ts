import { createHash, randomBytes } from 'node:crypto';
import { expect, it } from 'vitest';
import type { PhotoBlobs } from './photoBlobs';

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readOrFail(store: PhotoBlobs, hash: string): Promise<Buffer> {
  const bytes = await store.read(hash);
  if (!bytes) throw new Error(`${hash} was written but cannot be read`);
  return bytes;
}

/** What every photo storage must do; run against the folder, the database table and S3. */
export function photoBlobsContract(blobs: () => PhotoBlobs | Promise<PhotoBlobs>): void {
  it('reads back exactly the bytes written under a hash', async () => {
    const store = await blobs();
    const bytes = new Uint8Array(randomBytes(300_000));
    const hash = hashOf(bytes);
    expect(await store.has(hash)).toBe(false);
    await store.write(hash, bytes);
    expect(await store.has(hash)).toBe(true);
    const read = await store.read(hash);
    expect(read && hashOf(read)).toBe(hash);
    expect(read?.byteLength).toBe(bytes.byteLength);
  });

  it('answers undefined for a hash never written', async () => {
    const store = await blobs();
    expect(await store.read(hashOf(randomBytes(8)))).toBeUndefined();
  });

  it('keeps the first bytes of a hash: a second write changes nothing', async () => {
    const store = await blobs();
    const first = new Uint8Array(randomBytes(1000));
    const hash = hashOf(first);
    await store.write(hash, first);
    // Only a caller that checked the hash may write (photoRoutes does); were another one to
    // write other bytes under it, the stored ones still win.
    await store.write(hash, new Uint8Array(randomBytes(1000)));
    expect(Buffer.compare((await readOrFail(store, hash)), Buffer.from(first))).toBe(0);
  });

  it('writes the same hash from several callers at once', async () => {
    const store = await blobs();
    const bytes = new Uint8Array(randomBytes(50_000));
    const hash = hashOf(bytes);
    await Promise.all([1, 2, 3, 4].map(() => store.write(hash, bytes)));
    expect(hashOf((await readOrFail(store, hash)))).toBe(hash);
  });

  it('keeps an empty-looking and a binary-heavy photo intact (NUL bytes, every byte value)', async () => {
    const store = await blobs();
    const bytes = new Uint8Array(Array.from({ length: 4096 }, (_, i) => i % 256));
    const hash = hashOf(bytes);
    await store.write(hash, bytes);
    expect(Buffer.compare((await readOrFail(store, hash)), Buffer.from(bytes))).toBe(0);
  });
}
