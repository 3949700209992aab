import type { Principal } from '@anxun/shared-schema';
import type { SqlClient } from '../store/sqlClient';
import { mayViewPhoto, photoInfo, recordPhoto } from '../store/photoSql';
import type { PhotoBlobs } from './photoBlobs';

export interface PhotoStore {
  /** Stores verified bytes under their hash; false when they were already there. */
  put(photo: { hash: string; bytes: Uint8Array; contentType: string; uploadedBy: string }): Promise<boolean>;
  get(hash: string): Promise<{ bytes: Buffer; contentType: string } | undefined>;
  mayView(hash: string, principal: Principal): Promise<boolean>;
}

export function createPhotoStore(db: SqlClient, blobs: PhotoBlobs): PhotoStore {
  return {
    async put({ hash, bytes, contentType, uploadedBy }) {
      // Bytes first, then the row: a row always has its bytes, even after a crash in between.
      await blobs.write(hash, bytes);
      return recordPhoto(db, { hash, size: bytes.byteLength, contentType, uploadedBy });
    },
    async get(hash) {
      const info = await photoInfo(db, hash);
      const bytes = info && (await blobs.read(hash));
      return info && bytes ? { bytes, contentType: info.contentType } : undefined;
    },
    mayView: (hash, principal) => mayViewPhoto(db, hash, principal),
  };
}
