import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { MAX_PHOTO_BYTES, PhotoHash, sniffPhoto, type PhotoUploadResult } from '@anxun/shared-schema';
import type { AppEnv } from '../http/appEnv';
import { problemResponse } from '../http/problemResponse';
import { PHOTO_HEADERS } from '../http/securityHeaders';
import type { PhotoStore } from '../photos/photoStore';

/** PUT is idempotent and verifies hash, size and real content type; GET serves only to users who may see a referencing document. */
export function photoRoutes(photos: PhotoStore) {
  return new Hono<AppEnv>()
    .put('/:sha256', async (c) => {
      const hash = PhotoHash.safeParse(c.req.param('sha256'));
      if (!hash.success) return problemResponse(c, 'validation_failed', 'the path must be the SHA-256 of the photo, 64 lower-case hex digits');
      // The body limit (http/bodyLimits) has already refused more than MAX_PHOTO_BYTES without reading it.
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.byteLength === 0) return problemResponse(c, 'validation_failed', 'empty body');
      if (bytes.byteLength > MAX_PHOTO_BYTES) return problemResponse(c, 'payload_too_large', `photos are limited to ${MAX_PHOTO_BYTES} bytes`);
      const contentType = sniffPhoto(bytes);
      if (!contentType) return problemResponse(c, 'unsupported_media_type', 'only JPEG, PNG and WebP photos are accepted');
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== hash.data) return problemResponse(c, 'hash_mismatch', `the bytes hash to ${actual}`);
      const created = await photos.put({ hash: actual, bytes, contentType, uploadedBy: c.get('principal').userId });
      const result: PhotoUploadResult = { sha256: actual, size: bytes.byteLength, contentType, created };
      return c.json(result, created ? 201 : 200);
    })
    .get('/:sha256', async (c) => {
      const hash = PhotoHash.safeParse(c.req.param('sha256'));
      if (!hash.success) return problemResponse(c, 'validation_failed', 'not a SHA-256');
      if (!(await photos.mayView(hash.data, c.get('principal')))) return problemResponse(c, 'not_found', 'no such photo in your scope');
      const photo = await photos.get(hash.data);
      if (!photo) return problemResponse(c, 'not_found', 'no such photo in your scope');
      // Content-addressed: the bytes behind a hash never change. Sandboxed: a polyglot never runs.
      return c.body(new Uint8Array(photo.bytes), 200, { ...PHOTO_HEADERS, 'Content-Type': photo.contentType, 'Cache-Control': 'private, max-age=31536000, immutable' });
    });
}
