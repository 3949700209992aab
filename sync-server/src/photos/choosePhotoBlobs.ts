import { join } from 'node:path';
import type { ServerConfig } from '../config';
import { photoBlobsInDatabase } from '../store/photoBlobSql';
import type { SqlQueryable } from '../store/sqlClient';
import type { PhotoBlobs } from './photoBlobs';
import { photoFilesIn } from './photoFiles';
import { photoBlobsInS3 } from './s3Blobs';

type PhotoConfig = Pick<ServerConfig, 'PHOTO_STORAGE' | 'PHOTO_DIR' | 'DATA_DIR' | 'DATABASE_URL' | 'S3_ENDPOINT' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_REGION'>;

/**
 * The photo storage the configuration asks for (see config.ts PHOTO_STORAGE). Several instances
 * on one PostgreSQL need `database` or `s3`: with a folder, an instance could not serve a photo
 * another one received.
 */
export function choosePhotoBlobs(config: PhotoConfig, db: SqlQueryable): PhotoBlobs {
  const storage = config.PHOTO_STORAGE ?? (config.S3_BUCKET ? 's3' : config.DATABASE_URL ? 'database' : 'folder');
  if (storage === 'database') return photoBlobsInDatabase(db);
  if (storage === 'folder') return photoFilesIn(config.PHOTO_DIR ?? join(config.DATA_DIR, 'photos'));
  const { S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error('Photo storage s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (S3_REGION defaults to us-east-1).');
  }
  return photoBlobsInS3({ endpoint, bucket, accessKeyId, secretAccessKey, region: config.S3_REGION });
}
