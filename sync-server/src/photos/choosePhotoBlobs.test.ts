import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import type { SqlQueryable } from '../store/sqlClient';
import { choosePhotoBlobs } from './choosePhotoBlobs';

const db: SqlQueryable = { query: () => Promise.reject(new Error('not used')) };
const kindFor = (env: Record<string, string>) => choosePhotoBlobs(readConfig({ DATA_DIR: '/tmp/anxun-choose', ...env }), db).kind;
const s3 = { S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' };

describe('which photo storage a configuration gets', () => {
  it('keeps the folder with PGlite, the database with PostgreSQL, and the bucket when one is named', () => {
    expect(kindFor({})).toBe('folder');
    expect(kindFor({ DATABASE_URL: 'postgres://x@h/db' })).toBe('database');
    expect(kindFor({ DATABASE_URL: 'postgres://x@h/db', ...s3 })).toBe('s3');
    expect(kindFor({ DATABASE_URL: 'postgres://x@h/db', PHOTO_STORAGE: 'folder' })).toBe('folder');
  });

  it('refuses at start an s3 storage without its settings, naming what is missing', () => {
    expect(() => kindFor({ PHOTO_STORAGE: 's3', S3_BUCKET: 'photos' })).toThrow(/needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    expect(() => readConfig({ ...s3, S3_ENDPOINT: 'ftp://127.0.0.1' })).toThrow(/S3_ENDPOINT/);
  });
});
