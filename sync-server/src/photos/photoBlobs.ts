/**
 * Where photo bytes live. Content-addressed: bytes are stored under their SHA-256 once and never
 * change, so any instance may serve any photo and a second write of a hash is a no-op. Who may
 * read a photo is not decided here: `photoStore.ts` judges that from the photo tables.
 *
 * Three implementations, one contract (`photoBlobsContract.ts`): a local folder (PGlite's
 * default), a table in PostgreSQL (several instances on one database) and an S3-compatible bucket.
 */
export interface PhotoBlobs {
  readonly kind: 'folder' | 'database' | 's3';
  has(hash: string): Promise<boolean>;
  write(hash: string, bytes: Uint8Array): Promise<void>;
  read(hash: string): Promise<Buffer | undefined>;
}
