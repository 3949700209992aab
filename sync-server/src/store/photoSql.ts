import { photoHashesOf, type CollectionName, type Principal } from '@anxun/shared-schema';
import { scopeCondition } from './scopeSql';
import type { SqlQueryable } from './sqlClient';

export interface PhotoInfo {
  hash: string;
  size: number;
  contentType: string;
  uploadedBy: string;
}

/**
 * Records an uploaded photo and its uploader; false when the bytes were already known (uploads
 * are idempotent). Every verified upload counts: a second uploader holds the bytes as well.
 */
export async function recordPhoto(db: SqlQueryable, photo: PhotoInfo): Promise<boolean> {
  const { rows } = await db.query(
    'INSERT INTO photos (hash, size, content_type, uploaded_by) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING RETURNING hash',
    [photo.hash, photo.size, photo.contentType, photo.uploadedBy],
  );
  await db.query('INSERT INTO photo_uploads (hash, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [photo.hash, photo.uploadedBy]);
  return rows.length > 0;
}

export async function photoInfo(db: SqlQueryable, hash: string): Promise<PhotoInfo | undefined> {
  const { rows } = await db.query<{ hash: string; size: number; content_type: string; uploaded_by: string }>(
    'SELECT hash, size, content_type, uploaded_by FROM photos WHERE hash = $1',
    [hash],
  );
  const r = rows[0];
  return r ? { hash: r.hash, size: r.size, contentType: r.content_type, uploadedBy: r.uploaded_by } : undefined;
}

/**
 * Keeps photo_refs equal to the photos the stored version of a document references. A kept hash
 * keeps who first added it; only new hashes are added by `actorId` (the writer of this version).
 */
export async function updatePhotoRefs(tx: SqlQueryable, collection: CollectionName, id: string, data: Record<string, unknown>, actorId: string): Promise<void> {
  const hashes = [...new Set(photoHashesOf(collection, data))];
  await tx.query('DELETE FROM photo_refs WHERE collection = $1 AND document_id = $2 AND NOT hash = ANY($3::text[])', [collection, id, hashes]);
  if (hashes.length > 0) {
    await tx.query(
      'INSERT INTO photo_refs (hash, collection, document_id, added_by) SELECT unnest($1::text[]), $2, $3, $4 ON CONFLICT DO NOTHING',
      [hashes, collection, id, actorId],
    );
  }
}

/** The collections whose documents may reference photos (all scoped by enterprise). */
const PHOTO_REFERENCING = ['hazards', 'hazardEvents', 'inspections'] as const;

/**
 * A photo is visible to whoever uploaded it, and to whoever may see a document in which one of
 * its uploaders referenced it. A reference added by someone who never uploaded the bytes (who
 * only knows the hash) grants nothing. Judged at read time, so a document that arrived before
 * its photo grants access as soon as the upload comes.
 */
export async function mayViewPhoto(db: SqlQueryable, hash: string, principal: Principal): Promise<boolean> {
  const own = await db.query('SELECT 1 FROM photo_uploads WHERE hash = $1 AND user_id = $2', [hash, principal.userId]);
  if (own.rows.length > 0) return true;
  for (const collection of PHOTO_REFERENCING) {
    const scope = scopeCondition(collection, principal, 3);
    // The scope condition is written for an unaliased `documents`: keep it in its own subquery.
    const { rows } = await db.query(
      `SELECT 1 FROM photo_refs r WHERE r.hash = $1 AND r.collection = $2
         AND EXISTS (SELECT 1 FROM photo_uploads u WHERE u.hash = r.hash AND u.user_id = r.added_by)
         AND EXISTS (
           SELECT 1 FROM documents WHERE documents.collection = r.collection AND documents.id = r.document_id AND NOT documents.deleted AND ${scope.sql}
         ) LIMIT 1`,
      [hash, collection, ...scope.params],
    );
    if (rows.length > 0) return true;
  }
  return false;
}
