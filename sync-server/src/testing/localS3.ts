import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Settings } from '../photos/s3Blobs';

/** The part of @20minutes/s3rver (a Koa S3 emulator that checks SigV4 signatures) the tests use. */
interface S3rver {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rver;

export interface LocalS3 {
  settings: S3Settings;
  stop(): Promise<void>;
}

/**
 * An S3-speaking server on 127.0.0.1 (free port) with one bucket, objects in a temp folder. Its
 * only key pair is S3RVER / S3RVER; a request signed with anything else is refused, so the
 * tests exercise our signing for real.
 */
export async function startLocalS3(bucket = 'anxun-photos'): Promise<LocalS3> {
  const S3rverServer = createRequire(import.meta.url)('@20minutes/s3rver') as S3rverClass;
  const directory = mkdtempSync(join(tmpdir(), 'anxun-s3-'));
  const server = new S3rverServer({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }], vhostBuckets: false });
  const { port } = await server.run();
  return {
    settings: { endpoint: `http://127.0.0.1:${port}`, bucket, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', region: 'us-east-1' },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
