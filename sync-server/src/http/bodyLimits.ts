import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_PHOTO_BYTES, MAX_REPORT_PHOTO_BYTES } from '@anxun/shared-schema';
import { problemResponse } from './problemResponse';

const KB = 1024;
const MB = 1024 * KB;

/**
 * The largest body each route may send. A push carries up to 50 rows (the client's batch size),
 * each with its new and assumed state; an inspection with signatures (PNG data URLs, at most
 * 200 KB each, usually 10–40 KB) is the largest document, a few hundred KB in practice. 32 MB
 * holds 50 such rows twice over; a legal but larger batch is answered 413, never half-read.
 */
export const BODY_LIMITS = {
  default: 16 * KB,
  push: 32 * MB,
  photo: MAX_PHOTO_BYTES,
  /** A photo of a report from the public (no account behind it: smaller). */
  reportPhoto: MAX_REPORT_PHOTO_BYTES,
  /** A ledger file (.xlsx or .csv): 20,000 rows of a dozen short cells; an import report's JSON. */
  import: 16 * MB,
} as const;

/** The limit of one request, by method and path; every route not named here gets the small default. */
export function bodyLimitOf(method: string, path: string): number {
  if (method === 'POST' && /^\/api\/replication\/[^/]+\/push$/.test(path)) return BODY_LIMITS.push;
  if (method === 'PUT' && path.startsWith('/api/photos/')) return BODY_LIMITS.photo;
  if (method === 'PUT' && /^\/api\/public\/reports\/[^/]+\/photos\/[^/]+$/.test(path)) return BODY_LIMITS.reportPhoto;
  if (method === 'POST' && path.startsWith('/api/admin/import/')) return BODY_LIMITS.import;
  return BODY_LIMITS.default;
}

/**
 * Every request's body is limited before any route reads it. hono's bodyLimit refuses a declared
 * Content-Length over the limit without reading, and counts a chunked body as it streams,
 * stopping at the first chunk past the limit (so at most limit + one chunk is ever held).
 */
export function limitBodies(): MiddlewareHandler {
  const limiters = new Map<number, MiddlewareHandler>();
  for (const limit of new Set(Object.values(BODY_LIMITS))) {
    limiters.set(limit, bodyLimit({ maxSize: limit, onError: (c) => problemResponse(c, 'payload_too_large', `请求内容超过 ${limit} 字节 The body exceeds ${limit} bytes`) }));
  }
  return async (c, next) => {
    const limiter = limiters.get(bodyLimitOf(c.req.method, c.req.path));
    return limiter ? limiter(c, next) : next();
  };
}
