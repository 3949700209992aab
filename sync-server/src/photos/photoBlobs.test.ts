import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type OpenedStore } from '../store/openStore';
import { photoBlobsInDatabase } from '../store/photoBlobSql';
import { startLocalS3, type LocalS3 } from '../testing/localS3';
import { describePostgres, useThrowawayPostgres } from '../testing/postgresForTests';
import { photoBlobsContract } from './photoBlobsContract';
import { photoFilesIn } from './photoFiles';
import { photoBlobsInS3 } from './s3Blobs';

describe('photo blobs in a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'anxun-blobs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  photoBlobsContract(() => photoFilesIn(dir));
});

describe('photo blobs in the database (PGlite)', () => {
  let opened: OpenedStore | undefined;
  afterAll(async () => opened?.store.close());
  photoBlobsContract(async () => photoBlobsInDatabase((opened ??= await openStore({})).db));
});

describePostgres('photo blobs in the database (PostgreSQL)', () => {
  const postgres = useThrowawayPostgres();
  let opened: OpenedStore | undefined;
  afterAll(async () => opened?.store.close());
  photoBlobsContract(async () => photoBlobsInDatabase((opened ??= await openStore({ databaseUrl: postgres().url })).db));
});

describe('photo blobs in an S3 bucket (local S3 server)', () => {
  let s3: LocalS3;
  beforeAll(async () => {
    s3 = await startLocalS3();
  });
  afterAll(async () => s3.stop());
  photoBlobsContract(() => photoBlobsInS3(s3.settings));

  it('fails loudly, naming the S3 error code, when the credentials are wrong', async () => {
    const blobs = photoBlobsInS3({ ...s3.settings, secretAccessKey: 'not-the-secret' });
    await expect(blobs.read('0'.repeat(64))).rejects.toThrow(/S3 GET answered 403: SignatureDoesNotMatch/);
  });
});
